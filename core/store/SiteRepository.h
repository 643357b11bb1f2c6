#pragma once

#include "domain/InnovationSite.h"
#include "domain/Vacancy.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace profrost {

class Database;

// Innovation and internship sites with their people and yearly reports
// (migration step 16). A site is read and written whole; every write is one
// transaction. The report files stay in the database: the lists read their
// names and sizes, `reportFile` reads one file's bytes.
class SiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(SiteRepository)
public:
    explicit SiteRepository(Database &db) : m_db(db) {}

    // Stores the site: a new one (id 0), the stored one with that id, or one
    // deleted before with its old id (undo); its people and reports become
    // exactly the site's. A report with a file name but no bytes keeps the
    // file stored for its year (the site was read from a list). Throws
    // profrost::Error with SiteRules' reasons before anything is written.
    qint64 save(const InnovationSite &s);
    void remove(qint64 id);

    // Whole, with the report files' bytes.
    std::optional<InnovationSite> get(qint64 id) const;
    // By organisation name, then first day; reports without their bytes.
    QList<InnovationSite> all() const;
    QList<InnovationSite> filtered(const SiteFilter &filter) const;
    QList<InnovationSite> ofOrganisation(qint64 organisationId) const;
    QList<InnovationSite> ofTeacher(qint64 teacherId) const;
    QByteArray reportFile(qint64 siteId, int year) const;

    // A report of `year` with the file at `path` attached: refused with
    // SiteRules::fileProblem (20 MB) before it is read, or when it cannot be read.
    static SiteReport withFile(SiteReport report, const QString &path);

private:
    QList<InnovationSite> read(const QString &where, const QVariantList &binds, bool withFiles) const;

    Database &m_db;
};

// Vacancies of the organisations (migration step 16).
class VacancyRepository
{
    Q_DECLARE_TR_FUNCTIONS(VacancyRepository)
public:
    explicit VacancyRepository(Database &db) : m_db(db) {}

    // A new one (id 0), the stored one, or one deleted before with its id
    // (undo). Throws profrost::Error with VacancyRules' reasons.
    qint64 save(const Vacancy &v);
    void remove(qint64 id);

    std::optional<Vacancy> get(qint64 id) const;
    // By since, then id.
    QList<Vacancy> all() const;
    QList<Vacancy> ofOrganisation(qint64 organisationId) const;
    // The open vacancies on `day` tallied (VacancyRules::totals), the
    // municipality of each organisation read from the registry.
    VacancyTotals totals(QDate day) const;
    // The posts and the subjects the vacancies name (each once, unsorted):
    // with the registry's, what the vacancy form offers.
    QStringList postNames() const;
    QStringList subjectNames() const;

private:
    QList<Vacancy> read(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace profrost
