#pragma once

#include "domain/Organisation.h"
#include "domain/Teacher.h"
#include "io/ImportReport.h"
#include "store/TeacherRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace profrost {

class Database;

// The registry's names and keys in memory for one import, so that matching
// tens of thousands of rows costs a hash lookup each instead of a scan.
// Missing municipalities, organisations, positions and subjects are created
// on demand (and counted in the outcome).
class RegistryIndex
{
    Q_DECLARE_TR_FUNCTIONS(RegistryIndex)
public:
    explicit RegistryIndex(Database &db);

    static QString personKey(const QString &surname, const QString &name, const QString &patronymic, QDate birth);

    // A row without a municipality belongs to the centre card's one, else to
    // the database's only or first one.
    bool hasDefaultMunicipality() const { return m_firstMunicipality != 0 || !m_cardMunicipality.isEmpty(); }
    bool hasOrganisation(const QString &municipality, const QString &organisation) const;
    // Ids of what is already registered, created by nothing; 0 when unknown.
    // An organisation is found by its name or short name as written, else by
    // OrganisationName::matchKey («МБОУ СОШ № 1» is the registered «СОШ № 1»)
    // when that names one organisation only.
    qint64 findOrganisation(const QString &municipality, const QString &organisation) const;
    // OrganisationName::matchKey(name), worked out once per distinct name: a
    // registry of 50,000 rows names a few hundred organisations.
    QString organisationKey(const QString &name) const;
    // True when the name is not registered as written and its matchKey fits
    // two registered organisations (they differ in the legal form only).
    bool organisationIsAmbiguous(const QString &municipality, const QString &organisation) const;
    // The two answers above from one set of look-ups (a row of an import asks both).
    struct OrganisationMatch
    {
        qint64 id = 0;          // findOrganisation()
        bool ambiguous = false; // organisationIsAmbiguous()
    };
    OrganisationMatch matchOrganisation(const QString &municipality, const QString &organisation) const;
    qint64 findPosition(const QString &name) const { return m_positions.value(normalizedKeyOf(name)); }
    // Empty name: the default municipality (the only or first one).
    qint64 municipality(const QString &name, ImportOutcome *outcome);
    qint64 organisation(qint64 municipalityId, const QString &name, OrganisationType typeIfNew, ImportOutcome *outcome);
    qint64 position(const QString &name, ImportOutcome *outcome);
    qint64 subject(const QString &name, ImportOutcome *outcome);

    // By СНИЛС, else by full name and birth date; 0 when unknown.
    qint64 findTeacher(const Teacher &t) const;
    // The same with personKey(t) worked out by the caller (empty without a birth date).
    qint64 findTeacher(const Teacher &t, const QString &personKey) const;
    // Room for `count` more teachers, before an import adds them one by one.
    void reserveTeachers(qsizetype count);
    qint64 findBySnils(const QString &snilsDigits) const { return m_bySnils.value(snilsDigits); }
    qint64 findByPerson(const QString &personKey) const { return m_byPerson.value(personKey); }
    // The registered person and the personal fields an import may change;
    // nullptr when unknown.
    const TeacherRepository::Identity *person(qint64 id) const;
    // The registered teacher's posts, as TeacherRepository::get() reads them
    // (read for every teacher at the first call: one query instead of one per row).
    const QList<Employment> &employments(qint64 teacherId) const;
    // `t` as just written (its posts with their ids): later rows match it.
    void rememberTeacher(const Teacher &t);
    // The same with personKey(t) worked out by the caller (empty without a birth date).
    void rememberTeacher(const Teacher &t, const QString &personKey);

private:
    qint64 defaultMunicipality() const;
    static QString normalizedKeyOf(const QString &text);
    // An organisation's name or short name under its municipality, and the
    // same by OrganisationName::matchKey (kAmbiguous when two share it).
    void indexOrganisation(qint64 municipalityId, const QString &name, qint64 id);
    static constexpr qint64 kAmbiguous = -1;

    Database &m_db;
    QHash<QString, qint64> m_municipalities;
    QHash<QString, qint64> m_organisations;      // municipality id | name key
    QHash<QString, qint64> m_organisationsLoose; // municipality id | OrganisationName::matchKey
    mutable QHash<QString, QString> m_organisationKeys; // name -> matchKey
    // organisation(): a name as a row writes it, found by its own key or
    // created, is that organisation for the rest of the import (a name key
    // never changes owner; one found by matchKey is looked up each time,
    // since a later organisation can make its matchKey ambiguous). Saves
    // building two keys a row.
    QHash<std::pair<qint64, QString>, qint64> m_organisationsAsWritten;
    QHash<QString, qint64> m_positions;
    QHash<QString, qint64> m_subjects;
    QHash<QString, qint64> m_bySnils;
    QHash<QString, qint64> m_byPerson;
    QHash<qint64, TeacherRepository::Identity> m_people;
    // Read on demand: an import into an empty or unrelated registry never needs them.
    mutable std::optional<QHash<qint64, QList<Employment>>> m_employments;
    qint64 m_firstMunicipality = 0;
    // The centre card's municipality, for a database that has none yet.
    QString m_cardMunicipality;
};

} // namespace profrost
