#include "common/PlanGraphTab.h"

#include "common/DeferredLoad.h"
#include "common/HeaderFit.h"
#include "common/PlanGraphLoadModel.h"
#include "common/PlanGraphModel.h"
#include "common/PlanGraphProxy.h"
#include "common/SavedPlan.h"
#include "common/StatusPalette.h"
#include "shell/AppContext.h"
#include "store/TeacherRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace profrost {

PlanGraphTab::PlanGraphTab(AppContext &ctx, PlanGraphModel *model, PlanGraphProxy *proxy, Kind kind, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_year(new QComboBox(this)),
      m_state(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_kind(std::move(kind)),
      m_model(model),
      m_proxy(proxy),
      m_load(new PlanGraphLoadModel(this)),
      m_loadSorted(new QSortFilterProxyModel(this)),
      m_loadView(new QTableView(this)),
      m_reader(new BackgroundRead(this))
{
    m_model->setParent(this);
    m_proxy->setParent(this);
    m_proxy->setPlanModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);

    // The years offered: from last year's plan to one starting `startsAhead` years on.
    const int thisYear = m_ctx.today().year();
    for (int y = thisYear - 1; y <= thisYear + m_kind.startsAhead; ++y)
        m_year->addItem(yearsText(y), y);
    m_state->setWordWrap(true); // the long state wraps instead of widening the window
    m_state->setMinimumWidth(160);
    m_filter->setPlaceholderText(tr("Find: name, organisation, position"));
    m_filter->setClearButtonEnabled(true);

    // Shortcuts work while the tab has the focus.
    m_saveAction = new QAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save plan"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });

    // The load per organisation: sorted by a click on a column, read only.
    m_loadSorted->setSourceModel(m_load);
    m_loadView->setModel(m_loadSorted);
    m_loadView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_loadView->verticalHeader()->hide();
    m_loadView->setAlternatingRowColors(true);
    m_loadView->setSortingEnabled(true);
    m_loadView->sortByColumn(0, Qt::AscendingOrder); // by organisation until a column is clicked
    connect(m_load, &QAbstractItemModel::modelReset, this, [this] {
        m_loadView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < m_load->columnCount(); ++c)
            m_loadView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        // The stretched «Организация» keeps at least its title's width: the
        // panel is no narrower than that and the counts beside it.
        const QHeaderView *header = m_loadView->horizontalHeader();
        int width = 2 * m_loadView->frameWidth() + m_loadView->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
            + HeaderFit::titleWidth(header, 0);
        for (int c = 1; c < m_load->columnCount(); ++c)
            width += header->sectionSizeHint(c); // a year or «Всего»: wider than its counts
        m_loadView->setMinimumWidth(width);
    });

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PlanGraphProxy::setFilterText);
    connect(m_model, &PlanGraphModel::edited, this, [this] {
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

    // Next year's plan is the one usually being made.
    const int first = QSettings().value(m_kind.yearKey, thisYear + 1).toInt();
    m_year->setCurrentIndex(std::max(0, m_year->findData(first)));
}

PlanGraphTab::~PlanGraphTab() = default; // m_reader waits for its worker

QSplitter *PlanGraphTab::layOut(const QList<QWidget *> &tools, const QList<QWidget *> &filters, QWidget *side,
                                const QList<int> &sizes)
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plan-graph for"), this));
    top->addWidget(m_year);
    top->addStretch(1);
    for (QWidget *w : tools)
        top->addWidget(w);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    for (QWidget *w : filters)
        filterRow->addWidget(w);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes(sizes);

    // The state has a line of its own under the tools: wrapped beside them
    // at 1366 px it took three lines and made the tool row jump in height.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    return splitter;
}

QWidget *PlanGraphTab::sidePanel(const QList<QWidget *> &above)
{
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : above)
        sideLayout->addWidget(w);
    sideLayout->addWidget(new QLabel(tr("<b>Per organisation</b>"), side));
    sideLayout->addWidget(m_loadView, 1);
    return side;
}

QString PlanGraphTab::yearsText(int firstYear) const
{
    return tr("%1–%2").arg(firstYear).arg(firstYear + m_kind.years - 1);
}

QString PlanGraphTab::shownYearsText() const { return m_year->currentText(); }

bool PlanGraphTab::isLoading() const { return m_reader->isRunning(); }

int PlanGraphTab::firstYear() const { return m_shownYear != 0 ? m_shownYear : m_year->currentData().toInt(); }

void PlanGraphTab::ensureLoaded() { m_loader->ensureLoaded(); }

bool PlanGraphTab::showYear(int firstYear)
{
    if (firstYear == m_shownYear && !m_loader->isPending())
        return true;
    if (!confirmDiscard())
        return false;
    if (m_year->findData(firstYear) < 0)
        m_year->addItem(yearsText(firstYear), firstYear);
    {
        const QSignalBlocker block(m_year);
        m_year->setCurrentIndex(m_year->findData(firstYear));
    }
    QSettings().setValue(m_kind.yearKey, firstYear);
    load(firstYear);
    return true;
}

int PlanGraphTab::startRead()
{
    m_loader->markLoaded(); // no second load when shown later
    m_reader->cancel(); // a plan still being read is not the one asked for now
    try {
        return TeacherRepository(m_ctx.db()).count();
    } catch (const Error &e) {
        QMessageBox::warning(this, m_kind.title, e.message());
        return -1;
    }
}

void PlanGraphTab::readHere(const std::function<void()> &read)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        read();
    } catch (const Error &e) {
        QMessageBox::warning(this, m_kind.title, e.message());
    }
    QApplication::restoreOverrideCursor();
}

void PlanGraphTab::waitForRead(int count)
{
    m_view->setEnabled(false); // the rows shown belong to the plan being replaced
    m_state->setText(tr("Reading the plan of %n teacher(s)...", nullptr, count));
}

bool PlanGraphTab::readDone(const QString &error)
{
    m_view->setEnabled(true);
    if (error.isEmpty())
        return true;
    QMessageBox::warning(this, m_kind.title, error);
    return false;
}

Database &PlanGraphTab::dbForReading() const { return m_ctx.db(); }

const ConnectionSpec &PlanGraphTab::connection() const { return m_ctx.db().connectionSpec(); }

void PlanGraphTab::planShown(int firstYear, bool saved, int version)
{
    m_saved = saved;
    m_readVersion = version;
    m_shownYear = firstYear;
    setModified(false);
    updateCounts();
    emit loaded();
}

bool PlanGraphTab::confirmDiscard()
{
    if (!m_modified)
        return true;
    const auto answer = askAboutUnsavedChanges(this, m_kind.title, discardQuestion().arg(m_year->currentText()));
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    setModified(false);
    return true;
}

bool PlanGraphTab::save()
{
    // Clean before the push: the push tells the views, which reload when clean.
    const bool wasModified = m_modified;
    m_modified = false;
    if (!savePlan()) {
        m_modified = wasModified;
        return false;
    }
    m_saved = true;
    setModified(false);
    return true;
}

void PlanGraphTab::setModified(bool modified)
{
    m_modified = modified;
    m_saveAction->setEnabled(modified || !m_saved);
    updateState();
}

void PlanGraphTab::updateState()
{
    if (m_modified)
        m_state->setText(StatusPalette::boldHtml(StatusPalette::pending(), tr("Changes not saved").toHtmlEscaped()));
    else
        m_state->setText(m_saved ? tr("Saved plan") : proposalText());
}

} // namespace profrost
