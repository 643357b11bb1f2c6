#pragma once

#include "domain/Practice.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

class QTextDocument;

namespace profrost {

class Database;

// What a practice's printed card holds (PracticeDocument::data).
struct PracticeCardData
{
    Practice practice;          // without the files' contents
    QStringList authors;        // «Иванова Мария Петровна, учитель, МБОУ СОШ № 1»
    QStringList areas;          // the areas' names in the dictionary's order
};

// «Карточка практики» (the bank of practices, core/README.md): the title
// «Карточка успешной педагогической практики», the practice's name in
// quotes, then labelled paragraphs: Автор(ы) — full name, post and school;
// Предмет (направление); Уровень представления; Направления профессиональных
// компетенций; Описание практики; Ключевые слова; Приложения (the files with
// their sizes). Portrait.
class PracticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(PracticeDocument)
public:
    static QString title();
    // The practice with its authors as of `day`; nothing when there is no such practice.
    static std::optional<PracticeCardData> data(Database &db, qint64 id, QDate day);
    static std::unique_ptr<QTextDocument> build(const PracticeCardData &data);
    // «12,5 КБ», «1,2 МБ», «800 байт».
    static QString sizeText(qint64 bytes);
};

} // namespace profrost
