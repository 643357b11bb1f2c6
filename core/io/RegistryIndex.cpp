#include "io/RegistryIndex.h"

#include "domain/OrganisationName.h"
#include "store/CentreCardRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/Query.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <algorithm>

namespace profrost {

RegistryIndex::RegistryIndex(Database &db) : m_db(db)
{
    DictionaryRepository dictionary(db);
    m_cardMunicipality = CentreCardRepository(db).load().municipality.simplified();
    const QString cardKey = normalizedKey(m_cardMunicipality);
    qint64 cardMunicipality = 0;
    for (const Municipality &m : dictionary.municipalities()) {
        m_municipalities.insert(normalizedKey(m.name), m.id);
        if (m_firstMunicipality == 0 || m.id < m_firstMunicipality)
            m_firstMunicipality = m.id;
        if (!cardKey.isEmpty() && normalizedKey(m.name) == cardKey)
            cardMunicipality = m.id;
    }
    if (cardMunicipality != 0)
        m_firstMunicipality = cardMunicipality;
    for (const Position &p : dictionary.positions())
        m_positions.insert(normalizedKey(p.name), p.id);
    for (const Subject &s : dictionary.subjects())
        m_subjects.insert(normalizedKey(s.name), s.id);
    for (const Organisation &o : OrganisationRepository(db).all()) {
        indexOrganisation(o.municipalityId, o.name, o.id);
        if (!o.shortName.isEmpty())
            indexOrganisation(o.municipalityId, o.shortName, o.id);
    }
    for (const TeacherRepository::Identity &t : TeacherRepository(db).identities()) {
        if (!t.snils.isEmpty())
            m_bySnils.insert(t.snils, t.id);
        if (t.birthDate.isValid())
            m_byPerson.insert(personKey(t.surname, t.name, t.patronymic, t.birthDate), t.id);
        m_people.insert(t.id, t);
    }
    if (m_people.isEmpty())
        m_employments.emplace(); // no teacher, no post: nothing to read
}

QString RegistryIndex::personKey(const QString &surname, const QString &name, const QString &patronymic, QDate birth)
{
    // Query::dateText is toString(Qt::ISODate) without its printf (a key or two a row of an import).
    return normalizedKey(surname + u' ' + name + u' ' + patronymic) + u'|' + Query::dateText(birth);
}

qint64 RegistryIndex::defaultMunicipality() const
{
    return m_firstMunicipality;
}

bool RegistryIndex::hasOrganisation(const QString &municipality, const QString &organisation) const
{
    return findOrganisation(municipality, organisation) != 0;
}

QString RegistryIndex::organisationKey(const QString &name) const
{
    auto it = m_organisationKeys.constFind(name);
    if (it == m_organisationKeys.cend())
        it = m_organisationKeys.insert(name, OrganisationName::matchKey(name));
    return *it;
}

void RegistryIndex::indexOrganisation(qint64 municipalityId, const QString &name, qint64 id)
{
    const QString prefix = QString::number(municipalityId) + u'|';
    m_organisations.insert(prefix + normalizedKey(name), id);
    const QString loose = prefix + organisationKey(name);
    const auto it = m_organisationsLoose.constFind(loose);
    m_organisationsLoose.insert(loose, it == m_organisationsLoose.cend() || *it == id ? id : kAmbiguous);
}

bool RegistryIndex::organisationIsAmbiguous(const QString &municipality, const QString &organisation) const
{
    return matchOrganisation(municipality, organisation).ambiguous;
}

qint64 RegistryIndex::findOrganisation(const QString &municipality, const QString &organisation) const
{
    return matchOrganisation(municipality, organisation).id;
}

RegistryIndex::OrganisationMatch RegistryIndex::matchOrganisation(const QString &municipality,
                                                                  const QString &organisation) const
{
    const qint64 m = municipality.isEmpty() ? defaultMunicipality() : m_municipalities.value(normalizedKey(municipality));
    if (m == 0)
        return {};
    const QString prefix = QString::number(m) + u'|';
    if (const qint64 id = m_organisations.value(prefix + normalizedKey(organisation)); id != 0)
        return {id, false};
    const qint64 loose = m_organisationsLoose.value(prefix + organisationKey(organisation));
    return loose == kAmbiguous ? OrganisationMatch{0, true} : OrganisationMatch{loose, false};
}

QString RegistryIndex::normalizedKeyOf(const QString &text)
{
    return normalizedKey(text);
}

qint64 RegistryIndex::municipality(const QString &name, ImportOutcome *)
{
    if (name.isEmpty()) {
        if (m_firstMunicipality != 0)
            return m_firstMunicipality;
        if (m_cardMunicipality.isEmpty())
            throw Error(tr("The database has no municipality yet: fill the column \"Муниципалитет\", or the "
                           "municipality on the centre's card (Settings → Организация (ИМЦ))."));
        return municipality(m_cardMunicipality, nullptr);
    }
    const QString key = normalizedKey(name);
    if (const auto it = m_municipalities.constFind(key); it != m_municipalities.cend())
        return *it;
    const qint64 id = DictionaryRepository(m_db).ensureMunicipality(name);
    m_municipalities.insert(key, id);
    if (m_firstMunicipality == 0)
        m_firstMunicipality = id;
    return id;
}

qint64 RegistryIndex::organisation(qint64 municipalityId, const QString &name, OrganisationType typeIfNew,
                                   ImportOutcome *outcome)
{
    const std::pair<qint64, QString> asWritten{municipalityId, name};
    if (const auto known = m_organisationsAsWritten.constFind(asWritten); known != m_organisationsAsWritten.cend())
        return *known;
    const QString prefix = QString::number(municipalityId) + u'|';
    if (const qint64 id = m_organisations.value(prefix + normalizedKey(name)); id != 0) {
        m_organisationsAsWritten.insert(asWritten, id);
        return id;
    }
    if (const qint64 id = m_organisationsLoose.value(prefix + organisationKey(name)); id > 0)
        return id;
    Organisation o;
    o.name = name;
    o.type = typeIfNew;
    o.municipalityId = municipalityId;
    // The index holds every name and short name of the municipality, and
    // none is this one (it would have been found above): what
    // OrganisationRepository::findByName would read, known without reading.
    const qint64 id = OrganisationRepository(m_db).insert(o, 0);
    indexOrganisation(municipalityId, name, id);
    m_organisationsAsWritten.insert(asWritten, id);
    if (outcome)
        ++outcome->organisationsCreated;
    return id;
}

qint64 RegistryIndex::position(const QString &name, ImportOutcome *outcome)
{
    const QString key = normalizedKey(name);
    if (const auto it = m_positions.constFind(key); it != m_positions.cend())
        return *it;
    // New posts are pedagogical unless the name says manager (the preview warned).
    const qint64 id = DictionaryRepository(m_db).ensurePosition(name, PositionCatalog::defaultKindFor(name));
    m_positions.insert(key, id);
    if (outcome)
        ++outcome->positionsCreated;
    return id;
}

qint64 RegistryIndex::subject(const QString &name, ImportOutcome *outcome)
{
    const QString key = normalizedKey(name);
    if (const auto it = m_subjects.constFind(key); it != m_subjects.cend())
        return *it;
    const qint64 id = DictionaryRepository(m_db).ensureSubject(name);
    m_subjects.insert(key, id);
    if (outcome)
        ++outcome->subjectsCreated;
    return id;
}

qint64 RegistryIndex::findTeacher(const Teacher &t) const
{
    return findTeacher(t, t.birthDate.isValid() ? personKey(t.surname, t.name, t.patronymic, t.birthDate) : QString());
}

qint64 RegistryIndex::findTeacher(const Teacher &t, const QString &personKey) const
{
    if (!t.snils.isEmpty()) {
        if (const qint64 id = m_bySnils.value(t.snils); id != 0)
            return id;
    }
    if (t.birthDate.isValid())
        return m_byPerson.value(personKey);
    return 0;
}

void RegistryIndex::reserveTeachers(qsizetype count)
{
    // Growing a hash of 50,000 keys step by step rehashes it some ten times.
    m_bySnils.reserve(m_bySnils.size() + count);
    m_byPerson.reserve(m_byPerson.size() + count);
    m_people.reserve(m_people.size() + count);
    if (m_employments)
        m_employments->reserve(m_employments->size() + count);
}

const TeacherRepository::Identity *RegistryIndex::person(qint64 id) const
{
    const auto it = m_people.constFind(id);
    return it == m_people.cend() ? nullptr : &*it;
}

const QList<Employment> &RegistryIndex::employments(qint64 teacherId) const
{
    if (!m_employments)
        m_employments.emplace(TeacherRepository(m_db).employmentsByTeacher());
    static const QList<Employment> none;
    const auto it = m_employments->constFind(teacherId);
    return it == m_employments->cend() ? none : *it;
}

void RegistryIndex::rememberTeacher(const Teacher &t)
{
    rememberTeacher(t, t.birthDate.isValid() ? personKey(t.surname, t.name, t.patronymic, t.birthDate) : QString());
}

void RegistryIndex::rememberTeacher(const Teacher &t, const QString &personKey)
{
    m_people.insert(t.id, {t.id, t.surname, t.name, t.patronymic, t.birthDate, t.snils, t.phone, t.email,
                           t.experienceStart, t.category, t.categoryDate});
    if (!t.snils.isEmpty())
        m_bySnils.insert(t.snils, t.id);
    if (t.birthDate.isValid())
        m_byPerson.insert(personKey, t.id);
    if (m_employments) {
        // In the order get() reads them: by hiring date (none first), then id.
        QList<Employment> posts = t.employments;
        std::stable_sort(posts.begin(), posts.end(), [](const Employment &a, const Employment &b) {
            return a.hired != b.hired ? a.hired < b.hired : a.id < b.id;
        });
        m_employments->insert(t.id, posts);
    }
}

} // namespace profrost
