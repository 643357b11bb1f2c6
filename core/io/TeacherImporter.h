#pragma once

#include "domain/Organisation.h"
#include "domain/Teacher.h"
#include "io/RegistryIndex.h"
#include "io/RowImporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <optional>

namespace profrost {

// One valid row of a teachers file, before it is matched against the registry.
struct TeacherImportRecord
{
    int row = 0;
    Teacher teacher; // personal fields only; ids resolved when applied
    bool categoryGiven = false;
    QString municipality; // empty: the default municipality
    QString organisation;
    bool typeGiven = false;
    OrganisationType organisationType = OrganisationType::School;
    QString position;
    QStringList subjects;
    QDate hired;
    QDate dismissed;
    // «СЗД» in «Категория» with this date: no category, and a fitness-for-post
    // record in the attestation history (as the attestation import makes it).
    QDate fitnessDate;
    // An exact repeat of that earlier row: kept in the preview, skipped when applied.
    int repeatOf = 0;
    // RegistryIndex::personKey of the teacher as the row names them (empty
    // without a birth date): worked out once, for the preview and the apply.
    QString personKey;
};

// Teachers from CSV/XLSX over the import pipeline. A teacher is matched by
// СНИЛС, else by full name and birth date, so importing the same file twice
// changes nothing.
class TeacherImporter : public RowImporter<TeacherImportRecord>
{
    Q_DECLARE_TR_FUNCTIONS(TeacherImporter)
public:
    enum Column { FullName, Surname, Name, Patronymic, BirthDate, Snils, Municipality, Organisation,
                  OrganisationTypeColumn, Position, Subjects, ExperienceStart, Hired, Dismissed,
                  CategoryColumn, CategoryDate, Phone, Email };

    TeacherImporter(Database &db, QDate today);

    QList<ColumnSpec> columns() const override;
    QString importKind() const override { return QStringLiteral("teachers"); }
    QList<int> nameColumns() const override { return {FullName, Surname, Name, Patronymic}; }
    void checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const override;

protected:
    UserAccess::Area editedArea() const override { return UserAccess::Area::Registry; }
    void beginPreview() override;
    TeacherImportRecord validate(RowCells &cells) override;
    void beginApply() override;
    void applyRow(const TeacherImportRecord &r, ImportOutcome *outcome) override;
    void finishApply(ImportOutcome *outcome) override;
    void endApply() override;

private:
    // Preview: the registry and what earlier rows of the file said.
    std::optional<RegistryIndex> m_registry; // in apply: with what the transaction created
    QSet<QString> m_knownPositions;
    QSet<QString> m_warnedPositions;
    QSet<QString> m_warnedOrganisations;
    QHash<QString, int> m_seenEmployment;              // teacher key + organisation + position -> row
    // The cells of a valid row as exactRowKey() joins them, hashed without
    // building that string; rows whose digests agree are told apart by it.
    struct RowDigest
    {
        quint64 first = 0;
        quint64 second = 0;
        friend bool operator==(const RowDigest &, const RowDigest &) = default;
        friend size_t qHash(const RowDigest &d, size_t seed = 0) { return ::qHash(d.first ^ d.second, seed); }
    };
    struct SeenRow
    {
        int row;
        const TableRow *cells; // in the table being previewed, which outlives the preview's rows
    };
    QMultiHash<RowDigest, SeenRow> m_seenRows;          // a valid row's cells -> the row
    static RowDigest digestOf(const HeaderMap &map, const TableRow &row);
    int repeatedRow(const HeaderMap &map, const TableRow &row, const RowDigest &digest) const;
    struct FirstMention
    {
        int row;
        Teacher person;
    };
    QHash<QString, FirstMention> m_snilsOwner;         // snils -> the first row giving it
    QHash<QString, FirstMention> m_personSnils;        // name+birth key -> the first row with a СНИЛС
    QSet<QString> m_describedUpdates;                  // teacher id + change: listed once

    void checkIdentity(RowCells &cells, TeacherImportRecord &r);
    bool checkReach(RowCells &cells, const TeacherImportRecord &r, qint64 organisationId);
    bool addFitnessRecord(qint64 teacherId, QDate granted);
    Teacher registeredTeacher(qint64 id) const;
    // `personKey`: RegistryIndex::personKey of t when the caller has it.
    void rememberWritten(Teacher t, const QList<qint64> &employmentIds, bool changedByHistory,
                         const QString *personKey = nullptr);
    void writeChanges(const Teacher &before, const Teacher &after);
    void forgetPreview();
    // Apply: the INSERTs of new teachers and posts, prepared once.
    std::optional<TeacherRepository::BulkWriter> m_writer;
    // Apply: each teacher counts once (new, updated or unchanged), whatever the rows.
    enum class Fate { New, Updated, Unchanged };
    QHash<qint64, Fate> m_fate;
};

} // namespace profrost
