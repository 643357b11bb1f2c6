#pragma once

#include "domain/Training.h"
#include "domain/TrainingRules.h"
#include "store/TeacherRepository.h"

#include <QCoreApplication>
#include <optional>

namespace profrost {

// THE RULE of overdue and due further training, its one place (the page,
// the teacher card, the plan-graph, the documents and the CLI reach it
// through TrainingStatus, which reads the interval from the database).
// 273-ФЗ art. 47: every active pedagogical worker completes further training
// at least once in N years (N the setting `training_interval_years`,
// default 3). At a reference date D the window is (D − N years, D]: a
// completion on D − N years no longer counts. Overdue: no completion in the
// window (never trained included); due soon: not overdue, but overdue
// within `soonMonths` months after D.
// With no course on record by D the teacher is counted from the day they
// could first have been trained here: the earliest hiring among the current
// posts (else the start of pedagogical experience) plus N years. A teacher
// hired today is not overdue; one known to nobody's records since 2005 is.
// Neither date known: overdue, with no due date.
struct DueItem
{
    enum class State { Overdue, DueSoon, Covered };
    State state = State::Overdue;
    qint64 teacherId = 0;
    QString fullName;
    QString organisations;       // as in TeacherRow
    QString positions;
    QList<qint64> organisationIds;
    std::optional<Completion> last; // the latest completion on or before D
    QDate dueDate;               // first day without a counting course; invalid: never trained, no start known
};

class TrainingDue
{
    Q_DECLARE_TR_FUNCTIONS(TrainingDue)
public:
    // The first day on which a course completed on `ends` no longer counts.
    static constexpr int kDefaultSoonMonths = 12;
    static QDate expiresOn(QDate ends, int intervalYears = TrainingRules::kDefaultIntervalYears);
    // One teacher with their latest completion on or before `at` (none:
    // never trained by then): Overdue, DueSoon or Covered, the due date and
    // the last course filled in. The teacher row is not checked for being
    // active; the callers choose the population.
    static DueItem assess(const TeacherRow &teacher, const std::optional<Completion> &latest, QDate at,
                          int intervalYears = TrainingRules::kDefaultIntervalYears,
                          int soonMonths = kDefaultSoonMonths);
    // The day a teacher with no course on record is counted from (see above).
    static QDate countedFrom(const TeacherRow &teacher);
    // The latest of `completions` (one teacher's) ending on or before `at`.
    static std::optional<Completion> latestBy(const QList<Completion> &completions, QDate at);
    // Overdue and due-soon teachers among the active pedagogical ones
    // (TeacherRow::pedagogical) at `at`, sorted by due date then name.
    // Due soon: not overdue, and overdue within `soonMonths` months after `at`.
    static QList<DueItem> compute(const QList<TeacherRow> &teachers, const QList<Completion> &completions, QDate at,
                                  int intervalYears = TrainingRules::kDefaultIntervalYears,
                                  int soonMonths = kDefaultSoonMonths);
};

} // namespace profrost
