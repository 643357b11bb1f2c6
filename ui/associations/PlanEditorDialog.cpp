#include "associations/PlanEditorDialog.h"

#include "common/HeaderFit.h"
#include "common/ScreenFit.h"
#include "associations/PlanItemDelegate.h"
#include "associations/PlanItemsModel.h"
#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const QString kGeometryKey = u"associations/planEditorGeometry"_s;
const QString kSplitterKey = u"associations/planEditorSplitter"_s;
const QString kColumnsKey = u"associations/planEditorColumns"_s;

// The academic year as it is written, «2026/2027»; typing «2026» is enough.
class AcademicYearSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QString textFromValue(int value) const override { return PlanText::academicYear(value); }
    int valueFromText(const QString &text) const override { return text.section(u'/', 0, 0).trimmed().toInt(); }
    QValidator::State validate(QString &text, int &) const override
    {
        static const QRegularExpression partial(u"^\\s*\\d{0,4}(/\\d{0,4})?\\s*$"_s);
        if (!partial.match(text).hasMatch())
            return QValidator::Invalid;
        const int value = valueFromText(text);
        return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }
};

QPlainTextEdit *plainEdit(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(false);
    return b;
}

// Lines trimmed, the empty ones dropped: tasks are stored one per line.
QString lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out.join(u'\n');
}

} // namespace

PlanEditorDialog::PlanEditorDialog(AppContext &ctx, const MethodicalPlan &plan, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_input(plan)
{
    setWindowTitle(plan.id == 0 ? tr("New plan") : tr("Plan: %1").arg(plan.title));
    setObjectName(u"planEditorDialog"_s);
    m_problems = new FieldMessage(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(buildHeader());
    m_splitter->addWidget(buildItems());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    load(plan);
    restoreState();
    HeaderFit::keep(this);
    // A plan is mostly its items: the table takes the keys (Ins, Del, typing),
    // and the title keeps showing its beginning instead of a selection.
    m_itemsView->setFocus();
}

QWidget *PlanEditorDialog::buildHeader()
{
    auto *header = new QWidget(this);
    m_kind = new QComboBox(header);
    for (PlanKind k : {PlanKind::RmoYear, PlanKind::CentreWork, PlanKind::Roadmap})
        m_kind->addItem(PlanText::displayName(k), int(k));
    m_title = new QLineEdit(header);
    m_useYear = new QRadioButton(tr("&Academic year"), header);
    m_usePeriod = new QRadioButton(tr("&Period"), header);
    m_year = new AcademicYearSpinBox(header);
    m_year->setRange(1990, 2200);
    m_year->setMinimumWidth(m_year->fontMetrics().horizontalAdvance(u"0000/0000"_s) + 36);
    m_periodFrom = new DateLineEdit(header);
    m_periodTo = new DateLineEdit(header);
    m_theme = new QLineEdit(header);
    m_goal = plainEdit(2, header);
    m_tasks = plainEdit(4, header);
    m_tasks->setPlaceholderText(tr("One task per line"));

    // The year and the period on two rows: on one the header would not fit ~1100 px.
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_useYear);
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_usePeriod);
    periodRow->addWidget(m_periodFrom);
    periodRow->addWidget(new QLabel(u"–"_s, header));
    periodRow->addWidget(m_periodTo);
    periodRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Year or period:"), yearRow);
    form->addRow(QString(), periodRow);
    form->addRow(tr("Methodical t&heme:"), m_theme);
    form->addRow(tr("&Goal:"), m_goal);
    form->addRow(tr("Tas&ks:"), m_tasks);

    // УТВЕРЖДАЮ (the centre's head) and РАССМОТРЕНО (the meeting that reviewed it).
    auto *approval = new QGroupBox(tr("Approved by"), header);
    m_approvalPosition = new QLineEdit(approval);
    m_approvalPosition->setPlaceholderText(tr("Director of the methodical centre"));
    m_approvalName = new QLineEdit(approval);
    m_approvalName->setPlaceholderText(tr("I. O. Surname"));
    m_approvalDate = new DateLineEdit(approval);
    m_approvalDate->setToolTip(tr("Empty: not approved yet"));
    m_approveToday = new QPushButton(tr("Approve &today"), approval);
    connect(m_approveToday, &QPushButton::clicked, this, [this] { m_approvalDate->setDate(m_ctx.today()); });
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_approvalDate, 1);
    dateRow->addWidget(m_approveToday);
    auto *approvalForm = new QFormLayout(approval);
    approvalForm->addRow(tr("Position:"), m_approvalPosition);
    approvalForm->addRow(tr("Name:"), m_approvalName);
    approvalForm->addRow(tr("Date:"), dateRow);

    auto *review = new QGroupBox(tr("Reviewed"), header);
    m_reviewBody = new QLineEdit(review);
    m_reviewBody->setPlaceholderText(tr("at the meeting of the association"));
    m_reviewDate = new DateLineEdit(review);
    m_reviewNumber = new QLineEdit(review);
    m_reviewNumber->setMaximumWidth(m_reviewNumber->fontMetrics().horizontalAdvance(u"000000"_s) + 16);
    auto *protocolRow = new QHBoxLayout;
    protocolRow->addWidget(m_reviewDate, 1);
    protocolRow->addWidget(new QLabel(tr("№"), review));
    protocolRow->addWidget(m_reviewNumber);
    auto *reviewForm = new QFormLayout(review);
    reviewForm->addRow(tr("Where:"), m_reviewBody);
    reviewForm->addRow(tr("Protocol of:"), protocolRow);
    // Each date whole («01.09.2026») with its clear button: DateLineEdit's
    // own minimum size (a fixed minimum here cut the first digit).
    auto *blocks = new QVBoxLayout;
    blocks->addWidget(approval);
    blocks->addWidget(review);
    blocks->addStretch();

    auto *stages = new QGroupBox(tr("Stages"), header);
    m_stages = new QListWidget(stages);
    m_stages->setToolTip(tr("Double-click a stage to rename it"));
    auto *addStageButton = toolButton(tr("Add"), tr("Add a stage"), stages);
    auto *removeStageButton = toolButton(tr("Remove"), tr("Remove the stage; its items keep no stage"), stages);
    auto *stageUp = toolButton(u"↑"_s, tr("Move the stage up"), stages);
    auto *stageDown = toolButton(u"↓"_s, tr("Move the stage down"), stages);
    connect(addStageButton, &QToolButton::clicked, this, [this] { addStage(); });
    connect(removeStageButton, &QToolButton::clicked, this, &PlanEditorDialog::removeStage);
    connect(stageUp, &QToolButton::clicked, this, [this] { moveStage(-1); });
    connect(stageDown, &QToolButton::clicked, this, [this] { moveStage(1); });
    connect(m_stages, &QListWidget::itemChanged, this, &PlanEditorDialog::stagesEdited);
    auto *stageButtons = new QHBoxLayout;
    stageButtons->addWidget(addStageButton);
    stageButtons->addWidget(removeStageButton);
    stageButtons->addWidget(stageUp);
    stageButtons->addWidget(stageDown);
    stageButtons->addStretch();
    auto *stagesLayout = new QVBoxLayout(stages);
    stagesLayout->addWidget(m_stages, 1);
    stagesLayout->addLayout(stageButtons);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 5);
    layout->addLayout(blocks, 3);
    layout->addWidget(stages, 2);
    stages->setMaximumWidth(260);

    connect(m_useYear, &QRadioButton::toggled, this, &PlanEditorDialog::updatePeriodMode);
    // A roadmap runs over a period, the other plans over an academic year.
    connect(m_kind, &QComboBox::activated, this, [this] {
        (PlanKind(m_kind->currentData().toInt()) == PlanKind::Roadmap ? m_usePeriod : m_useYear)->setChecked(true);
    });
    // The year in the title follows the year chosen («... на 2026/2027 учебный год»).
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        const QString before = PlanText::academicYear(m_shownYear);
        if (m_shownYear != 0 && m_title->text().contains(before))
            m_title->setText(m_title->text().replace(before, PlanText::academicYear(year)));
        m_shownYear = year;
    });
    return header;
}

QWidget *PlanEditorDialog::buildItems()
{
    auto *box = new QWidget(this);
    m_items = new PlanItemsModel(this);
    m_itemsView = new QTableView(box);
    m_itemsView->setObjectName(u"planItemsTable"_s);
    m_itemsView->setModel(m_items);
    m_itemsView->setItemDelegate(new PlanItemDelegate(m_items, m_itemsView));
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_itemsView->setAlternatingRowColors(true);
    m_itemsView->setWordWrap(true);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    m_itemsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Narrow enough for a roadmap's stage column to fit 1100 px with the rest.
    // The form column holds «практико-ориентированный семинар» without eliding its long word.
    const int widths[PlanItemsModel::ColumnCount] = {28, 70, 200, 130, 80, 78, 78, 95, 120, 100, 90};
    for (int c = 0; c < PlanItemsModel::ColumnCount; ++c)
        m_itemsView->setColumnWidth(c, widths[c]);
    // Rows as tall as their titles: the questions of a meeting stay visible.
    auto fit = [this] { m_itemsView->resizeRowsToContents(); };
    connect(m_items, &QAbstractItemModel::dataChanged, m_itemsView, fit);
    connect(m_items, &QAbstractItemModel::rowsInserted, m_itemsView, fit);
    connect(m_items, &QAbstractItemModel::modelReset, m_itemsView, fit);
    connect(m_itemsView->horizontalHeader(), &QHeaderView::sectionResized, m_itemsView, fit);

    m_addItem = new QPushButton(tr("&Add item"), box);
    m_addItem->setToolTip(tr("A new item after the current one (Ins)"));
    m_addMeeting = new QPushButton(tr("Add &meeting"), box);
    m_addMeeting->setToolTip(tr("A meeting of the association, numbered after the others"));
    m_removeItem = new QPushButton(tr("&Remove"), box);
    m_removeItem->setToolTip(tr("Remove the current item (Del)"));
    auto *up = toolButton(u"↑"_s, tr("Move the item up (Ctrl+Up)"), box);
    auto *down = toolButton(u"↓"_s, tr("Move the item down (Ctrl+Down)"), box);
    connect(m_addItem, &QPushButton::clicked, this, &PlanEditorDialog::addItem);
    connect(m_addMeeting, &QPushButton::clicked, this, &PlanEditorDialog::addMeeting);
    connect(m_removeItem, &QPushButton::clicked, this, &PlanEditorDialog::removeItem);
    connect(up, &QToolButton::clicked, this, [this] { moveItem(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveItem(1); });
    // On the table only, not while a cell is edited: there Del deletes text.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, m_itemsView, slot);
        s->setContext(Qt::WidgetShortcut);
    };
    shortcut(QKeySequence(Qt::Key_Insert), [this] { addItem(); });
    shortcut(QKeySequence(QKeySequence::Delete), [this] { removeItem(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveItem(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveItem(1); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Items</b> (double-click or type to edit; Enter starts a new line of a title, "
                                 "Tab goes on)"),
                              box));
    bar->addStretch();
    bar->addWidget(m_addItem);
    bar->addWidget(m_addMeeting);
    bar->addWidget(m_removeItem);
    bar->addWidget(up);
    bar->addWidget(down);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_itemsView, 1);
    return box;
}

void PlanEditorDialog::load(const MethodicalPlan &plan)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(plan.kind))));
    m_title->setText(plan.title);
    m_title->setCursorPosition(0); // the beginning of a long title shows
    m_shownYear = 0; // no title rewrite while loading
    m_year->setValue(plan.startYear != 0 ? plan.startYear
                                         : (plan.periodFrom.isValid() ? plan.periodFrom : m_ctx.today()).year());
    m_shownYear = m_year->value();
    m_periodFrom->setDate(plan.periodFrom);
    m_periodTo->setDate(plan.periodTo);
    const bool period = plan.startYear == 0 && (plan.periodFrom.isValid() || plan.kind == PlanKind::Roadmap);
    (period ? m_usePeriod : m_useYear)->setChecked(true);
    updatePeriodMode();
    m_theme->setText(plan.theme);
    m_theme->setCursorPosition(0);
    m_goal->setPlainText(plan.goal);
    m_tasks->setPlainText(plan.tasks);
    m_approvalPosition->setText(plan.approval.position);
    m_approvalName->setText(plan.approval.name);
    m_approvalDate->setDate(plan.approval.date);
    m_reviewBody->setText(plan.review.body);
    m_reviewDate->setDate(plan.review.protocolDate);
    m_reviewNumber->setText(plan.review.protocolNumber);
    {
        const QSignalBlocker block(m_stages);
        m_stages->clear();
        for (const QString &stage : plan.stages) {
            auto *item = new QListWidgetItem(stage, m_stages);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_items->setStages(plan.stages);
    m_items->setItems(plan.items);
    m_itemsView->setColumnHidden(PlanItemsModel::Stage, plan.stages.isEmpty());
    if (!plan.items.isEmpty())
        selectRow(0, false);
}

void PlanEditorDialog::updatePeriodMode()
{
    const bool year = m_useYear->isChecked();
    m_year->setEnabled(year);
    m_periodFrom->setEnabled(!year);
    m_periodTo->setEnabled(!year);
}

MethodicalPlan PlanEditorDialog::plan() const
{
    MethodicalPlan p = m_input; // keeps the id and the association
    p.kind = PlanKind(m_kind->currentData().toInt());
    p.title = m_title->text().trimmed();
    if (m_useYear->isChecked()) {
        p.startYear = m_year->value();
        p.periodFrom = p.periodTo = QDate();
    } else {
        p.startYear = 0;
        p.periodFrom = m_periodFrom->date();
        p.periodTo = m_periodTo->date();
    }
    p.theme = m_theme->text().trimmed();
    p.goal = m_goal->toPlainText().trimmed();
    p.tasks = lines(m_tasks->toPlainText());
    p.approval = {m_approvalPosition->text().trimmed(), m_approvalName->text().trimmed(), m_approvalDate->date()};
    p.review = {m_reviewBody->text().trimmed(), m_reviewDate->date(), m_reviewNumber->text().trimmed()};
    p.stages.clear();
    for (int i = 0; i < m_stages->count(); ++i)
        p.stages << m_stages->item(i)->text().trimmed();
    p.items = m_items->items();
    return p;
}

QStringList PlanEditorDialog::problemList() const
{
    QStringList problems;
    const auto date = [&problems](const DateLineEdit *edit, const QString &field) {
        QString error;
        if (edit->isEnabled() && !edit->date(&error).isValid() && !error.isEmpty())
            problems << tr("%1: %2").arg(field, error);
    };
    date(m_periodFrom, tr("Period from"));
    date(m_periodTo, tr("Period to"));
    date(m_approvalDate, tr("Approval date"));
    date(m_reviewDate, tr("Protocol date"));
    problems += m_items->dateProblems();
    problems += PlanRules::check(plan());
    return problems;
}

void PlanEditorDialog::accept()
{
    // A cell being edited is committed by taking the focus from its editor.
    if (m_itemsView->isAncestorOf(focusWidget()))
        m_itemsView->setFocus();
    const QStringList problems = problemList();
    if (!problems.isEmpty()) {
        m_problems->show(problems.join(u'\n'));
        return;
    }
    m_problems->clear();
    QDialog::accept();
}

void PlanEditorDialog::done(int result)
{
    saveState();
    QDialog::done(result);
}

int PlanEditorDialog::currentRow() const
{
    return m_itemsView->currentIndex().isValid() ? m_itemsView->currentIndex().row() : -1;
}

void PlanEditorDialog::selectRow(int row, bool edit)
{
    const QModelIndex index = m_items->index(row, PlanItemsModel::Title);
    m_itemsView->setCurrentIndex(index);
    m_itemsView->scrollTo(index);
    if (edit) {
        m_itemsView->setFocus();
        m_itemsView->edit(index);
    }
}

void PlanEditorDialog::addItem()
{
    const int current = currentRow();
    PlanItem item;
    // A roadmap is filled stage by stage: the new item joins the current one's stage.
    if (current >= 0)
        item.stage = m_items->item(current).stage;
    selectRow(m_items->insertItem(current + 1, item), true);
}

void PlanEditorDialog::addMeeting()
{
    // Meetings go to the end: they are numbered in plan order (as printed)
    // and are planned through the year in order.
    PlanItem item;
    item.isMeeting = true;
    item.form = u"заседание"_s;
    item.title = u"Заседание № %1"_s.arg(PlanRules::nextMeetingNumber(plan()));
    selectRow(m_items->insertItem(-1, item), true);
}

void PlanEditorDialog::removeItem()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_items->removeItem(row);
    if (m_items->rowCount() > 0)
        selectRow(std::min(row, m_items->rowCount() - 1), false);
}

void PlanEditorDialog::moveItem(int delta)
{
    const int row = currentRow();
    if (m_items->moveItem(row, delta))
        selectRow(row + delta, false);
}

void PlanEditorDialog::addStage(const QString &title)
{
    auto *item = new QListWidgetItem(title.isEmpty() ? tr("Stage %1").arg(m_stages->count() + 1) : title);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_stages->addItem(item); // itemChanged is not emitted for a new item
    stagesEdited();
    m_stages->setCurrentItem(item);
    if (title.isEmpty())
        m_stages->editItem(item);
}

void PlanEditorDialog::removeStage()
{
    const int row = m_stages->currentRow();
    if (row < 0)
        return;
    delete m_stages->takeItem(row);
    m_items->removeStage(row + 1);
    m_itemsView->setColumnHidden(PlanItemsModel::Stage, m_stages->count() == 0);
}

void PlanEditorDialog::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_stages->count())
        return;
    const QSignalBlocker block(m_stages);
    QListWidgetItem *item = m_stages->takeItem(row);
    m_stages->insertItem(to, item);
    m_stages->setCurrentRow(to);
    m_items->swapStages(row + 1, to + 1);
}

void PlanEditorDialog::stagesEdited()
{
    QStringList titles;
    for (int i = 0; i < m_stages->count(); ++i)
        titles << m_stages->item(i)->text().trimmed();
    m_items->setStages(titles);
    m_itemsView->setColumnHidden(PlanItemsModel::Stage, titles.isEmpty());
}

void PlanEditorDialog::saveState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kColumnsKey, m_itemsView->horizontalHeader()->saveState());
}

void PlanEditorDialog::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        ScreenFit::resize(this, {1100, 760});
    ScreenFit::keepOnScreen(this);
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({340, 380});
    const bool stageHidden = m_itemsView->isColumnHidden(PlanItemsModel::Stage);
    m_itemsView->horizontalHeader()->restoreState(settings.value(kColumnsKey).toByteArray());
    // Whether the stage column shows follows the plan, not the last plan edited.
    m_itemsView->setColumnHidden(PlanItemsModel::Stage, stageHidden);
}

} // namespace profrost
