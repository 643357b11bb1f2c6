#include "io/TeacherChanges.h"

#include "domain/DateText.h"
#include "domain/Snils.h"

using namespace Qt::StringLiterals;

namespace profrost {

void TeacherChanges::merge(Teacher *registered, const Teacher &t, bool categoryGiven)
{
    Teacher &after = *registered;
    if (t.birthDate.isValid())
        after.birthDate = t.birthDate;
    after.surname = t.surname;
    after.name = t.name;
    if (!t.patronymic.isEmpty()) after.patronymic = t.patronymic;
    if (!t.snils.isEmpty()) after.snils = t.snils;
    if (!t.phone.isEmpty()) after.phone = t.phone;
    if (!t.email.isEmpty()) after.email = t.email;
    if (t.experienceStart.isValid()) after.experienceStart = t.experienceStart;
    if (categoryGiven) {
        after.category = t.category;
        after.categoryDate = t.categoryDate;
    }
}

namespace {

QString shown(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

QString shown(QDate date)
{
    return date.isValid() ? DateText::numeric(date) : u"—"_s;
}

} // namespace

QString TeacherChanges::describe(const Teacher &before, const Teacher &after)
{
    QStringList parts;
    auto field = [&](const QString &name, const QString &was, const QString &now) {
        if (was != now)
            parts << name + u": "_s + was + u" → "_s + now;
    };
    field(u"Фамилия"_s, shown(before.surname), shown(after.surname));
    field(u"Имя"_s, shown(before.name), shown(after.name));
    field(u"Отчество"_s, shown(before.patronymic), shown(after.patronymic));
    field(u"Дата рождения"_s, shown(before.birthDate), shown(after.birthDate));
    field(u"СНИЛС"_s, shown(before.snils.isEmpty() ? QString() : Snils::formatted(before.snils)),
          shown(after.snils.isEmpty() ? QString() : Snils::formatted(after.snils)));
    field(u"Телефон"_s, shown(before.phone), shown(after.phone));
    field(u"Email"_s, shown(before.email), shown(after.email));
    field(u"Дата начала педстажа"_s, shown(before.experienceStart), shown(after.experienceStart));
    field(u"Категория"_s, CategoryText::russian(before.category), CategoryText::russian(after.category));
    field(u"Дата присвоения категории"_s, shown(before.categoryDate), shown(after.categoryDate));
    return parts.join(u"; "_s);
}

Teacher TeacherChanges::fromIdentity(const TeacherRepository::Identity &p)
{
    Teacher t;
    t.id = p.id;
    t.surname = p.surname;
    t.name = p.name;
    t.patronymic = p.patronymic;
    t.birthDate = p.birthDate;
    t.snils = p.snils;
    t.phone = p.phone;
    t.email = p.email;
    t.experienceStart = p.experienceStart;
    t.category = p.category;
    t.categoryDate = p.categoryDate;
    return t;
}

} // namespace profrost
