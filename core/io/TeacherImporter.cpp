#include "io/TeacherImporter.h"

#include "domain/DateText.h"
#include "domain/Snils.h"
#include "domain/TeacherValidation.h"
#include "io/RegistryIndex.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace profrost {

QList<ColumnSpec> TeacherImporter::columns() const
{
    auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {
        {FullName, s(u"ФИО"), {s(u"Ф.И.О."), s(u"Фамилия Имя Отчество"), s(u"Фамилия, имя, отчество")}},
        {Surname, s(u"Фамилия"), {}},
        {Name, s(u"Имя"), {}},
        {Patronymic, s(u"Отчество"), {}},
        {BirthDate, s(u"Дата рождения"), {s(u"Д.р."), s(u"Дата рожд.")}},
        {Snils, s(u"СНИЛС"), {s(u"Номер СНИЛС")}},
        {Municipality, s(u"Муниципалитет"), {s(u"Муниципальное образование"), s(u"Муниципальный район"), s(u"Район")}},
        {Organisation, s(u"Организация"), {s(u"ОО"), s(u"Образовательная организация"), s(u"Место работы")}},
        {OrganisationTypeColumn, s(u"Тип ОО"), {s(u"Тип организации")}},
        {Position, s(u"Должность"), {}},
        {Subjects, s(u"Предметы"), {s(u"Предмет"), s(u"Преподаваемые предметы")}},
        {ExperienceStart, s(u"Дата начала педстажа"), {s(u"Начало педстажа"), s(u"Дата начала педагогического стажа")}},
        {Hired, s(u"Дата приема"), {s(u"Дата приема на работу")}},
        {Dismissed, s(u"Дата увольнения"), {}},
        {CategoryColumn, s(u"Категория"), {s(u"Квалификационная категория")}},
        {CategoryDate, s(u"Дата присвоения категории"), {s(u"Дата присвоения"), s(u"Дата аттестации")}},
        {Phone, s(u"Телефон"), {s(u"Тел."), s(u"Контактный телефон")}},
        {Email, s(u"Email"), {s(u"E-mail"), s(u"Эл. почта"), s(u"Электронная почта")}},
    };
}

TeacherImporter::TeacherImporter(Database &db, QDate today) : RowImporter(db, today) {}

namespace {

// Which column a field problem of the domain rules belongs to.
int columnOf(FieldProblem::Field f)
{
    using F = FieldProblem::Field;
    switch (f) {
    case F::Surname: case F::Name: case F::Patronymic: return TeacherImporter::FullName;
    case F::BirthDate: return TeacherImporter::BirthDate;
    case F::Snils: return TeacherImporter::Snils;
    case F::Phone: return TeacherImporter::Phone;
    case F::Email: return TeacherImporter::Email;
    case F::ExperienceStart: return TeacherImporter::ExperienceStart;
    case F::Category: return TeacherImporter::CategoryColumn;
    case F::CategoryDate: return TeacherImporter::CategoryDate;
    case F::Employment: return TeacherImporter::Dismissed;
    }
    return TeacherImporter::FullName;
}

} // namespace

void TeacherImporter::checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const
{
    const bool splitName = map.has(Surname) && map.has(Name);
    if (!map.has(FullName) && !splitName)
        errors->append({0, QStringLiteral("ФИО"), tr("the file has no column \"ФИО\" (or \"Фамилия\" and \"Имя\")")});
    if (!map.has(Organisation))
        errors->append({0, map.canonical(Organisation), tr("the file has no column \"Организация\"")});
    if (!map.has(Position))
        errors->append({0, map.canonical(Position), tr("the file has no column \"Должность\"")});
}

void TeacherImporter::beginPreview()
{
    m_knownPositions.clear();
    for (const profrost::Position &p : DictionaryRepository(m_db).positions())
        m_knownPositions.insert(normalizedKey(p.name));
    m_registry.emplace(m_db);
    m_warnedPositions.clear();
    m_warnedOrganisations.clear();
    m_seenEmployment.clear();
    m_snilsOwner.clear();
}

TeacherImportRecord TeacherImporter::validate(RowCells &cells)
{
    const HeaderMap &map = cells.map();
    const TableRow &row = cells.tableRow();
    const QList<RowIssue> &issues = cells.issues;
    auto fail = [&](int column, const QString &reason) { cells.fail(column, reason); };
    auto dateOf = [&](int column) { return cells.date(column); };
    const bool splitName = map.has(Surname) && map.has(Name);
    const RegistryIndex &registry = *m_registry;

    TeacherImportRecord r;
    r.row = row.sourceRow;
    Teacher &t = r.teacher;
    if (map.has(FullName) && !map.cell(row, FullName).isEmpty()) {
        const QStringList words = map.cell(row, FullName).simplified().split(u' ');
        if (words.size() < 2) {
            fail(FullName, tr("give at least the surname and the name"));
        } else {
            t.surname = words.at(0);
            t.name = words.at(1);
            t.patronymic = words.mid(2).join(u' ');
        }
    } else if (splitName) {
        t.surname = map.cell(row, Surname).simplified();
        t.name = map.cell(row, Name).simplified();
        t.patronymic = map.cell(row, Patronymic).simplified();
        if (t.surname.isEmpty())
            fail(Surname, tr("the surname is empty"));
        if (t.name.isEmpty())
            fail(Name, tr("the name is empty"));
    } else {
        fail(FullName, tr("the name is empty"));
    }
    t.birthDate = dateOf(BirthDate);
    const QString snilsText = map.cell(row, Snils);
    if (!snilsText.isEmpty()) {
        if (const QString why = Snils::validate(snilsText); !why.isEmpty())
            fail(Snils, why);
        else
            t.snils = Snils::digits(snilsText);
    }
    if (t.snils.isEmpty() && !t.birthDate.isValid() && map.cell(row, BirthDate).isEmpty())
        fail(BirthDate, tr("give the SNILS or the birth date, so that the teacher can be recognised"));
    t.phone = map.cell(row, Phone).simplified();
    t.email = map.cell(row, Email).trimmed();
    t.experienceStart = dateOf(ExperienceStart);
    if (const QString text = map.cell(row, CategoryColumn); !text.isEmpty()) {
        r.categoryGiven = true;
        if (!CategoryText::parse(text, &t.category))
            fail(CategoryColumn, tr("unknown category \"%1\"; expected высшая, первая, педагог-методист, "
                                    "педагог-наставник or empty").arg(text));
    }
    t.categoryDate = dateOf(CategoryDate);
    if (t.categoryDate.isValid())
        r.categoryGiven = true;

    r.municipality = map.cell(row, Municipality).simplified();
    if (r.municipality.isEmpty() && !registry.hasDefaultMunicipality() && !map.cell(row, Organisation).isEmpty())
        fail(Municipality, tr("the municipality is empty and the database has none yet"));
    r.organisation = map.cell(row, Organisation).simplified();
    r.position = map.cell(row, Position).simplified();
    // Both empty: a person without a current post (dismissed staff stay in the registry).
    if (r.organisation.isEmpty() && !r.position.isEmpty())
        fail(Organisation, tr("the organisation is empty"));
    if (r.position.isEmpty() && !r.organisation.isEmpty())
        fail(Position, tr("the position is empty"));
    if (const QString text = map.cell(row, OrganisationTypeColumn); !text.isEmpty()) {
        r.typeGiven = OrganisationTypeText::parse(text, &r.organisationType);
        if (!r.typeGiven)
            fail(OrganisationTypeColumn, tr("unknown type \"%1\"; expected школа, ДОО, УДО or другое").arg(text));
    }
    if (!r.typeGiven)
        r.organisationType = OrganisationTypeText::guessFromName(r.organisation);
    static const QRegularExpression listSeparator(QStringLiteral("[,;\n]"));
    for (const QString &s : map.cell(row, Subjects).split(listSeparator, Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            r.subjects << s.simplified();
    }
    r.hired = dateOf(Hired);
    r.dismissed = dateOf(Dismissed);
    if (r.hired.isValid() && r.hired > m_today)
        fail(Hired, tr("the hiring date %1 is in the future").arg(DateText::numeric(r.hired)));
    if (r.hired.isValid() && r.dismissed.isValid() && r.dismissed < r.hired)
        fail(Dismissed, tr("the dismissal date is before the hiring date"));

    if (issues.isEmpty()) {
        // The domain rules (ages, future dates, category without date...).
        Teacher checked = t;
        if (!r.categoryGiven) {
            checked.category = Category::None;
            checked.categoryDate = {};
        }
        for (const FieldProblem &p : TeacherValidation::check(checked, m_today))
            fail(columnOf(p.field), p.reason);
    }
    if (issues.isEmpty()) {
        const QString personKey = RegistryIndex::personKey(t.surname, t.name, t.patronymic, t.birthDate);
        if (!t.snils.isEmpty()) {
            const auto owner = m_snilsOwner.constFind(t.snils);
            if (owner != m_snilsOwner.cend() && owner->second != personKey && t.birthDate.isValid())
                fail(Snils, tr("the same SNILS is given for another person in row %1").arg(owner->first));
            else if (owner == m_snilsOwner.cend())
                m_snilsOwner.insert(t.snils, {row.sourceRow, personKey});
        }
        const QString key = (t.snils.isEmpty() ? personKey : t.snils) + u'|' + normalizedKey(r.municipality) + u'|'
            + normalizedKey(r.organisation) + u'|' + normalizedKey(r.position);
        if (const auto it = m_seenEmployment.constFind(key); it != m_seenEmployment.cend())
            fail(FullName, tr("repeats row %1 (the same teacher, organisation and position)").arg(*it));
        else
            m_seenEmployment.insert(key, row.sourceRow);
    }
    if (!issues.isEmpty())
        return r;
    const QString positionKey = normalizedKey(r.position);
    if (!r.position.isEmpty() && !m_knownPositions.contains(positionKey) && !m_warnedPositions.contains(positionKey)) {
        m_warnedPositions.insert(positionKey);
        const PositionKind kind = PositionCatalog::defaultKindFor(r.position);
        cells.warnings.append({r.row, map.canonical(Position),
                              tr("position \"%1\" is new; it will be added as a %2 post")
                                  .arg(r.position, PositionCatalog::kindDisplayName(kind))});
    }
    const QString orgKey = normalizedKey(r.municipality) + u'|' + normalizedKey(r.organisation);
    if (!r.organisation.isEmpty() && !registry.hasOrganisation(r.municipality, r.organisation)
        && !m_warnedOrganisations.contains(orgKey)) {
        m_warnedOrganisations.insert(orgKey);
        cells.warnings.append({r.row, map.canonical(Organisation),
                              tr("organisation \"%1\" is new; it will be created").arg(r.organisation)});
    }
    return r;
}

void TeacherImporter::beginApply()
{
    // Inside the transaction: the ids it creates are remembered as it goes.
    m_registry.emplace(m_db);
    m_fate.clear();
}

void TeacherImporter::applyRow(const TeacherImportRecord &r, ImportOutcome *outcome)
{
    RegistryIndex &registry = *m_registry;
    TeacherRepository teachers(m_db);
    const bool hasPost = !r.organisation.isEmpty();
    const qint64 municipalityId = hasPost ? registry.municipality(r.municipality, outcome) : 0;
    const qint64 organisationId =
        hasPost ? registry.organisation(municipalityId, r.organisation, r.organisationType, outcome) : 0;
    const qint64 positionId = hasPost ? registry.position(r.position, outcome) : 0;
    QList<qint64> subjectIds;
    for (const QString &s : hasPost ? r.subjects : QStringList()) {
        const qint64 id = registry.subject(s, outcome);
        if (!subjectIds.contains(id))
            subjectIds.append(id);
    }
    std::sort(subjectIds.begin(), subjectIds.end());

    const qint64 existingId = registry.findTeacher(r.teacher);
    Teacher before;
    Teacher after;
    if (existingId != 0) {
        before = teachers.get(existingId);
        after = before;
        const Teacher &t = r.teacher;
        if (!t.birthDate.isValid())
            after.birthDate = before.birthDate;
        else
            after.birthDate = t.birthDate;
        after.surname = t.surname;
        after.name = t.name;
        if (!t.patronymic.isEmpty()) after.patronymic = t.patronymic;
        if (!t.snils.isEmpty()) after.snils = t.snils;
        if (!t.phone.isEmpty()) after.phone = t.phone;
        if (!t.email.isEmpty()) after.email = t.email;
        if (t.experienceStart.isValid()) after.experienceStart = t.experienceStart;
        if (r.categoryGiven) {
            after.category = t.category;
            after.categoryDate = t.categoryDate;
        }
    } else {
        after = r.teacher;
        if (!r.categoryGiven) {
            after.category = Category::None;
            after.categoryDate = {};
        }
    }
    auto match = std::find_if(after.employments.begin(), after.employments.end(), [&](const Employment &e) {
        return e.organisationId == organisationId && e.positionId == positionId;
    });
    if (!hasPost) {
        // nothing to add: the row only describes the person
    } else if (match == after.employments.end()) {
        after.employments.append({0, organisationId, positionId, subjectIds, r.hired, r.dismissed});
    } else {
        if (r.hired.isValid()) match->hired = r.hired;
        if (r.dismissed.isValid()) match->dismissed = r.dismissed;
        if (!subjectIds.isEmpty()) match->subjectIds = subjectIds;
    }

    if (existingId == 0) {
        after.id = teachers.insert(after);
        registry.rememberTeacher(after);
        m_fate.insert(after.id, Fate::New);
    } else if (!(after == before)) {
        teachers.update(after);
        registry.rememberTeacher(after);
        if (m_fate.value(existingId, Fate::Unchanged) == Fate::Unchanged)
            m_fate.insert(existingId, Fate::Updated);
    } else if (!m_fate.contains(existingId)) {
        m_fate.insert(existingId, Fate::Unchanged);
    }
}

void TeacherImporter::finishApply(ImportOutcome *outcome)
{
    for (const Fate f : std::as_const(m_fate)) {
        if (f == Fate::New) ++outcome->imported;
        else if (f == Fate::Updated) ++outcome->updated;
        else ++outcome->unchanged;
    }
}

} // namespace profrost
