#pragma once

#include "domain/Organisation.h"
#include "domain/Teacher.h"
#include "io/HeaderMap.h"
#include "io/ImportReport.h"
#include "io/Table.h"

#include <QCoreApplication>
#include <functional>

namespace profrost {

class Database;

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

// Teachers from CSV/XLSX: parse → validate every row → preview → apply in one
// transaction. A teacher is matched by СНИЛС, else by full name and birth
// date, so importing the same file twice changes nothing.
class TeacherImporter
{
    Q_DECLARE_TR_FUNCTIONS(TeacherImporter)
public:
    enum Column { FullName, Surname, Name, Patronymic, BirthDate, Snils, Municipality, Organisation,
                  OrganisationTypeColumn, Position, Subjects, ExperienceStart, Hired, Dismissed,
                  CategoryColumn, CategoryDate, Phone, Email };
    static QList<ColumnSpec> columns();

    struct Preview
    {
        QList<TeacherImportRecord> records; // valid rows, in file order
        QList<RowIssue> errors;             // rejected rows (and file-level problems with row 0)
        QList<RowIssue> warnings;           // accepted, but the user should know
        int totalRows = 0;
        bool fileRejected() const;          // a missing required column: nothing can be imported
    };
    // Returns false to cancel; called now and then with rows done and the total.
    using Progress = std::function<bool(int done, int total)>;

    TeacherImporter(Database &db, QDate today);

    Preview preview(const Table &table) const;
    // Applies the valid rows in one transaction; throws profrost::Error (and
    // leaves the database untouched) on failure or cancellation.
    ImportOutcome apply(const Preview &preview, const Progress &progress = {});

private:
    Database &m_db;
    QDate m_today;
};

} // namespace profrost
