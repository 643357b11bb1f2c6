#pragma once

#include "domain/MethodicalPlan.h"

#include <QWidget>

class QTableView;

namespace profrost {

class AppContext;
class PlanListModel;

// The plans of one association (or the centre's own, association 0):
// new, edited in the plan editor, deleted, copied into next year's draft
// (each one undoable step), printed as preview, PDF or ODT.
class PlansTab : public QWidget
{
    Q_OBJECT
public:
    explicit PlansTab(AppContext &ctx, QWidget *parent = nullptr);

    // The plans of the association (0: the centre's); `name` as listed, for
    // a new plan's title. The newest plan is selected.
    void load(qint64 associationId, const QString &name);
    qint64 currentPlan() const;
    // What «New plan...» starts from: the association's year plan of this
    // academic year (or the coming one from April; the next when that
    // exists), with the approver of its newest plan.
    MethodicalPlan newPlanTemplate() const;
    // Next year's draft of the current plan, selected; its id (0: see lastError()).
    qint64 copyToNextYear();
    bool deletePlan();
    // Writes the current plan to a .pdf or .odt without asking; the pages.
    int writePlan(const QString &path);
    const QString &lastError() const { return m_lastError; }
    QTableView *table() const { return m_table; }
    PlanListModel *model() const { return m_model; }

signals:
    // A change was stored: the page reloads (it does by itself while shown).
    void changed();

private:
    void editPlan(bool createNew);
    void print(bool toFile);
    bool done(bool ok, const QString &title, const QString &error);

    AppContext &m_ctx;
    PlanListModel *m_model;
    QTableView *m_table;
    qint64 m_association = -1;
    QString m_name;
    QString m_lastError;
};

} // namespace profrost
