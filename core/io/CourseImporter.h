#pragma once

#include "domain/Training.h"
#include "io/RowImporter.h"
#include "io/TeacherMatcher.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <optional>

namespace profrost {

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

// Course completions from CSV/XLSX over the import pipeline. The teacher
// is found by СНИЛС, else by full name and birth date; programmes are matched by title, provider and hours
// and runs by programme and dates, both created when new; importing the
// same file twice changes nothing.
class CourseImporter : public RowImporter<CourseImportRecord>
{
    Q_DECLARE_TR_FUNCTIONS(CourseImporter)
public:
    enum Column { FullName, Surname, Name, Patronymic, BirthDate, Snils, ProgrammeTitle, Provider, Kind, Hours,
                  Form, FederalRegistry, Areas, Starts, Ends, Certificate, CertificateDate };

    // `today`: completions after it are refused.
    CourseImporter(Database &db, QDate today);

    QList<ColumnSpec> columns() const override;
    QString importKind() const override { return QStringLiteral("courses"); }
    QList<int> nameColumns() const override { return {FullName, Surname, Name, Patronymic}; }
    QList<int> requiredColumns() const override;
    void checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const override;

    // "72", "72 ч", "72,0", "72 часа" → 72; false for anything else.
    static bool parseHours(const QString &text, int *hours);
    // да/нет, +/-, 1/0, empty = нет; false when it is neither.
    static bool parseYesNo(const QString &text, bool *value);

protected:
    UserAccess::Area editedArea() const override { return UserAccess::Area::Training; }
    void beginPreview() override;
    CourseImportRecord validate(RowCells &cells) override;
    void beginApply() override;
    void applyRow(const CourseImportRecord &r, ImportOutcome *outcome) override;

private:
    // Preview: the catalogue and what earlier rows of the file said.
    std::optional<TeacherMatcher> m_people;
    QHash<QString, Programme> m_catalogue;                 // programme key -> as the catalogue has it
    QHash<QString, QPair<int, Programme>> m_newProgrammes; // key -> (first row, description)
    QSet<QString> m_warnedProgrammes;
    QHash<QString, int> m_seenCompletions;  // teacher | programme | dates -> row
    QHash<QString, int> m_seenCertificates; // provider | number -> row
    QHash<QString, qint64> m_certificateOwner;
    // Apply: what the transaction has found or created so far.
    QHash<QString, qint64> m_programmeIds;                  // programme key -> id
    QHash<QString, qint64> m_runs;                          // programme id | dates -> run id
    QHash<qint64, QHash<qint64, Enrolment>> m_participants; // run id -> teacher id -> enrolment
};

} // namespace profrost
