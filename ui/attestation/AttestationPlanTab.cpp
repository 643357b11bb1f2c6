#include "attestation/AttestationPlanTab.h"

#include "attestation/AttestationPlanModel.h"
#include "attestation/AttestationPlanProxy.h"
#include "common/BackgroundRead.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/SavedPlan.h"
#include "documents/AttestationPlanDocument.h"
#include "documents/AttestationReports.h"
#include "documents/AttestationScheduleDocument.h"
#include "shell/AppContext.h"
#include "store/AttestationPlanRepository.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QValueAxis>
#include <QVBoxLayout>

namespace profrost {

namespace {

// The month of attestation is chosen among the 60 months of the plan.
class MonthDelegate : public QStyledItemDelegate
{
public:
    MonthDelegate(AttestationPlanModel *model, QObject *parent) : QStyledItemDelegate(parent), m_model(model) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != AttestationPlanModel::AttestColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        const QDate first(m_model->firstYear(), 1, 1);
        for (int i = 0; i < AttestationPlan::kYears * 12; ++i) {
            const QDate month = first.addMonths(i);
            box->addItem(AttestationText::monthName(month.year(), month.month()), month);
        }
        box->setMaxVisibleItems(14);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toDate())));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentData(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    AttestationPlanModel *m_model;
};

} // namespace

AttestationPlanTab::AttestationPlanTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new AttestationPlanModel(this)),
      m_proxy(new AttestationPlanProxy(this)),
      m_year(new QComboBox(this)),
      m_viewYear(new QComboBox(this)),
      m_state(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_summary(new QLabel(this)),
      m_chart(new QChartView(this)),
      m_bars(new QBarSet(tr("Teachers"))),
      m_byOrganisation(new QTableWidget(0, 2, this)),
      m_reader(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("attestationPlanTab"));
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new MonthDelegate(m_model, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AttestationPlanModel::AttestColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {230, 120, 190, 150, 170, 110, 120};
    for (int i = 0; i < 7; ++i)
        m_view->setColumnWidth(i, widths[i]);

    const int thisYear = m_ctx.today().year();
    for (int y = thisYear - 1; y <= thisYear + 2; ++y)
        m_year->addItem(tr("%1–%2").arg(y).arg(y + AttestationPlan::kYears - 1), y);
    m_state->setWordWrap(true);
    m_state->setMinimumWidth(160);
    m_filter->setPlaceholderText(tr("Find: name, organisation, position"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(150);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_saveAction = new QAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save plan"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    auto *saveButton = new QToolButton(this);
    saveButton->setDefaultAction(m_saveAction);
    saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    saveButton->setAutoRaise(true);

    auto *output = new QToolButton(this);
    output->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    output->setText(tr("Print"));
    output->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    output->setPopupMode(QToolButton::InstantPopup);
    output->setAutoRaise(true);
    auto *menu = new QMenu(output);
    menu->addAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("Year schedule: print preview..."), this,
                    [this] { print(false, false); });
    menu->addAction(QIcon(QStringLiteral(":/icons/document.svg")), tr("Year schedule: PDF / ODT..."), this,
                    [this] { print(false, true); });
    menu->addSeparator();
    menu->addAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("5-year plan-graph: print preview..."), this,
                    [this] { print(true, false); });
    menu->addAction(QIcon(QStringLiteral(":/icons/document.svg")), tr("5-year plan-graph: PDF / ODT..."), this,
                    [this] { print(true, true); });
    output->setMenu(menu);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plan-graph for"), this));
    top->addWidget(m_year);
    top->addWidget(m_state, 1);
    top->addWidget(saveButton);
    top->addWidget(output);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(new QLabel(tr("Show"), this));
    filters->addWidget(m_viewYear);

    // The commission's load: teachers per month of the year shown.
    auto *series = new QBarSeries;
    series->append(m_bars);
    m_bars->setColor(QColor(0x2f, 0x6d, 0xb5));
    // The number of a month shows on hovering its bar (labels do not fit).
    connect(m_bars, &QBarSet::hovered, this, [this](bool on, int month) {
        m_chart->setToolTip(on ? tr("%1: %n teacher(s)", nullptr, int(m_bars->at(month)))
                                      .arg(AttestationText::monthName(scheduleYear(), month + 1))
                               : QString());
    });
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto *months = new QBarCategoryAxis;
    // Month numbers: names do not fit twelve bars in the side panel.
    QStringList monthNames;
    for (int m = 1; m <= 12; ++m)
        monthNames << QString::number(m);
    months->append(monthNames);
    QFont small = months->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 2));
    months->setLabelsFont(small);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    auto *count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(count);
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    m_byOrganisation->setHorizontalHeaderLabels({tr("Organisation"), tr("Teachers")});
    m_byOrganisation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_byOrganisation->verticalHeader()->hide();
    m_byOrganisation->setAlternatingRowColors(true);
    m_byOrganisation->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_byOrganisation->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(new QLabel(tr("<b>Load of the commission per month</b>"), side));
    sideLayout->addWidget(m_chart);
    sideLayout->addWidget(new QLabel(tr("<b>Per organisation</b>"), side));
    sideLayout->addWidget(m_byOrganisation, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({880, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AttestationPlanProxy::setFilterText);
    connect(m_viewYear, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setYear(m_viewYear->currentData().toInt());
        updateCounts();
    });
    connect(m_model, &AttestationPlanModel::edited, this, [this] {
        setModified(true);
        updateCounts();
    });
    connect(m_year, &QComboBox::activated, this, [this] {
        if (!showYear(m_year->currentData().toInt())) {
            const QSignalBlocker block(m_year);
            m_year->setCurrentIndex(m_year->findData(m_shownYear));
        }
    });
    m_loader = new DeferredLoad(this, [this] { load(m_year->currentData().toInt()); });
    connect(&m_ctx, &AppContext::registryChanged, this, [this] {
        if (!m_modified) // edits pending are kept; saving writes them
            m_loader->invalidate();
    });

    const int first = QSettings().value(QStringLiteral("attestation/planYear"), thisYear + 1).toInt();
    m_year->setCurrentIndex(std::max(0, m_year->findData(first)));
}

int AttestationPlanTab::firstYear() const
{
    return m_shownYear != 0 ? m_shownYear : m_year->currentData().toInt();
}

void AttestationPlanTab::ensureLoaded() { m_loader->ensureLoaded(); }

bool AttestationPlanTab::showYear(int firstYear)
{
    if (firstYear == m_shownYear && !m_loader->isPending())
        return true;
    if (!confirmDiscard())
        return false;
    if (m_year->findData(firstYear) < 0)
        m_year->addItem(tr("%1–%2").arg(firstYear).arg(firstYear + AttestationPlan::kYears - 1), firstYear);
    {
        const QSignalBlocker block(m_year);
        m_year->setCurrentIndex(m_year->findData(firstYear));
    }
    QSettings().setValue(QStringLiteral("attestation/planYear"), firstYear);
    load(firstYear);
    return true;
}

void AttestationPlanTab::setViewYear(int year)
{
    m_viewYear->setCurrentIndex(std::max(0, m_viewYear->findData(year)));
}

namespace {

// From this many teachers the plan is read on a worker thread (as the
// teachers page and the further-training plan do).
constexpr int kLoadInBackgroundFrom = 3000;

} // namespace

AttestationPlanTab::~AttestationPlanTab() = default; // m_reader waits for its worker

bool AttestationPlanTab::isLoading() const { return m_reader->isRunning(); }

void AttestationPlanTab::load(int firstYear)
{
    m_loader->markLoaded(); // no second load when shown later
    m_reader->cancel(); // a plan still being read is not the one asked for now
    const QDate at = m_ctx.today();
    int count = 0;
    try {
        count = TeacherRepository(m_ctx.db()).count();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Attestation plan-graph"), e.message());
        return;
    }
    if (count < kLoadInBackgroundFrom) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            const bool saved = AttestationPlanRepository(m_ctx.db()).exists(firstYear);
            showPlan(AttestationPlanModel::prepare(AttestationReports::planData(m_ctx.db(), firstYear, at)), firstYear,
                     saved);
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Attestation plan-graph"), e.message());
        }
        QApplication::restoreOverrideCursor();
        return;
    }
    m_view->setEnabled(false); // the rows shown belong to the plan being replaced
    m_state->setText(tr("Reading the plan of %n teacher(s)...", nullptr, count));
    struct Read
    {
        AttestationPlanModel::Prepared prepared;
        bool saved = false;
    };
    m_reader->run<Read>(
        m_ctx.db().connectionSpec(),
        [firstYear, at](Database &reader) {
            Read r;
            r.saved = AttestationPlanRepository(reader).exists(firstYear);
            r.prepared = AttestationPlanModel::prepare(AttestationReports::planData(reader, firstYear, at));
            return r;
        },
        [this, firstYear](Read r, const QString &error) {
            m_view->setEnabled(true);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Attestation plan-graph"), error);
            else
                showPlan(std::move(r.prepared), firstYear, r.saved);
        });
}

void AttestationPlanTab::showPlan(AttestationPlanModel::Prepared prepared, int firstYear, bool saved)
{
    m_model->reset(std::move(prepared));
    m_saved = saved;
    m_shownYear = firstYear;
    const int keep = m_viewYear->currentData().toInt();
    {
        const QSignalBlocker block(m_viewYear);
        m_viewYear->clear();
        m_viewYear->addItem(tr("all five years"), 0);
        for (int y = 0; y < AttestationPlan::kYears; ++y)
            m_viewYear->addItem(QString::number(firstYear + y), firstYear + y);
        const int at = m_viewYear->findData(keep != 0 ? keep : firstYear);
        m_viewYear->setCurrentIndex(std::max(0, at));
    }
    m_proxy->setYear(m_viewYear->currentData().toInt());
    setModified(false);
    updateCounts();
    emit loaded();
}

bool AttestationPlanTab::confirmDiscard()
{
    if (!m_modified)
        return true;
    const auto answer = askAboutUnsavedChanges(
        this, tr("Attestation plan-graph"),
        tr("The attestation plan %1 has changes that are not saved. Save them?").arg(m_year->currentText()));
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    setModified(false);
    return true;
}

bool AttestationPlanTab::save()
{
    // Clean before the push: the push tells the views, which reload when clean.
    const bool wasModified = m_modified;
    m_modified = false;
    if (!savePlanUndoably<AttestationPlanRepository>(
            m_ctx, this, m_shownYear, m_model->entries(),
            tr("save the attestation plan %1–%2").arg(m_shownYear).arg(m_shownYear + AttestationPlan::kYears - 1),
            tr("Save the plan"))) {
        m_modified = wasModified;
        return false;
    }
    m_saved = true;
    setModified(false);
    return true;
}

void AttestationPlanTab::setModified(bool modified)
{
    m_modified = modified;
    m_saveAction->setEnabled(modified || !m_saved);
    if (modified)
        m_state->setText(tr("<b style='color:#e65100'>Changes not saved</b>"));
    else
        m_state->setText(m_saved ? tr("Saved plan") : tr("Proposal from the categories' expiry, not saved yet"));
}

int AttestationPlanTab::scheduleYear() const
{
    const int year = m_viewYear->currentData().toInt();
    return year != 0 ? year : m_shownYear;
}

void AttestationPlanTab::updateCounts()
{
    const int year = m_viewYear->currentData().toInt();
    const QList<int> months = m_model->countsByMonth(year != 0 ? year : m_shownYear);
    if (m_bars->count() > 0)
        m_bars->remove(0, m_bars->count());
    int most = 0;
    for (int n : months) {
        *m_bars << n;
        most = std::max(most, n);
    }
    if (auto *axis = qobject_cast<QValueAxis *>(m_chart->chart()->axes(Qt::Vertical).value(0))) {
        axis->setRange(0, std::max(4, most));
        axis->applyNiceNumbers();
    }
    m_chart->chart()->setTitle(QString::number(year != 0 ? year : m_shownYear));

    const QMap<QString, int> organisations = m_model->countsByOrganisation(year);
    m_byOrganisation->setSortingEnabled(false);
    m_byOrganisation->setRowCount(int(organisations.size()));
    int row = 0;
    int total = 0;
    for (auto it = organisations.cbegin(); it != organisations.cend(); ++it, ++row) {
        m_byOrganisation->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto *n = new QTableWidgetItem;
        n->setData(Qt::DisplayRole, it.value());
        n->setTextAlignment(Qt::AlignCenter);
        m_byOrganisation->setItem(row, 1, n);
        total += it.value();
    }
    m_byOrganisation->setSortingEnabled(true);
    m_summary->setText(tr("%1: <b>%2</b> to be attested; <b style='color:#c62828'>%3 lapsed</b> in the whole plan.")
                           .arg(year != 0 ? QString::number(year) : tr("In five years"))
                           .arg(total)
                           .arg(m_model->lapsedCount()));
}

void AttestationPlanTab::print(bool fiveYears, bool toFile)
{
    AttestationDocumentData data = m_model->documentData();
    QString title;
    DocumentOutput::Builder build;
    if (fiveYears) {
        title = AttestationPlanDocument::title(m_shownYear);
        build = [data] { return AttestationPlanDocument::build(data); };
    } else {
        data.firstYear = scheduleYear(); // the schedule prints the entries of its year
        title = AttestationScheduleDocument::title(data.firstYear);
        build = [data] { return AttestationScheduleDocument::build(data); };
    }
    if (toFile)
        DocumentOutput::saveAs(this, tr("Save the plan-graph"), DocumentOutput::fileName(title, QStringLiteral("pdf")),
                               build);
    else
        DocumentOutput::preview(this, title, build);
}

} // namespace profrost
