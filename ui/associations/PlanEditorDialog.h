#pragma once

#include "domain/MethodicalPlan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace profrost {

class AppContext;
class DateLineEdit;
class FieldMessage;
class PlanItemsModel;

// The plan of a year (or a roadmap's period) built by the head of an
// association: the header (kind, title, year or period, theme, goal,
// tasks), who approves it and where it was reviewed, the stages and the
// items edited in place in a table. OK checks the plan (PlanRules) and the
// dates as typed, and stays open with the problems listed. Storing the plan
// is the caller's (PlanEditing::save).
class PlanEditorDialog : public QDialog
{
    Q_OBJECT
public:
    PlanEditorDialog(AppContext &ctx, const MethodicalPlan &plan, QWidget *parent = nullptr);

    // The plan as edited; id, association and review-free fields kept from the input.
    MethodicalPlan plan() const;
    // What OK would refuse: dates that are not dates, then PlanRules::check.
    QStringList problemList() const;
    void accept() override;
    void done(int result) override;

    // Items: a new one after the current row (Ins), a meeting numbered after
    // the others, the current one removed (Del) or moved (Ctrl+Up/Down).
    void addItem();
    void addMeeting();
    void removeItem();
    void moveItem(int delta);
    // Stages: appended and opened for typing, removed, moved.
    void addStage(const QString &title = QString());
    void removeStage();
    void moveStage(int delta);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *titleEdit() const { return m_title; }
    QRadioButton *yearButton() const { return m_useYear; }
    QRadioButton *periodButton() const { return m_usePeriod; }
    QSpinBox *yearSpin() const { return m_year; }
    DateLineEdit *periodFromEdit() const { return m_periodFrom; }
    DateLineEdit *periodToEdit() const { return m_periodTo; }
    QLineEdit *themeEdit() const { return m_theme; }
    QPlainTextEdit *goalEdit() const { return m_goal; }
    QPlainTextEdit *tasksEdit() const { return m_tasks; }
    QLineEdit *approvalPositionEdit() const { return m_approvalPosition; }
    QLineEdit *approvalNameEdit() const { return m_approvalName; }
    DateLineEdit *approvalDateEdit() const { return m_approvalDate; }
    QPushButton *approveTodayButton() const { return m_approveToday; }
    QLineEdit *reviewBodyEdit() const { return m_reviewBody; }
    DateLineEdit *reviewDateEdit() const { return m_reviewDate; }
    QLineEdit *reviewNumberEdit() const { return m_reviewNumber; }
    QListWidget *stagesList() const { return m_stages; }
    QTableView *itemsTable() const { return m_itemsView; }
    PlanItemsModel *itemsModel() const { return m_items; }
    QPushButton *addItemButton() const { return m_addItem; }
    QPushButton *addMeetingButton() const { return m_addMeeting; }
    QPushButton *removeItemButton() const { return m_removeItem; }
    FieldMessage *problems() const { return m_problems; }

private:
    QWidget *buildHeader();
    QWidget *buildItems();
    void load(const MethodicalPlan &plan);
    void updatePeriodMode();
    void stagesEdited();
    int currentRow() const;
    void selectRow(int row, bool edit);
    void saveState() const;
    void restoreState();

    AppContext &m_ctx;
    MethodicalPlan m_input;
    int m_shownYear = 0;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QRadioButton *m_useYear = nullptr;
    QRadioButton *m_usePeriod = nullptr;
    QSpinBox *m_year = nullptr;
    DateLineEdit *m_periodFrom = nullptr;
    DateLineEdit *m_periodTo = nullptr;
    QLineEdit *m_theme = nullptr;
    QPlainTextEdit *m_goal = nullptr;
    QPlainTextEdit *m_tasks = nullptr;
    QLineEdit *m_approvalPosition = nullptr;
    QLineEdit *m_approvalName = nullptr;
    DateLineEdit *m_approvalDate = nullptr;
    QPushButton *m_approveToday = nullptr;
    QLineEdit *m_reviewBody = nullptr;
    DateLineEdit *m_reviewDate = nullptr;
    QLineEdit *m_reviewNumber = nullptr;
    QListWidget *m_stages = nullptr;
    QTableView *m_itemsView = nullptr;
    PlanItemsModel *m_items = nullptr;
    QPushButton *m_addItem = nullptr;
    QPushButton *m_addMeeting = nullptr;
    QPushButton *m_removeItem = nullptr;
    QSplitter *m_splitter = nullptr;
    FieldMessage *m_problems = nullptr;
};

} // namespace profrost
