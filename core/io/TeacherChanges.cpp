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
    // Equal values show alike, so they are not formatted: a re-import
    // compares every registered teacher, nearly all of them unchanged.
    auto field = [&](const QString &name, const auto &was, const auto &now, auto show) {
        if (was == now)
            return;
        if (const QString a = show(was), b = show(now); a != b)
            parts << name + u": "_s + a + u" → "_s + b;
    };
    const auto text = [](const QString &t) { return shown(t); };
    const auto date = [](QDate d) { return shown(d); };
    const auto snils = [](const QString &d) { return shown(d.isEmpty() ? QString() : Snils::formatted(d)); };
    field(u"Фамилия"_s, before.surname, after.surname, text);
    field(u"Имя"_s, before.name, after.name, text);
    field(u"Отчество"_s, before.patronymic, after.patronymic, text);
    field(u"Дата рождения"_s, before.birthDate, after.birthDate, date);
    field(u"СНИЛС"_s, before.snils, after.snils, snils);
    field(u"Телефон"_s, before.phone, after.phone, text);
    field(u"Email"_s, before.email, after.email, text);
    field(u"Дата начала педстажа"_s, before.experienceStart, after.experienceStart, date);
    field(u"Категория"_s, before.category, after.category, [](Category c) { return CategoryText::russian(c); });
    field(u"Дата присвоения категории"_s, before.categoryDate, after.categoryDate, date);
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
