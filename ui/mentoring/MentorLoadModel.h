#pragma once

#include "common/RecordListModel.h"
#include "mentoring/MentoringLines.h"

#include <memory>

namespace profrost {

// The mentors' council view: each mentor with a pair active on the page's
// day (the mentor's id in IdRole), their post and category, their mentees
// and load; a load above the limit of the settings in red with the reason.
class MentorLoadModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OrganisationColumn, PostColumn, MenteesColumn, LoadColumn };

    explicit MentorLoadModel(QObject *parent = nullptr);
    void setLines(std::shared_ptr<const MentoringLines> lines);
    qint64 idAt(int row) const override;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::shared_ptr<const MentoringLines> m_lines;
};

} // namespace profrost
