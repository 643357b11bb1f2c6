#include "io/TeacherImporter.h"

#include "domain/AttestationRules.h"
#include "domain/DateText.h"
#include "domain/Snils.h"
#include "domain/TeacherValidation.h"
#include "io/AttestationImporter.h"
#include "io/RegistryIndex.h"
#include "io/TeacherChanges.h"
#include "store/AttestationRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QSet>
#include <algorithm>

namespace profrost {

QList<ColumnSpec> TeacherImporter::columns() const
{
    auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    // The headers schools and methodical centres actually write (issue 11);
    // «Должность по штатному расписанию» is deliberately not among them: it
    // may be another post than the one held, the user assigns it (--map).
    return {
        {FullName, s(u"ФИО"), {s(u"Ф.И.О."), s(u"Фамилия Имя Отчество"), s(u"Фамилия, имя, отчество"), s(u"ФИО педагога"),
                               s(u"ФИО работника"), s(u"ФИО педагогического работника"), s(u"ФИО полностью")}},
        {Surname, s(u"Фамилия"), {}},
        {Name, s(u"Имя"), {}},
        {Patronymic, s(u"Отчество"), {s(u"Отчество (при наличии)")}},
        {BirthDate, s(u"Дата рождения"), {s(u"Д.р."), s(u"Дата рожд."), s(u"Дата рождения (дд.мм.гггг)"), s(u"ДР")}},
        {Snils, s(u"СНИЛС"), {s(u"Номер СНИЛС"), s(u"СНИЛС (при наличии)"), s(u"Страховой номер (СНИЛС)")}},
        {Municipality, s(u"Муниципалитет"), {s(u"Муниципальное образование"), s(u"Муниципальный район"), s(u"Район"),
                                              s(u"Муниципальный округ"), s(u"Городской округ"), s(u"МО")}},
        {Organisation, s(u"Организация"), {s(u"ОО"), s(u"Образовательная организация"), s(u"Место работы"),
                                            s(u"Наименование ОО"), s(u"Наименование организации"), s(u"ОУ"),
                                            s(u"Образовательное учреждение"), s(u"Наименование ОУ"), s(u"Учреждение"),
                                            s(u"Основное место работы")}},
        {OrganisationTypeColumn, s(u"Тип ОО"), {s(u"Тип организации"), s(u"Тип ОУ"), s(u"Вид ОО")}},
        {Position, s(u"Должность"), {s(u"Занимаемая должность"), s(u"Должность (основная)"), s(u"Основная должность")}},
        {Subjects, s(u"Предметы"), {s(u"Предмет"), s(u"Преподаваемые предметы"), s(u"Преподаваемый предмет"),
                                     s(u"Преподаваемые дисциплины")}},
        {ExperienceStart, s(u"Дата начала педстажа"), {s(u"Начало педстажа"), s(u"Дата начала педагогического стажа"),
                                                        s(u"Педагогический стаж с"), s(u"Стаж педагогической работы с"),
                                                        s(u"Педстаж с"), s(u"Начало педагогического стажа")}},
        {Hired, s(u"Дата приема"), {s(u"Дата приема на работу"), s(u"Дата назначения на должность"),
                                     s(u"Дата приема на должность"), s(u"Принят")}},
        {Dismissed, s(u"Дата увольнения"), {s(u"Уволен")}},
        {CategoryColumn, s(u"Категория"), {s(u"Квалификационная категория"), s(u"Кв. категория"),
                                            s(u"Категория (квалификационная)"), s(u"Результат аттестации")}},
        {CategoryDate, s(u"Дата присвоения категории"), {s(u"Дата присвоения"), s(u"Дата аттестации"),
                                                          s(u"Дата присвоения (подтверждения) категории"),
                                                          s(u"Дата присвоения (подтверждения)"),
                                                          s(u"Дата установления категории"), s(u"Дата последней аттестации")}},
        {Phone, s(u"Телефон"), {s(u"Тел."), s(u"Контактный телефон"), s(u"Мобильный телефон"), s(u"Телефон (мобильный)")}},
        {Email, s(u"Email"), {s(u"E-mail"), s(u"Эл. почта"), s(u"Электронная почта"), s(u"Адрес электронной почты")}},
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

// What makes two rows exact repeats: every column the import reads,
// spaces aside (a running «№ п/п» column, ignored, does not count).
QString exactRowKey(const HeaderMap &map, const TableRow &row)
{
    QString key;
    for (int column = TeacherImporter::FullName; column <= TeacherImporter::Email; ++column)
        key += map.cell(row, column).simplified() + QChar(0x1f);
    return key;
}

// split(QRegularExpression("[,;\n]"), Qt::SkipEmptyParts) without running
// a regular expression on every row.
QStringList listItems(const QString &text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != u',' && text.at(i) != u';' && text.at(i) != u'\n')
            continue;
        if (i > start)
            out << text.mid(start, i - start);
        start = i + 1;
    }
    return out;
}

bool sameWords(const QString &a, const QString &b)
{
    return normalizedKey(a) == normalizedKey(b);
}

// «Иванова Анна Петровна, 05.03.1980»: the registered person a message names.
QString personText(const QString &fullName, QDate birth)
{
    return birth.isValid() ? fullName + QStringLiteral(", ") + DateText::numeric(birth) : fullName;
}

// Dashes alone mean «no category», as «нет» does.
bool onlyDashes(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u'-' || c == QChar(0x2012) || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2212)
            || c.isSpace();
    });
}

} // namespace

void TeacherImporter::checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const
{
    const bool splitName = map.has(Surname) && map.has(Name);
    if (!map.has(FullName) && !splitName)
        errors->append({0, QStringLiteral("ФИО"), tr("the file has no column \"ФИО\" (or \"Фамилия\" and \"Имя\"); "
                                                     "its columns are: %1").arg(map.foundColumns())});
    if (!map.has(Organisation))
        errors->append({0, map.canonical(Organisation), tr("the file has no column \"Организация\" (the school or "
                                                           "kindergarten); its columns are: %1").arg(map.foundColumns())});
    if (!map.has(Position))
        errors->append({0, map.canonical(Position), tr("the file has no column \"Должность\"; its columns are: %1")
                                                        .arg(map.foundColumns())});
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
    m_seenRows.clear();
    m_snilsOwner.clear();
    m_personSnils.clear();
    m_describedUpdates.clear();
    // A key or so per row: reserved at once, not rehashed as they grow.
    m_seenEmployment.reserve(m_rowCount);
    m_seenRows.reserve(m_rowCount);
    m_snilsOwner.reserve(m_rowCount);
    m_personSnils.reserve(m_rowCount);
}

// exactRowKey() fed to two 64-bit hashes as it is read, with no string
// built: the same cells, simplified as QString::simplified() does, each
// followed by the separator. A digest only narrows the search: rows whose
// digests agree are compared by exactRowKey().
TeacherImporter::RowDigest TeacherImporter::digestOf(const HeaderMap &map, const TableRow &row)
{
    quint64 fnv = 0xcbf29ce484222325ull;
    quint64 mixed = 0x9e3779b97f4a7c15ull;
    auto feed = [&](char16_t u) {
        fnv = (fnv ^ u) * 0x100000001b3ull;
        mixed = (mixed + u) * 0xff51afd7ed558ccdull;
        mixed ^= mixed >> 29;
    };
    for (int column = TeacherImporter::FullName; column <= TeacherImporter::Email; ++column) {
        const QString cell = map.cell(row, column);
        bool started = false;
        bool space = false;
        for (const QChar c : cell) {
            if (c.isSpace()) {
                space = started;
                continue;
            }
            if (space)
                feed(u' ');
            space = false;
            started = true;
            feed(c.unicode());
        }
        feed(0x1f);
    }
    return {fnv, mixed};
}

int TeacherImporter::repeatedRow(const HeaderMap &map, const TableRow &row, const RowDigest &digest) const
{
    const auto [first, last] = m_seenRows.equal_range(digest);
    for (auto it = first; it != last; ++it) {
        if (exactRowKey(map, *it->cells) == exactRowKey(map, row))
            return it->row;
    }
    return 0;
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
    const RowDigest digest = digestOf(map, row);
    if (const int earlier = repeatedRow(map, row, digest); earlier != 0) {
        // A harmless repetition (a list pasted twice): it must not refuse the file.
        r.repeatOf = earlier;
        cells.warn(FullName, tr("repeats row %1; skipped").arg(earlier));
        return r;
    }
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
    QString categoryText = map.cell(row, CategoryColumn);
    if (onlyDashes(categoryText))
        categoryText.clear();
    AttestationKind kind = AttestationKind::Category;
    Category fitnessCategory = Category::None;
    if (!categoryText.isEmpty() && AttestationImporter::parseKind(categoryText, &kind, &fitnessCategory)
        && kind == AttestationKind::Fitness) {
        // СЗД is not a category: the teacher has none, and the decision of
        // that day goes into the history, where the 5-year schedule reads it.
        r.categoryGiven = true;
        t.category = Category::None;
        r.fitnessDate = dateOf(CategoryDate);
        if (map.cell(row, CategoryDate).isEmpty()) {
            cells.warn(CategoryDate, tr("СЗД is given without its date; it is not added to the attestation "
                                        "history"));
        } else if (r.fitnessDate.isValid()) {
            AttestationRecord probe;
            probe.teacherId = 1; // not known yet; the rest is what the store will check
            probe.kind = AttestationKind::Fitness;
            probe.granted = r.fitnessDate;
            probe.decidedBy = AttestationDecider::Organisation;
            for (const QString &problem : AttestationRules::checkRecord(probe, m_today))
                fail(CategoryDate, problem);
            // The server refuses the history to a role without attestation:
            // the teacher is imported, the decision is left to the centre.
            if (!m_access.mayEdit(UserAccess::Area::Attestation)) {
                cells.warn(CategoryColumn, tr("СЗД of %1 is not added to the attestation history: your role (%2) "
                                              "may not change it; the centre's methodist records it")
                                               .arg(DateText::numeric(r.fitnessDate),
                                                    UserAccess::title(m_access.role())));
                r.fitnessDate = {};
            }
        }
    } else {
        if (!categoryText.isEmpty()) {
            r.categoryGiven = true;
            if (!CategoryText::parse(categoryText, &t.category))
                fail(CategoryColumn, tr("unknown category \"%1\"; expected высшая, первая, педагог-методист, "
                                        "педагог-наставник, СЗД or empty").arg(categoryText));
        }
        t.categoryDate = dateOf(CategoryDate);
        if (t.categoryDate.isValid())
            r.categoryGiven = true;
        // Said here, not by the general rule: in a registry the likely slip is a missing «СЗД».
        if (t.categoryDate.isValid() && categoryText.isEmpty())
            fail(CategoryColumn, tr("the category date %1 is given, but no category; write the category, or СЗД "
                                    "for fitness for the post").arg(DateText::numeric(t.categoryDate)));
    }

    r.municipality = map.cell(row, Municipality).simplified();
    if (r.municipality.isEmpty()) // a role of one municipality: a row without one is theirs
        r.municipality = m_access.municipality();
    if (r.municipality.isEmpty() && !registry.hasDefaultMunicipality() && !map.cell(row, Organisation).isEmpty())
        fail(Municipality, tr("the municipality is empty, and neither the database nor the centre's card "
                              "(Settings → Организация (ИМЦ)) names one"));
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
    for (const QString &s : listItems(map.cell(row, Subjects))) {
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
        if (t.birthDate.isValid())
            r.personKey = RegistryIndex::personKey(t.surname, t.name, t.patronymic, t.birthDate);
        checkIdentity(cells, r);
    }
    const QString municipalityKey = normalizedKey(r.municipality);
    // «МБОУ «Х СОШ»» and «Х СОШ» are one organisation (OrganisationName).
    const QString organisationKey = registry.organisationKey(r.organisation);
    const QString positionKey = normalizedKey(r.position);
    if (issues.isEmpty()) {
        // Without a СНИЛС the birth date is valid here (else refused above).
        const QString key = (t.snils.isEmpty() ? r.personKey : t.snils) + u'|' + municipalityKey + u'|'
            + organisationKey + u'|' + positionKey;
        if (const auto it = m_seenEmployment.constFind(key); it != m_seenEmployment.cend())
            fail(FullName, tr("repeats row %1 (the same teacher, organisation and position)").arg(*it));
        else
            m_seenEmployment.insert(key, row.sourceRow);
    }
    if (!issues.isEmpty())
        return r;
    m_seenRows.insert(digest, {r.row, &row});
    if (!r.position.isEmpty() && !m_knownPositions.contains(positionKey) && !m_warnedPositions.contains(positionKey)) {
        m_warnedPositions.insert(positionKey);
        const PositionKind kind = PositionCatalog::defaultKindFor(r.position);
        cells.warnings.append({r.row, map.canonical(Position),
                              tr("position \"%1\" is new; it will be added as a %2 post")
                                  .arg(r.position, PositionCatalog::kindDisplayName(kind))});
    }
    // «СОШ № 1» when «МБОУ СОШ № 1» and «МКОУ СОШ № 1» are both registered:
    // guessing would put the teacher in the wrong school, creating a third
    // would split one.
    const RegistryIndex::OrganisationMatch match =
        r.organisation.isEmpty() ? RegistryIndex::OrganisationMatch{} : registry.matchOrganisation(r.municipality, r.organisation);
    if (match.ambiguous) {
        cells.fail(Organisation, tr("\"%1\" fits several registered organisations that differ only in the legal "
                                    "form; write the name as it is registered").arg(r.organisation));
        return r;
    }
    if (m_access.isLimited() && !checkReach(cells, r, match.id))
        return r;
    const QString orgKey = municipalityKey + u'|' + organisationKey;
    if (!r.organisation.isEmpty() && match.id == 0 && !m_warnedOrganisations.contains(orgKey)) {
        m_warnedOrganisations.insert(orgKey);
        cells.warnings.append({r.row, map.canonical(Organisation),
                              tr("organisation \"%1\" is new; it will be created").arg(r.organisation)});
    }
    return r;
}

// A role of one municipality or one organisation writes only there (the
// server's policies, ServerSecurity): a row outside is refused here, with
// its column, rather than by the server for the whole file.
bool TeacherImporter::checkReach(RowCells &cells, const TeacherImportRecord &r, qint64 organisationId)
{
    const RegistryIndex &registry = *m_registry;
    const QString role = UserAccess::title(m_access.role());
    if (m_access.organisationId() != 0 && !r.organisation.isEmpty() && organisationId != m_access.organisationId()) {
        cells.fail(Organisation, tr("\"%1\" is not your organisation: your role (%2) imports the teachers of "
                                    "\"%3\" only").arg(r.organisation, role, m_access.scope()));
        return false;
    }
    if (m_access.organisationId() == 0 && normalizedKey(r.municipality) != normalizedKey(m_access.municipality())) {
        cells.fail(Municipality, tr("\"%1\" is not your municipality: your role (%2) imports the teachers of "
                                    "\"%3\" only").arg(r.municipality, role, m_access.municipality()));
        return false;
    }
    const Teacher &t = r.teacher;
    if (registry.findTeacher(t, r.personKey) != 0)
        return true;
    // A new teacher: in reach only through the post of this row, and not a
    // person registered where this role cannot see (СНИЛС is unique).
    if (r.organisation.isEmpty()) {
        cells.fail(Organisation, tr("a new teacher without a post would be outside your reach (%1 of \"%2\"); "
                                    "give the organisation and the position").arg(role, m_access.scope()));
        return false;
    }
    if (!t.snils.isEmpty() && TeacherRepository(m_db).snilsRegistered(t.snils)) {
        cells.fail(Snils, tr("СНИЛС %1 belongs to a teacher registered outside your reach (another organisation "
                             "or municipality); a move to \"%2\" is recorded by the centre's methodist")
                              .arg(Snils::formatted(t.snils), r.organisation));
        return false;
    }
    return true;
}

// Who the row speaks of, and that it overwrites nobody: a СНИЛС names one
// person (a changed surname with the same given names and birth date is the
// same person); whatever the apply step would refuse is refused here, with
// row and column, so that a dry run that passes is followed by an import
// that does.
void TeacherImporter::checkIdentity(RowCells &cells, TeacherImportRecord &r)
{
    const Teacher &t = r.teacher;
    const RegistryIndex &registry = *m_registry;
    const QString snilsShown = t.snils.isEmpty() ? QString() : Snils::formatted(t.snils);
    // The given names agree (a missing patronymic agrees with any).
    auto sameGiven = [&](const Teacher &other) {
        return sameWords(t.name, other.name)
            && (t.patronymic.isEmpty() || other.patronymic.isEmpty() || sameWords(t.patronymic, other.patronymic));
    };

    // Against the registry.
    const qint64 registeredId = registry.findTeacher(t, r.personKey);
    const TeacherRepository::Identity *identity = registry.person(registeredId);
    Teacher before;
    if (identity)
        before = TeacherChanges::fromIdentity(*identity);
    if (identity && !t.snils.isEmpty() && before.snils == t.snils) {
        const bool birthConflict = t.birthDate.isValid() && t.birthDate != before.birthDate;
        if (!sameGiven(before) || birthConflict) {
            cells.fail(Snils, tr("SNILS %1 belongs to %2").arg(snilsShown, personText(before.fullName(), before.birthDate)));
        } else if (!sameWords(t.surname, before.surname)) {
            if (t.birthDate.isValid() && t.birthDate == before.birthDate)
                cells.warn(FullName, tr("the surname changes from %1 to %2 (the same SNILS and birth date)")
                                         .arg(before.surname, t.surname));
            else
                cells.fail(Snils, tr("SNILS %1 belongs to %2; give the birth date if the surname has changed")
                                      .arg(snilsShown, personText(before.fullName(), before.birthDate)));
        }
    } else if (identity && !t.snils.isEmpty() && !before.snils.isEmpty()) {
        cells.fail(Snils, tr("%1 is registered with SNILS %2, not %3")
                              .arg(personText(before.fullName(), before.birthDate), Snils::formatted(before.snils),
                                   snilsShown));
    }
    if (!cells.issues.isEmpty())
        return;

    // Against the earlier rows of the file.
    if (!t.snils.isEmpty()) {
        if (const auto owner = m_snilsOwner.constFind(t.snils); owner == m_snilsOwner.cend()) {
            m_snilsOwner.insert(t.snils, {r.row, t});
        } else {
            const Teacher &first = owner->person;
            const bool birthKnown = t.birthDate.isValid() && first.birthDate.isValid();
            const bool differentPerson = !sameGiven(first) || (birthKnown && t.birthDate != first.birthDate)
                || (!sameWords(t.surname, first.surname) && !birthKnown);
            if (differentPerson)
                cells.fail(Snils, tr("the same SNILS is given for another person in row %1").arg(owner->row));
            else if (!sameWords(t.surname, first.surname))
                cells.warn(FullName, tr("row %1 has this teacher (the same SNILS and birth date) as %2; taken as a "
                                        "changed surname, %3 is kept")
                                         .arg(owner->row).arg(first.surname, t.surname));
        }
        if (t.birthDate.isValid()) {
            const QString &key = r.personKey;
            if (const auto same = m_personSnils.constFind(key); same == m_personSnils.cend())
                m_personSnils.insert(key, {r.row, t});
            else if (same->person.snils != t.snils)
                cells.fail(Snils, tr("row %1 gives %2 the SNILS %3")
                                      .arg(same->row)
                                      .arg(personText(t.fullName(), t.birthDate), Snils::formatted(same->person.snils)));
        }
    }
    if (!cells.issues.isEmpty() || !identity)
        return;

    // What the row would change, checked by the store's own rules now.
    Teacher after = before;
    TeacherChanges::merge(&after, t, r.categoryGiven);
    for (const FieldProblem &p : TeacherValidation::check(after, m_today))
        cells.fail(columnOf(p.field), p.reason);
    if (after.birthDate.isValid()) {
        const qint64 other =
            registry.findByPerson(RegistryIndex::personKey(after.surname, after.name, after.patronymic, after.birthDate));
        if (other != 0 && other != registeredId)
            cells.fail(FullName, tr("%1 is already in the registry as another teacher")
                                     .arg(personText(after.fullName(), after.birthDate)));
    }
    // A post the teacher already holds takes the row's dates: the store
    // refuses a dismissal before the hiring, so the preview does too.
    if ((r.hired.isValid() || r.dismissed.isValid()) && !r.organisation.isEmpty()) {
        const qint64 organisationId = registry.findOrganisation(r.municipality, r.organisation);
        const qint64 positionId = registry.findPosition(r.position);
        if (organisationId != 0 && positionId != 0) {
            for (const Employment &e : registry.employments(registeredId)) {
                if (e.organisationId != organisationId || e.positionId != positionId)
                    continue;
                const QDate hired = r.hired.isValid() ? r.hired : e.hired;
                const QDate dismissed = r.dismissed.isValid() ? r.dismissed : e.dismissed;
                if (hired.isValid() && dismissed.isValid() && dismissed < hired)
                    cells.fail(r.dismissed.isValid() ? Dismissed : Hired,
                               tr("the registry has this post from %1 to %2; the dismissal would come before the "
                                  "hiring").arg(DateText::numeric(hired), DateText::numeric(dismissed)));
            }
        }
    }
    if (!cells.issues.isEmpty())
        return;
    const QString change = TeacherChanges::describe(before, after);
    if (!change.isEmpty() && !m_describedUpdates.contains(QString::number(registeredId) + u'|' + change)) {
        m_describedUpdates.insert(QString::number(registeredId) + u'|' + change);
        cells.updates.append({r.row, before.fullName(), change});
    }
}

bool TeacherImporter::addFitnessRecord(qint64 teacherId, QDate granted)
{
    AttestationRepository repository(m_db);
    if (repository.findRecord(teacherId, AttestationKind::Fitness, granted) != 0)
        return false;
    // Exactly what the attestation import records for a СЗД row without an order.
    AttestationRecord record;
    record.teacherId = teacherId;
    record.kind = AttestationKind::Fitness;
    record.category = Category::None;
    record.granted = granted;
    record.decidedBy = AttestationDecider::Organisation;
    repository.insertRecord(record);
    return true;
}

void TeacherImporter::beginApply()
{
    forgetPreview();
    // Inside the transaction: the ids it creates are remembered as it goes.
    m_registry.emplace(m_db);
    m_registry->reserveTeachers(m_rowCount);
    m_writer.emplace(m_db);
    m_fate.clear();
    m_fate.reserve(m_rowCount);
}

// What only the preview compares with (a key or two per row of the file):
// not held beside the registry the write phase reads again.
void TeacherImporter::forgetPreview()
{
    m_registry.reset();
    m_warnedPositions.clear();
    m_warnedOrganisations.clear();
    m_seenEmployment.clear();
    m_seenRows.clear(); // its rows point into the table previewed
    m_snilsOwner.clear();
    m_personSnils.clear();
    m_describedUpdates.clear();
}

void TeacherImporter::endApply()
{
    m_writer.reset();
}

void TeacherImporter::applyRow(const TeacherImportRecord &r, ImportOutcome *outcome)
{
    if (r.repeatOf != 0)
        return; // the preview warned; the earlier row says it all
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

    const qint64 existingId = registry.findTeacher(r.teacher, r.personKey);
    Teacher before;
    Teacher after;
    if (existingId != 0) {
        before = registeredTeacher(existingId);
        after = before;
        TeacherChanges::merge(&after, r.teacher, r.categoryGiven);
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
        QList<qint64> employmentIds;
        // insertChecked(): validated in the preview, unique by the registry index.
        after.id = m_writer->insert(after, &employmentIds);
        // A new teacher is named as the row names them: the row's person key is theirs.
        rememberWritten(after, employmentIds, false, &r.personKey);
        m_fate.insert(after.id, Fate::New);
        if (r.fitnessDate.isValid())
            addFitnessRecord(after.id, r.fitnessDate);
        return;
    }
    const bool historyChanged = r.fitnessDate.isValid() && addFitnessRecord(existingId, r.fitnessDate);
    if (!(after == before)) {
        // update()'s checks, against the registry in memory instead of two queries.
        const Teacher stored = TeacherRepository::stored(after);
        teachers.checkUnique(stored, stored.snils.isEmpty() ? 0 : registry.findBySnils(stored.snils),
                             stored.birthDate.isValid()
                                 ? registry.findByPerson(RegistryIndex::personKey(stored.surname, stored.name,
                                                                                  stored.patronymic, stored.birthDate))
                                 : 0);
        writeChanges(before, after);
        if (m_fate.value(existingId, Fate::Unchanged) == Fate::Unchanged)
            m_fate.insert(existingId, Fate::Updated);
    } else if (historyChanged) {
        if (m_fate.value(existingId, Fate::Unchanged) == Fate::Unchanged)
            m_fate.insert(existingId, Fate::Updated);
    } else if (!m_fate.contains(existingId)) {
        m_fate.insert(existingId, Fate::Unchanged);
    }
}

namespace {

// The row adds one post to the teacher and changes nothing else.
bool onlyAddsPost(const Teacher &before, const Teacher &after)
{
    if (after.employments.size() != before.employments.size() + 1 || after.employments.constLast().id != 0)
        return false;
    Teacher same = after;
    same.employments.removeLast();
    return same == before;
}

} // namespace

// A registered teacher as the row leaves it (update()'s checks made). A
// further post of a teacher this import wrote (the file lists each post on
// a row of its own) is one INSERT: updateChecked() would rewrite the
// teacher's row and posts as they are, and its history and the practices'
// search hold nothing of a teacher this transaction created that it could
// change (tests: test_teacher_import_memory).
void TeacherImporter::writeChanges(const Teacher &before, const Teacher &after)
{
    const auto fate = m_fate.constFind(after.id);
    if (fate != m_fate.cend() && *fate == Fate::New && onlyAddsPost(before, after)) {
        QList<qint64> employmentIds;
        for (const Employment &e : before.employments)
            employmentIds.append(e.id);
        employmentIds.append(m_writer->addEmployment(after.id, after.employments.constLast()));
        rememberWritten(after, employmentIds, false);
        return;
    }
    QList<qint64> employmentIds;
    const bool synced = TeacherRepository(m_db).updateChecked(after, &employmentIds);
    rememberWritten(after, employmentIds, synced);
}

// What TeacherRepository::get() would read, from the registry in memory:
// the import compares each row with it, and a query per row would cost more
// than the rest of the row's work together.
Teacher TeacherImporter::registeredTeacher(qint64 id) const
{
    const TeacherRepository::Identity *identity = m_registry->person(id);
    if (!identity)
        return TeacherRepository(m_db).get(id);
    Teacher t = TeacherChanges::fromIdentity(*identity);
    t.employments = m_registry->employments(id);
    return t;
}

// `t` as just written, for the later rows: its fields as the store keeps
// them and its posts with the ids they got. When the attestation history
// replaced its category, the store's copy is read instead.
void TeacherImporter::rememberWritten(Teacher t, const QList<qint64> &employmentIds, bool changedByHistory,
                                      const QString *personKey)
{
    for (qsizetype i = 0; i < t.employments.size() && i < employmentIds.size(); ++i)
        t.employments[i].id = employmentIds.at(i);
    if (changedByHistory)
        m_registry->rememberTeacher(TeacherRepository(m_db).get(t.id));
    else if (personKey)
        m_registry->rememberTeacher(TeacherRepository::stored(t), *personKey);
    else
        m_registry->rememberTeacher(TeacherRepository::stored(t));
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
