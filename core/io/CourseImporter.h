#pragma once

#include "domain/Training.h"
#include "io/HeaderMap.h"
#include "io/ImportReport.h"
#include "io/Table.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace profrost {

class Database;

// One valid row of a course-completions file: a teacher of the registry
// finished a run of a programme and got a certificate.
struct CourseImportRecord
{
    int row = 0;
    qint64 teacherId = 0;  // resolved in the preview: the import never creates teachers
    QString teacherName;   // as the registry spells it, for messages
    Programme programme;   // title, provider, kind, hours, form, registry flag, areas (no id)
    QDate starts;
    QDate ends;
    QString certificateNumber; // empty: keep the number already recorded, if any
    QDate certificateDate;     // invalid: keep the recorded date, else the end date
};

// What applying a course import did.
struct CourseImportOutcome
{
    int imported = 0;  // new completions
    int updated = 0;   // completions (or enrolments) that changed
    int unchanged = 0; // completions already recorded as in the file
    int programmesCreated = 0;
    int runsCreated = 0;
};

// Course completions from CSV/XLSX: parse → validate every row → preview →
// apply in one transaction. The teacher is found by СНИЛС, else by full
// name and birth date; programmes are matched by title, provider and hours
// and runs by programme and dates, both created when new; importing the
// same file twice changes nothing.
class CourseImporter
{
    Q_DECLARE_TR_FUNCTIONS(CourseImporter)
public:
    enum Column { FullName, Surname, Name, Patronymic, BirthDate, Snils, ProgrammeTitle, Provider, Kind, Hours,
                  Form, FederalRegistry, Areas, Starts, Ends, Certificate, CertificateDate };
    static QList<ColumnSpec> columns();

    struct Preview
    {
        QList<CourseImportRecord> records; // valid rows, in file order
        QList<RowIssue> errors;            // rejected rows (and file-level problems with row 0)
        QList<RowIssue> warnings;          // accepted, but the user should know
        int totalRows = 0;
        bool fileRejected() const;         // a missing required column: nothing can be imported
    };
    // Returns false to cancel; called now and then with rows done and the total.
    using Progress = std::function<bool(int done, int total)>;

    // `today`: completions after it are refused.
    CourseImporter(Database &db, QDate today);

    Preview preview(const Table &table) const;
    // Applies the valid rows in one transaction; throws profrost::Error (and
    // leaves the database untouched) on failure or cancellation.
    CourseImportOutcome apply(const Preview &preview, const Progress &progress = {});

    // "72", "72 ч", "72,0", "72 часа" → 72; false for anything else.
    static bool parseHours(const QString &text, int *hours);
    // да/нет, +/-, 1/0, empty = нет; false when it is neither.
    static bool parseYesNo(const QString &text, bool *value);

private:
    Database &m_db;
    QDate m_today;
};

} // namespace profrost
