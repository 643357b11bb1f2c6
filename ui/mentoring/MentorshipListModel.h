#pragma once

#include "common/RecordListModel.h"
#include "mentoring/MentoringLines.h"

#include <memory>

namespace profrost {

// Every mentorship pair (its id in IdRole): mentor, mentee, form, period,
// its state on the page's day (active, finished, starts later), goals and result.
class MentorshipListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { MentorColumn, MenteeColumn, FormColumn, StartsColumn, EndsColumn, StateColumn, GoalsColumn };
    // A role of the first column: true when the pair is active on the day.
    static constexpr int ActiveRole = Qt::UserRole + 101;

    explicit MentorshipListModel(QObject *parent = nullptr);
    void setLines(std::shared_ptr<const MentoringLines> lines);
    qint64 idAt(int row) const override;
    const Mentorship *pairAt(int row) const;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::shared_ptr<const MentoringLines> m_lines;
};

} // namespace profrost
