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
    QList<int> nameColumns() const override { return {FullName, Surname, Name, Patronymic}; }
    void checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const override;

protected:
    void beginPreview() override;
    TeacherImportRecord validate(RowCells &cells) override;
    void beginApply() override;
    void applyRow(const TeacherImportRecord &r, ImportOutcome *outcome) override;
    void finishApply(ImportOutcome *outcome) override;

private:
    // Preview: the registry and what earlier rows of the file said.
    std::optional<RegistryIndex> m_registry; // in apply: with what the transaction created
    QSet<QString> m_knownPositions;
    QSet<QString> m_warnedPositions;
    QSet<QString> m_warnedOrganisations;
    QHash<QString, int> m_seenEmployment;              // teacher key + organisation + position -> row
    QHash<QString, QPair<int, QString>> m_snilsOwner;  // snils -> (row, name+birth key)
    // Apply: each teacher counts once (new, updated or unchanged), whatever the rows.
    enum class Fate { New, Updated, Unchanged };
    QHash<qint64, Fate> m_fate;
};

} // namespace profrost
