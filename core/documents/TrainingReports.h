#pragma once

#include "documents/CourseScheduleDocument.h"
#include "documents/TrainingPlanDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class QTextDocument;

namespace profrost {

class Database;

// The further-training documents from a database, shared by the GUI and
// the CLI: first the data (to adjust the approval and signature lines), then
// the document (owned by the caller).
class TrainingReports
{
    Q_DECLARE_TR_FUNCTIONS(TrainingReports)
public:
    // The plan-graph for firstYear..firstYear+2: the saved plan of that year
    // when there is one, else the proposal (TrainingPlan::propose); teachers
    // as on 1 January of firstYear.
    static TrainingPlanDocumentData planData(Database &db, int firstYear);
    // The runs overlapping [from, to] with their participants (enrolled,
    // completed or not completed).
    static CourseScheduleDocumentData scheduleData(Database &db, QDate from, QDate to);

    static std::unique_ptr<QTextDocument> trainingPlan(Database &db, int firstYear);
    static std::unique_ptr<QTextDocument> courseSchedule(Database &db, QDate from, QDate to);
};

} // namespace profrost
