#pragma once

#include "mentoring/MentoringLines.h"

#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QLineEdit;
class QTableView;

namespace profrost {

class FlagFilterProxy;
class YoungTeacherModel;

// The young teachers on the page's day with their support, those without
// any in red (and alone, on request); a mentor is assigned from here.
class YoungTeachersTab : public QWidget
{
    Q_OBJECT
public:
    struct Actions
    {
        std::function<void(qint64 menteeId)> assignMentor;
        std::function<void(qint64 teacherId)> openTeacher;
        std::function<void(bool toFile)> print;
    };
    YoungTeachersTab(Actions actions, QWidget *parent = nullptr);
    void setLines(std::shared_ptr<const MentoringLines> lines);

    QTableView *view() const { return m_view; }
    YoungTeacherModel *model() const { return m_model; }
    QLineEdit *filter() const { return m_filter; }
    QCheckBox *onlyUnsupported() const { return m_onlyUnsupported; }

private:
    qint64 currentTeacher() const;

    Actions m_actions;
    YoungTeacherModel *m_model;
    FlagFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_onlyUnsupported;
};

} // namespace profrost
