#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace profrost {

// Qualification category of a pedagogical worker (valid 5 years by default).
enum class Category { None, First, Highest, Methodist, Mentor };

class CategoryText
{
    Q_DECLARE_TR_FUNCTIONS(CategoryText)
public:
    // Stable code stored in the database ("", "first", "highest", ...).
    static QString code(Category c);
    static Category fromCode(const QString &code);
    // The Russian name as printed and typed ("первая", "высшая", "педагог-методист").
    static QString russian(Category c);
    // The name shown in the UI, through tr().
    static QString displayName(Category c);
    // Parses what people type: "высшая", "Высшая категория", "1", "первая кв. категория",
    // "нет", "б/к", "СЗД" (no category). Returns false when unknown.
    static bool parse(const QString &text, Category *out);
    static QList<Category> all();
};

} // namespace profrost
