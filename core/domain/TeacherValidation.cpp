#include "domain/TeacherValidation.h"

#include "domain/DateText.h"
#include "domain/Snils.h"
#include "domain/TeacherFacts.h"

#include <QRegularExpression>

namespace profrost {

using F = FieldProblem::Field;

bool TeacherValidation::isEmailLike(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(text.trimmed()).hasMatch();
}

QList<FieldProblem> TeacherValidation::check(const Teacher &t, QDate today)
{
    QList<FieldProblem> out;
    if (t.surname.trimmed().isEmpty())
        out.append({F::Surname, tr("the surname is required")});
    if (t.name.trimmed().isEmpty())
        out.append({F::Name, tr("the first name is required")});
    if (t.birthDate.isValid()) {
        const int age = TeacherFacts::fullYears(t.birthDate, today);
        if (t.birthDate > today)
            out.append({F::BirthDate, tr("the birth date %1 is in the future").arg(DateText::numeric(t.birthDate))});
        else if (age < 14 || age > 100)
            out.append({F::BirthDate, tr("the birth date %1 gives an age of %2 years").arg(DateText::numeric(t.birthDate)).arg(age)});
    }
    if (!t.snils.isEmpty()) {
        if (const QString reason = Snils::validate(t.snils); !reason.isEmpty())
            out.append({F::Snils, reason});
    }
    if (!t.email.trimmed().isEmpty() && !isEmailLike(t.email))
        out.append({F::Email, tr("\"%1\" is not an e-mail address").arg(t.email.trimmed())});
    if (t.experienceStart.isValid()) {
        if (t.experienceStart > today)
            out.append({F::ExperienceStart, tr("the start of experience is in the future")});
        else if (t.birthDate.isValid() && t.experienceStart < t.birthDate.addYears(14))
            out.append({F::ExperienceStart, tr("the experience starts before the age of 14")});
    }
    if (t.category != Category::None && !t.categoryDate.isValid())
        out.append({F::CategoryDate, tr("give the date the category was assigned")});
    if (t.category == Category::None && t.categoryDate.isValid())
        out.append({F::Category, tr("a category date is given but no category")});
    if (t.categoryDate.isValid() && t.categoryDate > today)
        out.append({F::CategoryDate, tr("the category date is in the future")});
    for (const Employment &e : t.employments) {
        if (e.organisationId <= 0)
            out.append({F::Employment, tr("choose the organisation of every post")});
        if (e.positionId <= 0)
            out.append({F::Employment, tr("choose the position of every post")});
        if (e.hired.isValid() && e.dismissed.isValid() && e.dismissed < e.hired)
            out.append({F::Employment, tr("the dismissal date is before the hiring date")});
    }
    return out;
}

QString TeacherValidation::fieldName(F f)
{
    switch (f) {
    case F::Surname: return tr("Surname");
    case F::Name: return tr("Name");
    case F::Patronymic: return tr("Patronymic");
    case F::BirthDate: return tr("Birth date");
    case F::Snils: return tr("SNILS");
    case F::Phone: return tr("Phone");
    case F::Email: return tr("E-mail");
    case F::ExperienceStart: return tr("Start of pedagogical experience");
    case F::Category: return tr("Category");
    case F::CategoryDate: return tr("Category date");
    case F::Employment: return tr("Employment");
    }
    return {};
}

QString TeacherValidation::describe(const QList<FieldProblem> &problems)
{
    QStringList parts;
    for (const FieldProblem &p : problems)
        parts << fieldName(p.field) + QStringLiteral(": ") + p.reason;
    return parts.join(QStringLiteral("; "));
}

} // namespace profrost
