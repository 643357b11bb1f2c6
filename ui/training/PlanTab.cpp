#include "training/PlanTab.h"

#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "common/PlanGraphLoadModel.h"
#include "common/PlanGraphProxy.h"
#include "common/Roles.h"
#include "common/SavedPlan.h"
#include "common/SheetExport.h"
#include "documents/TrainingReports.h"
#include "io/TableWriter.h"
#include "shell/AppContext.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "store/RecordComparison.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"
#include "training/TeacherPickerDialog.h"
#include "training/TrainingPlanDelegate.h"
#include "util/Error.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>

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
    : PlanGraphTab(ctx, new TrainingPlanModel, new PlanGraphProxy,
                   {QStringLiteral("training/planYear"), TrainingPlan::kYears, 3, tr("Plan-graph")}, parent),
      m_organisation(new QComboBox(this)),
      m_byYear(new QLabel(this))
{
    setObjectName(QStringLiteral("planTab"));
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setItemDelegate(new TrainingPlanDelegate(model(), m_view));
    m_view->sortByColumn(TrainingPlanModel::OrganisationColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    const int widths[] = {230, 90, 200, 160, 300, 260};
    for (int i = 0; i < 6; ++i)
        m_view->setColumnWidth(i, widths[i]);
    m_view->horizontalHeader()->restoreState(QSettings().value(QStringLiteral("training/planHeader2")).toByteArray());

    m_year->setObjectName(QStringLiteral("planYear"));
    m_state->setObjectName(QStringLiteral("planState"));
    m_filter->setObjectName(QStringLiteral("planFilter"));
    m_organisation->setObjectName(QStringLiteral("planOrganisation"));
    m_filter->setMinimumWidth(200);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_organisation->setMinimumWidth(220);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisation->setMinimumContentsLength(28);

    // Actions: shortcuts work while the tab has the focus.
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
    for (QAction *a : {propose, add, remove, preview, document, sheet}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
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
        const TrainingPlanDocumentData data = model()->documentData();
        DocumentOutput::preview(this, documentTitle(), [data] { return TrainingPlanDocument::build(data); });
    });
    connect(document, &QAction::triggered, this, [this] {
        const TrainingPlanDocumentData data = model()->documentData();
        DocumentOutput::saveAs(this, tr("Save the plan-graph"), DocumentOutput::fileName(documentTitle(), QStringLiteral("pdf")),
                               [data] { return TrainingPlanDocument::build(data); });
    });
    connect(sheet, &QAction::triggered, this, [this] {
        const QString path = SheetExport::askPath(this, tr("Export the plan-graph"),
                                                  DocumentOutput::fileName(documentTitle(), QStringLiteral("xlsx")));
        if (!path.isEmpty())
            exportSheet(path);
    });

    QList<QWidget *> tools;
    for (QAction *a : {m_saveAction, propose, add, remove})
        tools << toolButton(a, this);
    tools.at(0)->setObjectName(QStringLiteral("saveTrainingPlan"));
    tools.at(1)->setObjectName(QStringLiteral("proposePlan"));
    tools.at(2)->setObjectName(QStringLiteral("addToPlan"));
    tools.at(3)->setObjectName(QStringLiteral("removeFromPlan"));
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
    tools << output;
    const bool editable = m_ctx.mayEdit(UserAccess::Area::Training);
    if (!editable)
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The writing tools are the first four (save, propose, add, remove).
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Training,
                               {m_saveAction, propose, add, remove, tools.at(0), tools.at(1), tools.at(2), tools.at(3)});

    m_byYear->setObjectName(QStringLiteral("planYearCounts"));
    m_byYear->setTextFormat(Qt::RichText);
    m_byYear->setWordWrap(true);
    QTableView *byOrganisation = organisationCounts();
    byOrganisation->setObjectName(QStringLiteral("planOrganisationCounts"));
    byOrganisation->setSelectionBehavior(QAbstractItemView::SelectRows);
    byOrganisation->setSelectionMode(QAbstractItemView::SingleSelection);
    byOrganisation->setToolTip(tr("Click an organisation to show its teachers only"));
    QWidget *side = sidePanel({new QLabel(tr("<b>Load per year</b>"), this), m_byYear});
    QSplitter *splitter =
        layOut(tools, {new QLabel(tr("Organisation"), this), m_organisation}, side, {900, 380});
    splitter->setObjectName(QStringLiteral("planSplitter"));

    connect(m_organisation, &QComboBox::currentIndexChanged, this,
            [this] { planProxy()->setOrganisation(m_organisation->currentData().toString()); });
    connect(byOrganisation, &QTableView::clicked, this, [this, byOrganisation](const QModelIndex &index) {
        const QString name = byOrganisation->model()->index(index.row(), 0).data().toString();
        const int at = m_organisation->findData(name);
        m_organisation->setCurrentIndex(at >= 0 && at != m_organisation->currentIndex() ? at : 0);
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { QSettings().setValue(QStringLiteral("training/planHeader2"), m_view->horizontalHeader()->saveState()); });
}

QString PlanTab::documentTitle() const { return TrainingPlanDocument::title(m_shownYear); }

QString PlanTab::proposalText() const { return tr("Proposal of the 3-year rule, not saved yet"); }

QString PlanTab::discardQuestion() const { return tr("The plan-graph %1 has changes that are not saved. Save them?"); }

void PlanTab::load(int firstYear)
{
    struct Read
    {
        TrainingPlanModel::Prepared prepared;
        bool saved = false;
        int version = 0;
    };
    readPlan<Read>(
        [firstYear](Database &db) {
            Read r;
            // The version before the lines: a save in between is then a conflict, not a lost edit.
            r.version = TrainingPlanRepository(db).version(firstYear);
            r.saved = TrainingPlanRepository(db).exists(firstYear);
            r.prepared = TrainingPlanModel::prepare(TrainingReports::planData(db, firstYear),
                                                    TrainingRepository(db).programmes());
            return r;
        },
        [this, firstYear](Read r) {
            model()->reset(std::move(r.prepared));
            planShown(firstYear, r.saved, r.version);
        });
}

bool PlanTab::savePlan()
{
    return savePlanUndoably<TrainingPlanRepository, TrainingPlanEntry>(
        m_ctx, this, m_shownYear, {model()->entries(), isSaved(), {readVersion()}}, &RecordComparison::trainingPlans,
        tr("save the plan-graph %1–%2").arg(m_shownYear).arg(m_shownYear + TrainingPlan::kYears - 1),
        tr("Save the plan-graph"));
}

void PlanTab::proposeAgain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        TrainingPlanDocumentData data = TrainingReports::planData(m_ctx.db(), m_shownYear);
        data.entries = TrainingPlan::propose(data.teachers, data.completions, m_shownYear, data.intervalYears);
        model()->reset(data, TrainingRepository(m_ctx.db()).programmes());
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
    TrainingPlanModel *m = model();
    QList<qint64> missing;
    for (qint64 id : teacherIds) {
        if (!m->knows(id))
            missing.append(id);
    }
    if (!missing.isEmpty()) { // hired after 1 January of the first year: as they are today
        for (const TeacherRow &t : TeacherRepository(m_ctx.db()).rows(m_ctx.today())) {
            if (missing.contains(t.id))
                m->addKnownTeacher(t);
        }
    }
    QStringList years;
    for (int y = 0; y < TrainingPlan::kYears; ++y)
        years << QString::number(m_shownYear + y);
    bool ok = false;
    const QString year = QInputDialog::getItem(this, tr("Add teachers"), tr("Planned year:"), years, 0, false, &ok);
    if (!ok)
        return;
    const int added = m->addTeachers(teacherIds, year.toInt());
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
    model()->removeTeachers(ids);
}

void PlanTab::exportSheet(const QString &path)
{
    SheetExport::write(this, tr("Export the plan-graph"), path, [&] {
        TableWriter::write(path, TrainingPlanDocument::sheetHeader(),
                           TrainingPlanDocument::sheetRows(model()->documentData()),
                           tr("Plan-graph %1").arg(shownYearsText()));
    });
}

QString PlanTab::saveDocument(const QString &path)
{
    const TrainingPlanDocumentData data = model()->documentData();
    try {
        DocumentOutput::write(this, path, [data] { return TrainingPlanDocument::build(data); });
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Save the plan-graph"), e.message());
        return {};
    }
    return path;
}

void PlanTab::updateCounts()
{
    const QMap<int, int> years = model()->countsByYear();
    QStringList parts;
    int total = 0;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        parts << tr("%1: <b>%2</b>").arg(it.key()).arg(it.value());
        total += it.value();
    }
    m_byYear->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("<br>")
                      + tr("%n teacher(s) in the plan", nullptr, total));

    const QMap<QString, QMap<int, int>> organisations = model()->countsByOrganisation();
    QStringList header{tr("Organisation")};
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        header << QString::number(it.key());
    QList<PlanGraphLoadModel::Line> lines;
    lines.reserve(organisations.size());
    for (auto it = organisations.cbegin(); it != organisations.cend(); ++it) {
        PlanGraphLoadModel::Line line{it.key(), {}, {}};
        // A year that takes more than half of an organisation's teachers
        // (of three or more) is marked: the load can be levelled there.
        int sum = 0;
        for (int n : it.value())
            sum += n;
        for (auto y = it.value().cbegin(); y != it.value().cend(); ++y) {
            line.counts << y.value();
            line.warnings << (sum >= 3 && y.value() * 2 > sum
                                  ? tr("More than half of this organisation's plan falls in %1").arg(y.key())
                                  : QString());
        }
        lines << line;
    }
    organisationLoad()->setLoad(header, std::move(lines));

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
        planProxy()->setOrganisation(QString());
}

} // namespace profrost
