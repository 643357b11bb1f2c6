#include "diagnostics/RoutesTab.h"

#include "associations/AssociationWidgets.h"
#include "common/BackgroundRead.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "common/Roles.h"
#include "common/TokenFilterProxy.h"
#include "diagnostics/GroupRouteDialog.h"
#include "diagnostics/RouteDialog.h"
#include "documents/DiagnosisReports.h"
#include "diagnostics/RouteEditing.h"
#include "diagnostics/RouteListModel.h"
#include "domain/DateText.h"
#include "domain/DeficitRules.h"
#include "domain/RouteRules.h"
#include "domain/MethodicalPlan.h"
#include "shell/AppContext.h"
#include "store/DiagnosisRepository.h"
#include "store/RouteRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "training/TeacherPickerDialog.h"
#include "util/Error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

namespace {
// Below this many teachers the year's routes are read at once (as the deficit map).
constexpr int kLoadInBackgroundFrom = 3000;
} // namespace

RoutesTab::RoutesTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_year(new QComboBox(this)),
      m_model(new RouteListModel(this)),
      m_proxy(new TokenFilterProxy(this)),
      m_view(nullptr),
      m_filter(new QLineEdit(this)),
      m_summary(new QLabel(this)),
      m_reader(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("routesTab"));
    m_year->setObjectName(QStringLiteral("routeYear"));
    const int current = DateText::academicYearStart(ctx.today());
    for (int y = current - 2; y <= current + 1; ++y)
        m_year->addItem(PlanText::academicYear(y), y);
    m_year->setCurrentIndex(m_year->findData(current));
    m_proxy->setSourceModel(m_model);
    m_view = RecordView::table(m_proxy, this);
    m_view->setObjectName(QStringLiteral("routesTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RouteListModel::TeacherColumn, Qt::AscendingOrder);
    const int widths[] = {260, 260, 260, 110};
    for (int c = 0; c < 4; ++c)
        m_view->setColumnWidth(c, widths[c]);
    m_filter->setPlaceholderText(tr("Filter: teacher, organisation, deficit"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TokenFilterProxy::setFilterText);

    auto *add = W::button(QStringLiteral(":/icons/add.svg"), tr("New route..."),
                          tr("Make a teacher's route from their deficits"), this);
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Open..."), tr("Open the chosen route"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the chosen route"), this);
    add->setObjectName(QStringLiteral("newRouteButton"));
    edit->setObjectName(QStringLiteral("openRouteButton"));
    remove->setObjectName(QStringLiteral("deleteRouteButton"));
    connect(add, &QPushButton::clicked, this, &RoutesTab::newRoute);
    connect(edit, &QPushButton::clicked, this, &RoutesTab::editRoute);
    connect(remove, &QPushButton::clicked, this, &RoutesTab::deleteRoute);
    auto *group = W::button(QStringLiteral(":/icons/add.svg"), tr("Group route..."),
                            tr("One route for every teacher of a school or association with a deficit"), this);
    group->setObjectName(QStringLiteral("groupRouteButton"));
    connect(group, &QPushButton::clicked, this, &RoutesTab::groupRoute);
    QToolButton *printRoute = W::printButton(tr("Print route"), this, [this](bool toFile) { print(toFile); });
    printRoute->setObjectName(QStringLiteral("printRouteButton"));
    // The route's dialog edits: who may not, prints the route instead.
    // Enter or a double click opens the record: to edit, or to read for a role that may not.
    connect(m_view, &QTableView::activated, this, &RoutesTab::editRoute);
    if (m_ctx.mayEdit(UserAccess::Area::Diagnostics)) {
        W::bindKeys(m_view, [this] { editRoute(); }, [this] { deleteRoute(); });
    }

    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Academic &year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_summary, 1);
    m_summary->setObjectName(QStringLiteral("routesSummary"));
    m_summary->setWordWrap(true); // a long note must not widen the window
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(W::buttonBar(this, {add, group, edit, remove, printRoute}, {m_filter}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Diagnostics, {add, group, edit, remove});
    layout->addWidget(m_view, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &RoutesTab::reload);
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

int RoutesTab::year() const { return m_year->currentData().toInt(); }

void RoutesTab::setYear(int startYear)
{
    if (m_year->findData(startYear) < 0)
        m_year->addItem(PlanText::academicYear(startYear), startYear);
    m_year->setCurrentIndex(m_year->findData(startYear));
}

void RoutesTab::reload() { readLines(RecordView::currentId(m_view)); }

bool RoutesTab::isLoading() const { return m_reader->isRunning(); }

void RoutesTab::readLines(qint64 select, const QString &note)
{
    m_loader->markLoaded();
    m_reader->cancel(); // lines still being read answer an older question
    const int startYear = year();
    const QDate today = m_ctx.today();
    try {
        if (TeacherRepository(m_ctx.db()).count() < kLoadInBackgroundFrom) {
            showLines(RouteListModel::read(m_ctx.db(), startYear, today), select, note);
            return;
        }
    } catch (const Error &e) {
        W::report(this, false, tr("Individual routes"), e.message(), &m_lastError);
        return;
    }
    m_summary->setText(tr("Reading the routes..."));
    m_reader->run<QList<RouteListModel::Line>>(
        m_ctx.db().connectionSpec(),
        [startYear, today](Database &reader) { return RouteListModel::read(reader, startYear, today); },
        [this, select, note](QList<RouteListModel::Line> lines, const QString &error) {
            if (!error.isEmpty())
                W::report(this, false, tr("Individual routes"), error, &m_lastError);
            else
                showLines(std::move(lines), select, note);
        });
}

void RoutesTab::showLines(QList<RouteListModel::Line> lines, qint64 select, const QString &note)
{
    m_model->setLines(std::move(lines));
    int done = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const RouteListModel::Line *line = m_model->lineAt(r);
        done += line->total > 0 && line->done == line->total ? 1 : 0;
    }
    QString summary = m_model->rowCount() == 0
        ? tr("No route for this year yet. Make one with «New route...», or from the deficit map.")
        : tr("%n route(s), %1 fully done.", nullptr, m_model->rowCount()).arg(done);
    if (!note.isEmpty())
        summary += QStringLiteral(" ") + note;
    m_summary->setText(summary);
    RecordView::selectId(m_view, select);
    emit loaded();
}

void RoutesTab::newRoute()
{
    TeacherPickerDialog picker(m_ctx, this);
    if (picker.exec() != QDialog::Accepted || picker.chosen().isEmpty())
        return;
    openRoute(picker.chosen().constFirst());
}

void RoutesTab::editRoute()
{
    const qint64 routeId = RecordView::currentId(m_view);
    const int row = m_model->rowOf(routeId);
    if (row >= 0)
        openRoute(m_model->lineAt(row)->teacherId);
}

void RoutesTab::openRoute(qint64 teacherId)
{
    m_loader->ensureLoaded();
    std::optional<IndividualRoute> stored;
    IndividualRoute route;
    QMap<CompetencyArea, AreaScore> latest;
    QString name;
    try {
        stored = RouteRepository(m_ctx.db()).find(teacherId, year());
        const QList<DiagnosisResult> results = DiagnosisRepository(m_ctx.db()).resultsOf(teacherId);
        latest = DeficitRules::latestScores(results);
        name = TeacherRepository(m_ctx.db()).nameOf(teacherId);
        if (stored) {
            route = *stored;
        } else {
            route = RouteRules::newRoute(teacherId, year(), results, SettingsRepository(m_ctx.db()).deficitThresholds());
        }
    } catch (const Error &e) {
        W::report(this, false, tr("Individual routes"), e.message(), &m_lastError);
        return;
    }
    if (!stored && !m_ctx.mayEdit(UserAccess::Area::Diagnostics))
        return; // a route proposed for writing: nothing for a reader to see
    qint64 savedId = 0;
    RouteDialog dialog(
        m_ctx,
        [this, stored, &savedId](const IndividualRoute &r) {
            QString error;
            RouteEditing::save(m_ctx, stored, r, &error, &savedId);
            return error;
        },
        this);
    dialog.setRoute(route, name, latest);
    if (EditAccess::viewOnly(m_ctx, UserAccess::Area::Diagnostics, &dialog))
        return; // the role reads it
    if (dialog.exec() != QDialog::Accepted)
        return;
    readLines(savedId);
}

void RoutesTab::print(bool toFile)
{
    const int row = m_model->rowOf(RecordView::currentId(m_view));
    if (row < 0) {
        W::report(this, false, tr("Individual routes"), tr("Choose the route to print."), &m_lastError);
        return;
    }
    RouteDocumentData data;
    try {
        data = DiagnosisReports::routeData(m_ctx.db(), m_model->lineAt(row)->teacherId, year(), m_ctx.today());
    } catch (const Error &e) {
        W::report(this, false, tr("Individual routes"), e.message(), &m_lastError);
        return;
    }
    const DocumentOutput::Builder build = [data] { return RouteDocument::build(data); };
    const QString title = RouteDocument::title() + QStringLiteral(" ") + m_model->lineAt(row)->teacher;
    DocumentOutput::output(this, title, build, toFile);
}

void RoutesTab::groupRoute()
{
    m_loader->ensureLoaded();
    GroupRouteDialog dialog(m_ctx, year(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const GroupRouteOutcome &o = dialog.outcome();
    readLines(RecordView::currentId(m_view), tr("Group route: %1 made, %2 extended, %3 had it already.")
                                                 .arg(o.created)
                                                 .arg(o.extended)
                                                 .arg(o.unchanged));
}

void RoutesTab::deleteRoute()
{
    const qint64 routeId = RecordView::currentId(m_view);
    const int row = m_model->rowOf(routeId);
    if (row < 0)
        return;
    const RouteListModel::Line line = *m_model->lineAt(row);
    if (QMessageBox::question(this, tr("Delete route"),
                              tr("Delete the route of %1 for %2? Edit → Undo brings it back.")
                                  .arg(line.teacher, m_year->currentText()))
        != QMessageBox::Yes)
        return;
    QString error;
    W::report(this, RouteEditing::remove(m_ctx, routeId, &error), tr("Delete route"), error, &m_lastError);
}

} // namespace profrost
