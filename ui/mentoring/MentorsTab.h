#pragma once

#include "mentoring/MentoringLines.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace profrost {

class MentorLoadModel;
class TokenFilterProxy;

// The mentors' council view: each mentor's active mentees on the page's
// day, the load above the limit in red; the limit itself is set here (a
// setting of the database, so that every workstation warns alike).
class MentorsTab : public QWidget
{
    Q_OBJECT
public:
    struct Actions
    {
        std::function<void(qint64 teacherId)> openTeacher;
        std::function<void(int limit)> setLimit;
        std::function<void(bool toFile)> print;
    };
    MentorsTab(Actions actions, QWidget *parent = nullptr);
    void setLines(std::shared_ptr<const MentoringLines> lines);

    QTableView *view() const { return m_view; }
    MentorLoadModel *model() const { return m_model; }
    QSpinBox *limit() const { return m_limit; }

private:
    Actions m_actions;
    MentorLoadModel *m_model;
    TokenFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QSpinBox *m_limit;
};

} // namespace profrost
