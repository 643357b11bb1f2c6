#include "io/TeacherMatcher.h"

#include "domain/DateText.h"
#include "domain/Snils.h"
#include "io/RegistryIndex.h"
#include "util/TextNormalize.h"

#include <QRegularExpression>
#include <optional>

namespace profrost {

namespace {

// The context lupdate gives these calls (a function in the namespace, not a
// class's tr): the one their Russian translations are filed under.
QString tr(const char *text)
{
    return QCoreApplication::translate("profrost::TeacherMatcher", text);
}

QString fullName(const QString &surname, const QString &name, const QString &patronymic)
{
    return QString(surname + u' ' + name + u' ' + patronymic).simplified();
}

// «М.В.», «М. В.», «М.»: the name and patronymic given by their initials
// (lists written by hand often do). Empty when the words are not initials.
struct Initials
{
    QString name, patronymic; // a letter each, the patronymic's may be empty
};
std::optional<Initials> initialsOf(const QStringList &words)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\p{L})\\.(?:(\\p{L})\\.?)?$"));
    const QRegularExpressionMatch m = pattern.match(words.join(QString()));
    if (!m.hasMatch())
        return std::nullopt;
    return Initials{m.captured(1), m.captured(2)};
}

bool sameInitial(const QString &word, const QString &initial)
{
    return initial.isEmpty() || normalizedKey(word).startsWith(normalizedKey(initial));
}

} // namespace

TeacherMatcher::TeacherMatcher(Database &db)
{
    for (const TeacherRepository::Identity &t : TeacherRepository(db).identities()) {
        m_byId.insert(t.id, t);
        if (!t.snils.isEmpty())
            m_bySnils.insert(t.snils, t.id);
        if (t.birthDate.isValid())
            m_byPerson.insert(RegistryIndex::personKey(t.surname, t.name, t.patronymic, t.birthDate), t.id);
    }
}

QList<ColumnSpec> TeacherMatcher::columnSpecs(const Columns &c, const QStringList &fullNameAliases)
{
    using namespace Qt::StringLiterals;
    return {
        {c.fullName, u"ФИО"_s,
         QStringList{u"Ф.И.О."_s, u"Фамилия Имя Отчество"_s, u"Фамилия, имя, отчество"_s, u"ФИО педагога"_s,
                     u"ФИО работника"_s}
             + fullNameAliases},
        {c.surname, u"Фамилия"_s, {}},
        {c.name, u"Имя"_s, {}},
        {c.patronymic, u"Отчество"_s, {}},
        {c.birthDate, u"Дата рождения"_s, {u"Д.р."_s, u"Дата рожд."_s, u"Дата рождения (дд.мм.гггг)"_s}},
        {c.snils, u"СНИЛС"_s, {u"Номер СНИЛС"_s, u"СНИЛС (при наличии)"_s, u"Страховой номер (СНИЛС)"_s}},
    };
}

bool TeacherMatcher::canRecognise(const HeaderMap &map, const Columns &c)
{
    const bool splitName = map.has(c.surname) && map.has(c.name);
    const bool byName = (map.has(c.fullName) || splitName) && map.has(c.birthDate);
    return map.has(c.snils) || byName;
}

RowIssue TeacherMatcher::cannotRecogniseIssue(const HeaderMap &map, const Columns &c)
{
    return {0, map.canonical(c.snils),
            QCoreApplication::translate("CourseImporter",
                                        "the file has no column \"СНИЛС\" nor \"ФИО\" (or \"Фамилия\" and \"Имя\") "
                                        "with \"Дата рождения\", so the teachers cannot be recognised")};
}

TeacherMatcher::Match TeacherMatcher::match(const HeaderMap &map, const TableRow &row, const Columns &c,
                                            QList<RowIssue> *issues) const
{
    Match r;
    const qsizetype issuesBefore = issues->size();
    auto fail = [&](int column, const QString &reason) { issues->append({row.sourceRow, map.canonical(column), reason}); };

    QString surname, name, patronymic;
    std::optional<Initials> initials;
    const bool splitName = map.has(c.surname) && map.has(c.name);
    if (map.has(c.fullName) && !map.cell(row, c.fullName).isEmpty()) {
        const QStringList words = map.cell(row, c.fullName).simplified().split(u' ');
        if (words.size() < 2) {
            fail(c.fullName, tr("give at least the surname and the name"));
        } else if ((initials = initialsOf(words.mid(1)))) {
            surname = words.at(0);
        } else {
            surname = words.at(0);
            name = words.at(1);
            patronymic = words.mid(2).join(u' ');
        }
    } else if (splitName) {
        surname = map.cell(row, c.surname).simplified();
        name = map.cell(row, c.name).simplified();
        patronymic = map.cell(row, c.patronymic).simplified();
    }
    const QString birthText = map.cell(row, c.birthDate);
    QDate birth;
    if (!birthText.isEmpty()) {
        QString why;
        birth = DateText::parse(birthText, &why);
        if (!birth.isValid())
            fail(c.birthDate, why);
    }
    QString snils;
    if (const QString text = map.cell(row, c.snils); !text.isEmpty()) {
        if (const QString why = Snils::validate(text); !why.isEmpty())
            fail(c.snils, why);
        else
            snils = Snils::digits(text);
    }
    if (issues->size() > issuesBefore)
        return {};

    const bool named = !surname.isEmpty() && !name.isEmpty();
    if (initials) {
        // Initials recognise nobody alone: the СНИЛС finds the teacher, and
        // the surname and the initials must agree with the registry's.
        const QString given = map.cell(row, c.fullName).simplified();
        r.teacherId = snils.isEmpty() ? 0 : m_bySnils.value(snils);
        if (r.teacherId == 0) {
            fail(c.fullName, tr("\"%1\" gives initials only: give the full name and the birth date, or the SNILS of "
                                "a registered teacher").arg(given));
            return {};
        }
        const TeacherRepository::Identity &who = m_byId[r.teacherId];
        r.teacherName = fullName(who.surname, who.name, who.patronymic);
        const bool sameBirth = !birth.isValid() || !who.birthDate.isValid() || birth == who.birthDate;
        if (!sameInitial(who.name, initials->name) || !sameInitial(who.patronymic, initials->patronymic) || !sameBirth) {
            fail(c.snils, tr("SNILS %1 belongs to %2, born %3, in the registry, not to %4")
                              .arg(Snils::formatted(snils), r.teacherName, DateText::numeric(who.birthDate), given));
            return {};
        }
        r.otherName = normalizedKey(who.surname) != normalizedKey(surname);
        return r;
    }
    if (!snils.isEmpty())
        r.teacherId = m_bySnils.value(snils);
    if (r.teacherId == 0 && named && birth.isValid())
        r.teacherId = m_byPerson.value(RegistryIndex::personKey(surname, name, patronymic, birth));
    if (r.teacherId != 0) {
        const TeacherRepository::Identity &who = m_byId[r.teacherId];
        r.teacherName = fullName(who.surname, who.name, who.patronymic);
        const bool sameName = normalizedKey(who.name) == normalizedKey(name);
        const bool sameBirth = !birth.isValid() || !who.birthDate.isValid() || birth == who.birthDate;
        if (!snils.isEmpty() && !who.snils.isEmpty() && who.snils != snils) {
            fail(c.snils, tr("the registry has SNILS %1 for %2, born %3")
                              .arg(Snils::formatted(who.snils), r.teacherName, DateText::numeric(who.birthDate)));
        } else if (named && (!sameName || !sameBirth)) {
            fail(c.snils, tr("SNILS %1 belongs to %2, born %3, in the registry, not to %4")
                              .arg(Snils::formatted(snils), r.teacherName, DateText::numeric(who.birthDate),
                                   fullName(surname, name, patronymic)));
        } else if (named && normalizedKey(r.teacherName) != normalizedKey(fullName(surname, name, patronymic))) {
            r.otherName = true;
        }
    } else if (snils.isEmpty() && !named) {
        fail(map.has(c.fullName) ? c.fullName : c.snils, tr("give the SNILS or the full name and the birth date"));
    } else if (snils.isEmpty() && !birth.isValid()) {
        fail(c.birthDate, tr("give the SNILS or the birth date, so that the teacher can be recognised"));
    } else if (!snils.isEmpty() && !(named && birth.isValid())) {
        fail(c.snils, tr("no teacher with SNILS %1 in the registry; import or add the teacher first")
                          .arg(Snils::formatted(snils)));
    } else {
        fail(named ? (map.has(c.fullName) ? c.fullName : c.surname) : c.snils,
             tr("%1, born %2, is not in the registry; import or add the teacher first")
                 .arg(fullName(surname, name, patronymic), DateText::numeric(birth)));
    }
    if (issues->size() > issuesBefore)
        return {};
    return r;
}

} // namespace profrost
