#pragma once

#include "domain/Training.h"
#include "store/TeacherRepository.h"

#include <QCoreApplication>
#include <optional>

namespace profrost {

// The 3-year rule (273-ФЗ art. 47): every active pedagogical worker completes
// further training at least once in 3 years. At a reference date D the window
// is (D − 3 years, D]: a completion on D − 3 years no longer counts.
struct DueItem
{
    enum class State { Overdue, DueSoon };
    State state = State::Overdue;
    qint64 teacherId = 0;
    QString fullName;
    QString organisations;       // as in TeacherRow
    QString positions;
    QList<qint64> organisationIds;
    std::optional<Completion> last; // the latest completion on or before D
    QDate dueDate;               // first day without a counting course; invalid: never trained
};

class TrainingDue
{
    Q_DECLARE_TR_FUNCTIONS(TrainingDue)
public:
    // The first day on which a course completed on `ends` no longer counts.
    static QDate expiresOn(QDate ends, int intervalYears = 3);
    // Overdue and due-soon teachers among the active pedagogical ones
    // (TeacherRow::pedagogical) at `at`, sorted by due date then name.
    // Due soon: not overdue, and overdue within `soonMonths` months after `at`.
    static QList<DueItem> compute(const QList<TeacherRow> &teachers, const QList<Completion> &completions, QDate at,
                                  int intervalYears = 3, int soonMonths = 12);
};

} // namespace profrost
