#include "attestation/AttestationPlanTab.h"

#include "attestation/AttestationPlanModel.h"
#include "attestation/AttestationPlanProxy.h"
#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "common/PlanGraphLoadModel.h"
#include "common/SavedPlan.h"
#include "common/StatusPalette.h"
#include "documents/AttestationPlanDocument.h"
#include "documents/AttestationReports.h"
#include "documents/AttestationScheduleDocument.h"
#include "shell/AppContext.h"
#include "store/AttestationPlanRepository.h"
#include "store/RecordComparison.h"
#include "store/Database.h"

#include <QLocale>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>

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
    : PlanGraphTab(ctx, new AttestationPlanModel, new AttestationPlanProxy,
                   {QStringLiteral("attestation/planYear"), AttestationPlan::kYears, 2, tr("Attestation plan-graph")},
                   parent),
      m_viewYear(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_chart(new QChartView(this)),
      m_bars(new QBarSet(tr("Teachers")))
{
    setObjectName(QStringLiteral("attestationPlanTab"));
    m_view->setObjectName(QStringLiteral("attestationPlanView"));
    m_viewYear->setObjectName(QStringLiteral("attestationViewYear"));
    m_view->setItemDelegate(new MonthDelegate(model(), m_view));
    m_view->sortByColumn(AttestationPlanModel::AttestColumn, Qt::AscendingOrder);
    const int widths[] = {230, 120, 190, 150, 170, 110, 120};
    for (int i = 0; i < 7; ++i)
        m_view->setColumnWidth(i, widths[i]);

    m_filter->setMinimumWidth(150);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    auto *saveButton = new QToolButton(this);
    saveButton->setDefaultAction(m_saveAction);
    saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    saveButton->setAutoRaise(true);
    saveButton->setObjectName(QStringLiteral("saveAttestationPlan"));
    if (!m_ctx.mayEdit(UserAccess::Area::Attestation))
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Attestation, {m_saveAction, saveButton});

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

    // The commission's load: teachers per month of the year shown.
    auto *series = new QBarSeries;
    series->append(m_bars);
    m_bars->setColor(StatusPalette::chartBar());
    // The number of a month shows on hovering its bar (labels do not fit).
    connect(m_bars, &QBarSet::hovered, this, [this](bool on, int month) {
        m_chart->setToolTip(on ? tr("%1: %n teacher(s)", nullptr, int(m_bars->at(month)))
                                      .arg(AttestationText::monthName(scheduleYear(), month + 1))
                               : QString());
    });
    auto *chart = new QChart;
    chart->setLocale(QLocale()); // «72,2 %» in Russian: the program's number format
    chart->setLocalizeNumbers(true);
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
    // Upright «10», «11», «12» were cut to «…» under bars a narrow panel
    // makes; turned, a label needs only the font's height across.
    months->setLabelsAngle(-90);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    auto *count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(count);
    // setChart() releases the chart QChartView made for itself without
    // deleting it (LeakSanitizer found it left over with each tab).
    QChart *made = m_chart->chart();
    m_chart->setChart(chart);
    delete made;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    // Before the first plan: the columns of the table of organisations.
    organisationLoad()->setLoad({tr("Organisation"), tr("Teachers")}, {});
    QWidget *side =
        sidePanel({m_summary, new QLabel(tr("<b>Load of the commission per month</b>"), this), m_chart});
    layOut({saveButton, output}, {new QLabel(tr("Show"), this), m_viewYear}, side, {880, 400});

    connect(m_viewYear, &QComboBox::currentIndexChanged, this, [this] {
        proxy()->setYear(m_viewYear->currentData().toInt());
        updateCounts();
    });
}

AttestationPlanProxy *AttestationPlanTab::proxy() const { return static_cast<AttestationPlanProxy *>(planProxy()); }

QString AttestationPlanTab::proposalText() const { return tr("Proposal from the categories' expiry, not saved yet"); }

QString AttestationPlanTab::discardQuestion() const
{
    return tr("The attestation plan %1 has changes that are not saved. Save them?");
}

void AttestationPlanTab::setViewYear(int year)
{
    m_viewYear->setCurrentIndex(std::max(0, m_viewYear->findData(year)));
}

void AttestationPlanTab::load(int firstYear)
{
    const QDate at = m_ctx.today();
    struct Read
    {
        AttestationPlanModel::Prepared prepared;
        bool saved = false;
        int version = 0;
    };
    readPlan<Read>(
        [firstYear, at](Database &db) {
            Read r;
            // The version before the lines: a save in between is then a conflict, not a lost edit.
            r.version = AttestationPlanRepository(db).version(firstYear);
            r.saved = AttestationPlanRepository(db).exists(firstYear);
            r.prepared = AttestationPlanModel::prepare(AttestationReports::planData(db, firstYear, at));
            return r;
        },
        [this, firstYear](Read r) { showPlan(std::move(r.prepared), firstYear, r.saved, r.version); });
}

void AttestationPlanTab::showPlan(AttestationPlanModel::Prepared prepared, int firstYear, bool saved, int version)
{
    model()->reset(std::move(prepared));
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
    proxy()->setYear(m_viewYear->currentData().toInt());
    planShown(firstYear, saved, version);
}

bool AttestationPlanTab::savePlan()
{
    return savePlanUndoably<AttestationPlanRepository, AttestationPlanEntry>(
        m_ctx, this, m_shownYear, {model()->entries(), isSaved(), {readVersion()}},
        &RecordComparison::attestationPlans,
        tr("save the attestation plan %1–%2").arg(m_shownYear).arg(m_shownYear + AttestationPlan::kYears - 1),
        tr("Save the plan"));
}

int AttestationPlanTab::scheduleYear() const
{
    const int year = m_viewYear->currentData().toInt();
    return year != 0 ? year : m_shownYear;
}

void AttestationPlanTab::updateCounts()
{
    const int year = m_viewYear->currentData().toInt();
    const QList<int> months = model()->countsByMonth(year != 0 ? year : m_shownYear);
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

    const QMap<QString, int> organisations = model()->countsByOrganisation(year);
    QList<PlanGraphLoadModel::Line> lines;
    lines.reserve(organisations.size());
    int total = 0;
    for (auto it = organisations.cbegin(); it != organisations.cend(); ++it) {
        lines.append({it.key(), {it.value()}, {}});
        total += it.value();
    }
    organisationLoad()->setLoad({tr("Organisation"), tr("Teachers")}, std::move(lines));
    m_summary->setText(tr("%1: <b>%2</b> to be attested; %3 in the whole plan.")
                           .arg(year != 0 ? QString::number(year) : tr("In five years"))
                           .arg(total)
                           .arg(StatusPalette::boldHtml(StatusPalette::lapsed(),
                                                        tr("%1 lapsed").arg(model()->lapsedCount()))));
}

void AttestationPlanTab::print(bool fiveYears, bool toFile)
{
    AttestationDocumentData data = model()->documentData();
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
