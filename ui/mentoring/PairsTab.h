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
class MentorshipListModel;

// Every mentorship pair, the ones active on the page's day alone on
// request; pairs are made, changed and deleted here (the page does the
// writing, with undo).
class PairsTab : public QWidget
{
    Q_OBJECT
public:
    struct Actions
    {
        std::function<void()> add;
        std::function<void(qint64 pairId)> edit;
        std::function<void(qint64 pairId)> remove;
    };
    PairsTab(Actions actions, QWidget *parent = nullptr);
    void setLines(std::shared_ptr<const MentoringLines> lines, qint64 select = -1);
    qint64 currentPair() const;

    QTableView *view() const { return m_view; }
    MentorshipListModel *model() const { return m_model; }
    QLineEdit *filter() const { return m_filter; }
    QCheckBox *onlyActive() const { return m_onlyActive; }

private:
    Actions m_actions;
    MentorshipListModel *m_model;
    FlagFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_onlyActive;
};

} // namespace profrost
