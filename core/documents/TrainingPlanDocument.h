#pragma once

#include "documents/DocumentStyle.h"
#include "domain/Training.h"
#include "domain/TrainingRules.h"
#include "planning/TrainingPlan.h"
#include "store/TeacherRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <memory>

class QTextDocument;

namespace profrost {

// What the further-training plan-graph prints; the GUI and the CLI fill it
// (TrainingReports::planData from a database).
struct TrainingPlanDocumentData
{
    int firstYear = 0;                 // the plan covers firstYear .. firstYear + 2
    QString issuer;                    // the municipality or centre, a line under the title (may be empty)
    DocumentStyle::Approval approval;  // «УТВЕРЖДАЮ» at the top right
    QList<TrainingPlanEntry> entries;
    QList<TeacherRow> teachers;        // at the reference date: names, organisations, posts
    QList<Completion> completions;     // the latest on or before 1 January of firstYear is printed
    QHash<qint64, QString> programmeTitles; // programme id -> title
    int intervalYears = TrainingRules::kDefaultIntervalYears; // the setting training_interval_years
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// «План-график повышения квалификации педагогических работников на
// 2026–2028 гг.», landscape, the practice of core/documents/README.md: № п/п | Ф.И.О. |
// Должность (предмет) | Последние курсы (год, часы, п. перечня) | one
// column per year with «+» or the item of the planned programme or topic;
// grouped by organisation (a heading row), «Итого: N чел.» per year at the
// bottom; the annex lists the programmes (title, provider) by item.
class TrainingPlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(TrainingPlanDocument)
public:
    static QString title(int firstYear);
    static std::unique_ptr<QTextDocument> build(const TrainingPlanDocumentData &data);

    // One printed line: a teacher with what is planned in each year.
    struct Line
    {
        qint64 teacherId = 0;
        QString group;        // the organisation heading (full name of the first post)
        QString fullName;
        QString organisations;
        QString positions;   // «учитель (математика)»; posts elsewhere name their organisation
        QString lastCourse;   // «2023, 72 ч» (empty: none)
        QString lastTitle;
        QString lastProvider;
        QStringList years;    // kYears cells: the programme or topic, «+», or empty
    };
    // The lines in printed order (by organisation, then name); for tests and previews.
    static QList<Line> lines(const TrainingPlanDocumentData &data);

    // The same plan as a worksheet (export to Excel): one row per teacher
    // with the organisation, the provider of the last course and the
    // planned year in columns of their own, so that it sorts and filters.
    static QStringList sheetHeader();
    static QList<QStringList> sheetRows(const TrainingPlanDocumentData &data);
};

} // namespace profrost
