#pragma once

#include "domain/Teacher.h"

#include <QCoreApplication>
#include <QList>

namespace profrost {

// A problem with one field of a record, for the message next to that field.
struct FieldProblem
{
    enum class Field { Surname, Name, Patronymic, BirthDate, Snils, Phone, Email, ExperienceStart,
                       Category, CategoryDate, Employment };
    Field field;
    QString reason;
};

class TeacherValidation
{
    Q_DECLARE_TR_FUNCTIONS(TeacherValidation)
public:
    // Every problem of the record at `today` (future dates, impossible ages...).
    static QList<FieldProblem> check(const Teacher &t, QDate today);
    static QString fieldName(FieldProblem::Field f);
    // "Birth date: ... ; SNILS: ..." for the CLI and error dialogs.
    static QString describe(const QList<FieldProblem> &problems);
    static bool isEmailLike(const QString &text);
};

} // namespace profrost
