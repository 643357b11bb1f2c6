#include "training/PlanTab.h"

#include "common/BackgroundRead.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/Roles.h"
#include "common/SavedPlan.h"
#include "common/SheetExport.h"
#include "documents/TrainingReports.h"
#include "io/TableWriter.h"
#include "shell/AppContext.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"
#include "training/PlanFilterProxy.h"
#include "training/TeacherPickerDialog.h"
#include "training/TrainingPlanDelegate.h"
#include "training/TrainingPlanModel.h"
#include "util/Error.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace profrost {

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PlanTab::PlanTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new TrainingPlanModel(this)),
      m_proxy(new PlanFilterProxy(this)),
      m_year(new QComboBox(this)),
      m_state(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_organisation(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_byYear(new QLabel(this)),
      m_byOrganisation(new QTableWidget(this)),
      m_reader(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("planTab"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new TrainingPlanDelegate(m_model, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TrainingPlanModel::OrganisationColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {230, 90, 200, 160, 300, 260};
    for (int i = 0; i < 6; ++i)
        m_view->setColumnWidth(i, widths[i]);
    m_view->horizontalHeader()->restoreState(QSettings().value(QStringLiteral("training/planHeader2")).toByteArray());

    // The years offered: from last year's plan to one starting in three years.
    const int thisYear = m_ctx.today().year();
    for (int y = thisYear - 1; y <= thisYear + 3; ++y)
        m_year->addItem(tr("%1–%2").arg(y).arg(y + TrainingPlan::kYears - 1), y);
    m_year->setObjectName(QStringLiteral("planYear"));
    m_state->setObjectName(QStringLiteral("planState"));
    m_state->setWordWrap(true); // the long state wraps instead of widening the window
    m_state->setMinimumWidth(160);
    m_filter->setPlaceholderText(tr("Find: name, organisation, position"));
    m_filter->setMinimumWidth(200);
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_organisation->setMinimumWidth(220);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisation->setMinimumContentsLength(28);

    // Actions: shortcuts work while the tab has the focus.
    m_saveAction = new QAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save plan"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the plan-graph (Ctrl+S); Edit → Undo brings back the plan before"));
    auto *propose = new QAction(tr("Propose again"), this);
    propose->setToolTip(tr("Replace the plan with the proposal of the 3-year rule"));
    auto *add = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add teachers..."), this);
    add->setToolTip(tr("Add teachers to the plan from the registry"));
    auto *remove = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Remove from plan"), this);
    remove->setToolTip(tr("Remove the selected teachers from the plan (Del)"));
    remove->setShortcut(QKeySequence::Delete);
    auto *preview = new QAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print preview..."), this);
    preview->setShortcut(QKeySequence::Print);
    auto *document = new QAction(QIcon(QStringLiteral(":/icons/document.svg")), tr("Save as PDF / ODT..."), this);
    document->setToolTip(tr("Save the printed plan-graph as PDF or as ODT (opens in Word and LibreOffice)"));
    auto *sheet = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export to Excel..."), this);
    sheet->setToolTip(tr("Export the plan-graph to an Excel workbook"));
    for (QAction *a : {m_saveAction, propose, add, remove, preview, document, sheet}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(propose, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Propose again"),
                                  tr("Replace the plan shown with the proposal of the 3-year rule? "
                                     "Edits not saved are lost; the saved plan stays until you save.")) ==
            QMessageBox::Yes)
            proposeAgain();
    });
    connect(add, &QAction::triggered, this, [this] {
        TeacherPickerDialog picker(m_ctx, this);
        if (picker.exec() == QDialog::Accepted)
            addTeachers(picker.chosen());
    });
    connect(remove, &QAction::triggered, this, &PlanTab::removeSelected);
    connect(preview, &QAction::triggered, this, [this] {
        const TrainingPlanDocumentData data = m_model->documentData();
        DocumentOutput::preview(this, documentTitle(), [data] { return TrainingPlanDocument::build(data); });
    });
    connect(document, &QAction::triggered, this, [this] {
        const TrainingPlanDocumentData data = m_model->documentData();
        DocumentOutput::saveAs(this, tr("Save the plan-graph"), DocumentOutput::fileName(documentTitle(), QStringLiteral("pdf")),
                               [data] { return TrainingPlanDocument::build(data); });
    });
    connect(sheet, &QAction::triggered, this, [this] {
        const QString path = SheetExport::askPath(this, tr("Export the plan-graph"),
                                                  DocumentOutput::fileName(documentTitle(), QStringLiteral("xlsx")));
        if (!path.isEmpty())
            exportSheet(path);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plan-graph for"), this));
    top->addWidget(m_year);
    top->addWidget(m_state, 1);
    for (QAction *a : {m_saveAction, propose, add, remove})
        top->addWidget(toolButton(a, this));
    // The outputs share one button: the bar stays narrow enough for a
    // laptop screen in Russian.
    auto *output = new QToolButton(this);
    output->setObjectName(QStringLiteral("planOutput"));
    output->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    output->setText(tr("Print and export"));
    output->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    output->setPopupMode(QToolButton::InstantPopup);
    output->setAutoRaise(true);
    auto *outputMenu = new QMenu(output);
    outputMenu->addActions({preview, document, sheet});
    output->setMenu(outputMenu);
    top->addWidget(output);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(new QLabel(tr("Organisation"), this));
    filters->addWidget(m_organisation);

    m_byYear->setObjectName(QStringLiteral("planYearCounts"));
    m_byYear->setTextFormat(Qt::RichText);
    m_byYear->setWordWrap(true);
    m_byOrganisation->setObjectName(QStringLiteral("planOrganisationCounts"));
    m_byOrganisation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_byOrganisation->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_byOrganisation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_byOrganisation->verticalHeader()->hide();
    m_byOrganisation->setAlternatingRowColors(true);
    m_byOrganisation->setToolTip(tr("Click an organisation to show its teachers only"));
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *loadTitle = new QLabel(tr("<b>Load per year</b>"), side);
    sideLayout->addWidget(loadTitle);
    sideLayout->addWidget(m_byYear);
    sideLayout->addWidget(new QLabel(tr("<b>Per organisation</b>"), side));
    sideLayout->addWidget(m_byOrganisation, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("planSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 380});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PlanFilterProxy::setFilterText);
    connect(m_organisation, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOrganisation(m_organisation->currentData().toString()); });
    connect(m_byOrganisation, &QTableWidget::cellClicked, this, [this](int row) {
        const QString name = m_byOrganisation->item(row, 0)->text();
        const int at = m_organisation->findData(name);
        m_organisation->setCurrentIndex(at >= 0 && at != m_organisation->currentIndex() ? at : 0);
    });
    connect(m_model, &TrainingPlanModel::edited, this, [this] {
        setModified(true);
        updateCounts();
    });
    connect(m_year, &QComboBox::activated, this, [this] {
        if (!showYear(m_year->currentData().toInt())) { // cancelled: back to the year shown
            const QSignalBlocker block(m_year);
            m_year->setCurrentIndex(m_year->findData(m_shownYear));
        }
    });
    m_loader = new DeferredLoad(this, [this] { load(m_year->currentData().toInt()); });
    connect(&m_ctx, &AppContext::registryChanged, this, [this] {
        // After a save, an undo or an import: show the store again, unless
        // edits are pending (they are kept; saving writes them).
        if (!m_modified)
            m_loader->invalidate();
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { QSettings().setValue(QStringLiteral("training/planHeader2"), m_view->horizontalHeader()->saveState()); });

    // Next year's plan is the one usually being made.
    const int first = QSettings().value(QStringLiteral("training/planYear"), thisYear + 1).toInt();
    m_year->setCurrentIndex(std::max(0, m_year->findData(first)));
}

int PlanTab::firstYear() const { return m_shownYear != 0 ? m_shownYear : m_year->currentData().toInt(); }

void PlanTab::ensureLoaded() { m_loader->ensureLoaded(); }

QString PlanTab::documentTitle() const { return TrainingPlanDocument::title(m_shownYear); }

bool PlanTab::showYear(int firstYear)
{
    if (firstYear == m_shownYear && !m_loader->isPending())
        return true;
    if (!confirmDiscard())
        return false;
    if (m_year->findData(firstYear) < 0)
        m_year->addItem(tr("%1–%2").arg(firstYear).arg(firstYear + TrainingPlan::kYears - 1), firstYear);
    {
        const QSignalBlocker block(m_year);
        m_year->setCurrentIndex(m_year->findData(firstYear));
    }
    QSettings().setValue(QStringLiteral("training/planYear"), firstYear);
    load(firstYear);
    return true;
}

namespace {

// From this many teachers the plan is read on a worker thread (as the
// teachers page does): a region's plan takes about a second to prepare.
constexpr int kLoadInBackgroundFrom = 3000;

} // namespace

PlanTab::~PlanTab() = default; // m_reader waits for its worker

bool PlanTab::isLoading() const { return m_reader->isRunning(); }

void PlanTab::load(int firstYear)
{
    m_loader->markLoaded(); // no second load when shown later
    m_reader->cancel(); // a plan still being read is not the one asked for now
    int count = 0;
    try {
        count = TeacherRepository(m_ctx.db()).count();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Plan-graph"), e.message());
        return;
    }
    if (count < kLoadInBackgroundFrom) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            Database &db = m_ctx.db();
            const bool saved = TrainingPlanRepository(db).exists(firstYear);
            showPlan(TrainingPlanModel::prepare(TrainingReports::planData(db, firstYear),
                                            TrainingRepository(db).programmes()),
                 firstYear, saved);
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Plan-graph"), e.message());
        }
        QApplication::restoreOverrideCursor();
        return;
    }
    m_view->setEnabled(false); // the rows shown belong to the plan being replaced
    m_state->setText(tr("Reading the plan of %n teacher(s)...", nullptr, count));
    struct Read
    {
        TrainingPlanModel::Prepared prepared;
        bool saved = false;
    };
    m_reader->run<Read>(
        m_ctx.db().connectionSpec(),
        [firstYear](Database &reader) {
            Read r;
            r.saved = TrainingPlanRepository(reader).exists(firstYear);
            r.prepared = TrainingPlanModel::prepare(TrainingReports::planData(reader, firstYear),
                                                    TrainingRepository(reader).programmes());
            return r;
        },
        [this, firstYear](Read r, const QString &error) {
            m_view->setEnabled(true);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Plan-graph"), error);
            else
                showPlan(std::move(r.prepared), firstYear, r.saved);
        });
}

void PlanTab::showPlan(TrainingPlanModel::Prepared prepared, int firstYear, bool saved)
{
    m_model->reset(std::move(prepared));
    m_saved = saved;
    m_shownYear = firstYear;
    setModified(false);
    updateCounts();
    emit loaded();
}

bool PlanTab::confirmDiscard()
{
    if (!m_modified)
        return true;
    const auto answer = askAboutUnsavedChanges(
        this, tr("Plan-graph"),
        tr("The plan-graph %1 has changes that are not saved. Save them?").arg(m_year->currentText()));
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    setModified(false);
    return true;
}

bool PlanTab::save()
{
    // Clean before the push: the push tells the views, which reload when clean.
    const bool wasModified = m_modified;
    m_modified = false;
    if (!savePlanUndoably<TrainingPlanRepository>(
            m_ctx, this, m_shownYear, m_model->entries(),
            tr("save the plan-graph %1–%2").arg(m_shownYear).arg(m_shownYear + TrainingPlan::kYears - 1),
            tr("Save the plan-graph"))) {
        m_modified = wasModified;
        return false;
    }
    m_saved = true;
    setModified(false);
    return true;
}

void PlanTab::proposeAgain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        TrainingPlanDocumentData data = TrainingReports::planData(m_ctx.db(), m_shownYear);
        data.entries = TrainingPlan::propose(data.teachers, data.completions, m_shownYear);
        m_model->reset(data, TrainingRepository(m_ctx.db()).programmes());
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Propose again"), e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    setModified(true);
    updateCounts();
}

void PlanTab::addTeachers(const QList<qint64> &teacherIds)
{
    if (teacherIds.isEmpty())
        return;
    QList<qint64> missing;
    for (qint64 id : teacherIds) {
        if (!m_model->knows(id))
            missing.append(id);
    }
    if (!missing.isEmpty()) { // hired after 1 January of the first year: as they are today
        for (const TeacherRow &t : TeacherRepository(m_ctx.db()).rows(m_ctx.today())) {
            if (missing.contains(t.id))
                m_model->addKnownTeacher(t);
        }
    }
    QStringList years;
    for (int y = 0; y < TrainingPlan::kYears; ++y)
        years << QString::number(m_shownYear + y);
    bool ok = false;
    const QString year = QInputDialog::getItem(this, tr("Add teachers"), tr("Planned year:"), years, 0, false, &ok);
    if (!ok)
        return;
    const int added = m_model->addTeachers(teacherIds, year.toInt());
    if (added < teacherIds.size())
        QMessageBox::information(this, tr("Add teachers"),
                                 tr("%n teacher(s) were in the plan already.", nullptr,
                                    int(teacherIds.size()) - added));
}

void PlanTab::removeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(IdRole).toLongLong());
    m_model->removeTeachers(ids);
}

void PlanTab::exportSheet(const QString &path)
{
    SheetExport::write(this, tr("Export the plan-graph"), path, [&] {
        TableWriter::write(path, TrainingPlanDocument::sheetHeader(),
                           TrainingPlanDocument::sheetRows(m_model->documentData()),
                           tr("Plan-graph %1").arg(m_year->currentText()));
    });
}

QString PlanTab::saveDocument(const QString &path)
{
    const TrainingPlanDocumentData data = m_model->documentData();
    try {
        DocumentOutput::write(this, path, [data] { return TrainingPlanDocument::build(data); });
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Save the plan-graph"), e.message());
        return {};
    }
    return path;
}

void PlanTab::setModified(bool modified)
{
    m_modified = modified;
    m_saveAction->setEnabled(modified || !m_saved);
    updateState();
}

void PlanTab::updateState()
{
    QString text;
    if (m_modified)
        text = tr("<b style='color:#e65100'>Changes not saved</b>");
    else if (m_saved)
        text = tr("Saved plan");
    else
        text = tr("Proposal of the 3-year rule, not saved yet");
    m_state->setText(text);
}

void PlanTab::updateCounts()
{
    const QMap<int, int> years = m_model->countsByYear();
    QStringList parts;
    int total = 0;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        parts << tr("%1: <b>%2</b>").arg(it.key()).arg(it.value());
        total += it.value();
    }
    m_byYear->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("<br>")
                      + tr("%n teacher(s) in the plan", nullptr, total));

    const QMap<QString, QMap<int, int>> organisations = m_model->countsByOrganisation();
    QStringList header{tr("Organisation")};
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        header << QString::number(it.key());
    m_byOrganisation->setSortingEnabled(false);
    m_byOrganisation->clear();
    m_byOrganisation->setColumnCount(int(header.size()));
    m_byOrganisation->setHorizontalHeaderLabels(header);
    m_byOrganisation->setRowCount(int(organisations.size()));
    int row = 0;
    for (auto it = organisations.cbegin(); it != organisations.cend(); ++it, ++row) {
        m_byOrganisation->setItem(row, 0, new QTableWidgetItem(it.key()));
        int column = 1;
        // A year that takes more than half of an organisation's teachers
        // (of three or more) is marked: the load can be levelled there.
        int sum = 0;
        for (int n : it.value())
            sum += n;
        for (auto y = it.value().cbegin(); y != it.value().cend(); ++y, ++column) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, y.value());
            item->setTextAlignment(Qt::AlignCenter);
            if (sum >= 3 && y.value() * 2 > sum) {
                item->setForeground(QColor(0xe6, 0x51, 0x00));
                item->setToolTip(tr("More than half of this organisation's plan falls in %1").arg(y.key()));
            }
            m_byOrganisation->setItem(row, column, item);
        }
    }
    m_byOrganisation->setSortingEnabled(true);
    m_byOrganisation->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < header.size(); ++c)
        m_byOrganisation->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    // The organisation filter follows the organisations in the plan.
    const QString keep = m_organisation->currentData().toString();
    const QSignalBlocker block(m_organisation);
    m_organisation->clear();
    m_organisation->addItem(tr("All organisations"), QString());
    for (auto it = organisations.cbegin(); it != organisations.cend(); ++it)
        m_organisation->addItem(it.key(), it.key());
    const int at = m_organisation->findData(keep);
    m_organisation->setCurrentIndex(std::max(0, at));
    if (at < 0)
        m_proxy->setOrganisation(QString());
}

} // namespace profrost
