#pragma once

#include "common/RecordListModel.h"
#include "mentoring/MentoringLines.h"

#include <memory>

namespace profrost {

// The young teachers on the page's day, one a row (the teacher's id in
// IdRole): where they work, age and experience, and their support — the
// mentors with the form, the young-teachers associations — with «no
// support» in red for the ones to look after.
class YoungTeacherModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OrganisationColumn, PostColumn, AgeColumn, ExperienceColumn, SupportColumn };
    // A role of the name column: true when the teacher has no support (the «only without support» filter).
    static constexpr int UnsupportedRole = Qt::UserRole + 100;

    explicit YoungTeacherModel(QObject *parent = nullptr);
    void setLines(std::shared_ptr<const MentoringLines> lines);
    qint64 idAt(int row) const override;
    const YoungTeacher *teacherAt(int row) const;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::shared_ptr<const MentoringLines> m_lines;
    // Each row's support text, made once per day's lines: the filter and the
    // sort ask for it on every keystroke and click.
    QStringList m_support;
};

} // namespace profrost
