#include "monitoring/DashboardPage.h"

#include "associations/AssociationWidgets.h"
#include "common/BackgroundRead.h"
#include "common/ChartExport.h"
#include "common/DateLineEdit.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "documents/MonitoringReportDocument.h"
#include "documents/MonitoringReports.h"
#include "common/StatusPalette.h"
#include "diagnostics/DeficitMapModel.h"
#include "monitoring/CriteriaView.h"
#include "monitoring/DashboardCharts.h"
#include "monitoring/DeficitHeatMap.h"
#include "monitoring/IndicatorCard.h"
#include "monitoring/IndicatorPeopleDialog.h"
#include "monitoring/RecommendationsDialog.h"
#include "shell/AppContext.h"
#include "util/Error.h"

#include "indicators/IndicatorTrend.h"

#include <QLocale>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QTabWidget>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTextDocument>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace profrost {

using W = AssociationWidgets;

namespace {

constexpr int kBars = 12;     // the worst organisations the chart shows
constexpr int kColumns = 6;   // cards in a row: two rows fit 1366×768

// Worse first: the lowest share, or the highest count of what is to be zero (I9) or watched (I10).
bool higherIsWorse(IndicatorId id) { return id == IndicatorId::I9 || id == IndicatorId::I10; }

} // namespace

DashboardPage::DashboardPage(AppContext &ctx, OpenTeacher openTeacher, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_openTeacher(std::move(openTeacher)),
      m_day(new DateLineEdit(this)),
      m_scope(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_chart(new QChartView(this)),
      m_trendChart(new QChartView(this)),
      m_charts(new QTabWidget(this)),
      m_deficits(new DeficitHeatMap(this)),
      m_categoriesChart(new QChartView(this)),
      m_municipalitiesChart(new QChartView(this)),
      m_criteria(new CriteriaView(this)),
      m_reader(new BackgroundRead(this)),
      m_reportReader(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_day->setObjectName(QStringLiteral("dashboardDay"));
    m_day->setDate(ctx.today());
    m_day->setToolTip(tr("The indicators are computed on this day (the window is the 3 years up to it)."));
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_scope->setMinimumContentsLength(24);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("dashboardChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_trendChart->setObjectName(QStringLiteral("dashboardTrend"));
    m_trendChart->setRenderHint(QPainter::Antialiasing);
    m_charts->setObjectName(QStringLiteral("dashboardCharts"));
    m_charts->addTab(m_chart, tr("By &organisation"));
    m_charts->addTab(m_trendChart, tr("T&rend"));
    m_categoriesChart->setObjectName(QStringLiteral("dashboardCategories"));
    m_categoriesChart->setRenderHint(QPainter::Antialiasing);
    m_municipalitiesChart->setObjectName(QStringLiteral("dashboardMunicipalities"));
    m_municipalitiesChart->setRenderHint(QPainter::Antialiasing);
    m_charts->addTab(m_deficits, tr("De&ficits"));
    m_charts->addTab(m_categoriesChart, tr("Cate&gories"));
    m_charts->addTab(m_municipalitiesChart, tr("By &municipality"));
    m_charts->addTab(m_criteria, tr("Cr&iteria"));
    m_charts->setTabVisible(m_charts->indexOf(m_municipalitiesChart), false); // until two are read
    m_charts->setTabToolTip(m_charts->indexOf(m_deficits),
                            tr("The deficit map of the diagnostics taken in the 3 years up to the day"));
    m_charts->setTabToolTip(m_charts->indexOf(m_categoriesChart),
                            tr("The active teachers by the qualification category they hold on the day"));
    m_charts->setTabToolTip(m_charts->indexOf(m_municipalitiesChart),
                            tr("The main indicators of each municipality side by side"));
    m_charts->setTabToolTip(m_charts->indexOf(m_criteria),
                            tr("The five regional criteria of methodical work, of the whole database"));
    connect(m_deficits, &DeficitHeatMap::cellClicked, this, &DashboardPage::showDeficitCell);
    // Every chart to the clipboard or a file: its context menu, and a button over the tabs for the one shown.
    ChartExport::install(m_chart);
    ChartExport::install(m_trendChart);
    ChartExport::install(m_deficits, [this] {
        return tr("Deficit map %1 %2")
            .arg(scopeName(), m_data ? m_data->at.toString(QStringLiteral("dd.MM.yyyy")) : QString());
    });
    ChartExport::install(m_categoriesChart);
    ChartExport::install(m_municipalitiesChart);
    auto *exportButton = new QToolButton(m_charts);
    exportButton->setObjectName(QStringLiteral("exportChartButton"));
    exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    exportButton->setText(tr("Chart"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setAutoRaise(true);
    exportButton->setToolTip(tr("Copy the chart shown or save it as PNG or SVG"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    ChartExport::fillMenu(exportMenu, [this] { return m_charts->currentWidget(); });
    exportButton->setMenu(exportMenu);
    m_charts->setCornerWidget(exportButton, Qt::TopRightCorner);
    m_charts->setCurrentIndex(QSettings().value(QStringLiteral("dashboard/chart"), 0).toInt());
    connect(m_charts, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("dashboard/chart"), index); });
    if (const int saved = QSettings().value(QStringLiteral("dashboard/indicator"), -1).toInt();
        saved >= 0 && saved <= int(IndicatorId::I10))
        m_chosen = IndicatorId(saved);

    auto *top = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("Indicators &on:"), this);
    dayLabel->setBuddy(m_day);
    auto *scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scope);
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    top->addStretch(1);
    QToolButton *report = W::printButton(tr("Analytic report"), this, [this](bool toFile) { printReport(toFile); });
    report->setObjectName(QStringLiteral("printMonitoringReportButton"));
    m_reportButton = report;
    report->setToolTip(tr("«Аналитическая справка по итогам мониторинга» on this day: the indicators, the "
                          "breakdown, the recommendations, the overdue and expiring lists"));
    auto *decisions = W::button(QStringLiteral(":/icons/edit.svg"), tr("Recommendations..."),
                                tr("To whom, what, by when: the management decisions of the monitoring, "
                                   "checked at the next"),
                                this);
    decisions->setObjectName(QStringLiteral("recommendationsButton"));
    connect(decisions, &QPushButton::clicked, this, &DashboardPage::editRecommendations);
    top->addWidget(decisions);
    top->addWidget(report);

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    const QList<IndicatorId> ids = IndicatorText::all();
    for (int i = 0; i < ids.size(); ++i) {
        auto *card = new IndicatorCard(ids[i], this);
        connect(card, &IndicatorCard::clicked, this, [this](IndicatorId id) {
            chooseIndicator(id);
            showPeople(id);
        });
        grid->addWidget(card, i / kColumns, i % kColumns);
        m_cards << card;
    }
    for (int c = 0; c < kColumns; ++c)
        grid->setColumnStretch(c, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary); // a line of its own: the top row fits 1280 pixels in Russian
    layout->addLayout(grid);
    layout->addWidget(m_charts, 1);

    connect(m_day, &QLineEdit::editingFinished, this, [this] {
        if (day().isValid() && (!m_data || m_data->at != day()))
            reload();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

QDate DashboardPage::day() const { return m_day->date(); }

void DashboardPage::setDay(QDate day)
{
    m_day->setDate(day);
    reload();
}

bool DashboardPage::isLoading() const { return m_reader->isRunning(); }

IndicatorCard *DashboardPage::card(IndicatorId id) const
{
    for (IndicatorCard *c : m_cards) {
        if (c->id() == id)
            return c;
    }
    return nullptr;
}

void DashboardPage::reload()
{
    m_loader->markLoaded();
    const QDate on = day().isValid() ? day() : m_ctx.today();
    m_summary->setText(tr("Computing the indicators on %1...").arg(on.toString(QStringLiteral("dd.MM.yyyy"))));
    m_reader->run<DashboardData>(
        m_ctx.db().connectionSpec(), [on](Database &reader) { return DashboardData::read(reader, on); },
        [this](DashboardData data, const QString &error) {
            if (!error.isEmpty()) {
                m_summary->setText(QString());
                W::report(this, false, tr("Monitoring"), error, &m_lastError);
                return;
            }
            display(std::move(data));
        });
}

void DashboardPage::display(DashboardData data)
{
    m_data = std::make_shared<const DashboardData>(std::move(data));
    fillScopes();
    refresh();
}

void DashboardPage::fillScopes()
{
    // The scopes of the new data, the chosen one kept when it is still there.
    const QVariant keep = m_scope->currentData();
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("All organisations"), QVariantList{0, 0});
    if (m_data->municipalities.size() > 1) {
        QList<IndicatorPart> byName = m_data->municipalities;
        std::sort(byName.begin(), byName.end(), [](const IndicatorPart &a, const IndicatorPart &b) { return a.name < b.name; });
        for (const IndicatorPart &p : byName)
            m_scope->addItem(tr("Municipality: %1").arg(p.name), QVariantList{2, p.id});
    }
    QList<IndicatorPart> byName = m_data->organisations;
    std::sort(byName.begin(), byName.end(), [](const IndicatorPart &a, const IndicatorPart &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const IndicatorPart &p : byName)
        m_scope->addItem(p.name, QVariantList{1, p.id});
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(keep)));
}

void DashboardPage::setScope(int kind, qint64 id)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(QVariantList{kind, id})));
}

QString DashboardPage::scopeName() const { return m_scope->currentText(); }

void DashboardPage::refresh()
{
    if (!m_data)
        return;
    const QVariantList scope = m_scope->currentData().toList();
    const QList<IndicatorValue> values = m_data->valuesOf(scope.value(0).toInt(), scope.value(1).toLongLong());
    int met = 0, judged = 0, noData = 0;
    for (const IndicatorValue &v : values) {
        if (IndicatorCard *c = card(v.id)) {
            c->setValue(v);
            c->setTrend(m_data->trendOf(v.id, scope.value(0).toInt(), scope.value(1).toLongLong()));
            c->setForecast(m_data->forecastOf(v.id, scope.value(0).toInt()));
        }
        met += v.status == IndicatorStatus::Met ? 1 : 0;
        judged += v.status == IndicatorStatus::Met || v.status == IndicatorStatus::NotMet ? 1 : 0;
        noData += v.status == IndicatorStatus::NoData ? 1 : 0;
    }
    m_criteria->setCriteria(m_data->criteria);
    m_charts->setTabToolTip(m_charts->indexOf(m_criteria), m_criteria->summary());
    QString text = tr("On %1: %2 of %3 targets met").arg(m_data->at.toString(QStringLiteral("dd.MM.yyyy"))).arg(met).arg(judged);
    if (noData > 0)
        text += QStringLiteral("; ") + tr("%n indicator(s) without data", nullptr, noData);
    m_summary->setText(text + u'.');
    for (IndicatorCard *c : std::as_const(m_cards))
        c->setSelected(c->id() == m_chosen);
    drawChart();
    drawTrend();
    drawScopeCharts();
}

std::pair<int, qint64> DashboardPage::scopeKey() const
{
    const QVariantList scope = m_scope->currentData().toList();
    return {scope.value(0).toInt(), scope.value(1).toLongLong()};
}

bool DashboardPage::showsMunicipalities() const { return m_data && m_data->municipalities.size() > 1; }

QMap<CategoryGroup, QList<qint64>> DashboardPage::categoryCounts() const
{
    if (!m_data)
        return {};
    const auto [kind, id] = scopeKey();
    const DashboardData &data = *m_data;
    return CategoryCounts::count(data.categories, [&data, kind = kind, id = id](const CategoryHolder &h) {
        return data.inScope(kind, id, h.organisationId);
    });
}

void DashboardPage::drawScopeCharts()
{
    if (!m_data)
        return;
    const auto [kind, id] = scopeKey();
    m_deficits->setData(m_data->deficits, m_data->at, kind, id, int(m_data->municipalities.size()),
                        m_data->municipalityOf);
    QChart *old = m_categoriesChart->chart();
    m_categoriesChart->setChart(DashboardCharts::categories(categoryCounts(), scopeName(), m_data->at,
                                                            [this](CategoryGroup g) { showCategory(g); }));
    delete old;
    const int tab = m_charts->indexOf(m_municipalitiesChart);
    m_charts->setTabVisible(tab, showsMunicipalities());
    if (!showsMunicipalities() && m_charts->currentIndex() == tab)
        m_charts->setCurrentIndex(0); // the tab saved last is not there in this database
    old = m_municipalitiesChart->chart();
    m_municipalitiesChart->setChart(showsMunicipalities()
                                        ? DashboardCharts::municipalities(m_data->municipalities, m_data->at,
                                                                          [this](qint64 m, IndicatorId i) {
                                                                              showMunicipality(m, i);
                                                                          })
                                        : new QChart);
    delete old;
}

void DashboardPage::showCategory(CategoryGroup group)
{
    if (!m_data)
        return;
    const QMap<CategoryGroup, QList<qint64>> counts = categoryCounts();
    qsizetype total = 0;
    for (const QList<qint64> &ids : counts)
        total += ids.size();
    const std::shared_ptr<const DashboardData> keep = m_data; // alive while the dialog shows it
    IndicatorPeopleDialog dialog(
        CategoryCounts::displayName(group),
        tr("<b>%1</b> on %2, %3").arg(DashboardCharts::sliceLabel(group, counts.value(group).size(), total).toHtmlEscaped(),
                                      keep->at.toString(QStringLiteral("dd.MM.yyyy")), scopeName().toHtmlEscaped()),
        counts.value(group), *keep, m_openTeacher, this);
    dialog.exec();
}

void DashboardPage::showMunicipality(qint64 municipalityId, IndicatorId id)
{
    if (m_data)
        showPart(m_data->municipalities, municipalityId, id);
}

void DashboardPage::showPart(const QList<IndicatorPart> &parts, qint64 partId, IndicatorId id)
{
    const int index = int(IndicatorText::all().indexOf(id));
    for (const IndicatorPart &p : parts) {
        if (p.id != partId)
            continue;
        const std::shared_ptr<const DashboardData> keep = m_data; // alive while the dialog shows it
        IndicatorPeopleDialog dialog(p.values.value(index), p.name, *keep, m_openTeacher, this);
        dialog.exec();
        return;
    }
}

void DashboardPage::showDeficitCell(int row, int column)
{
    if (!m_data || row < 0)
        return;
    const std::shared_ptr<const DashboardData> keep = m_data;
    IndicatorPeopleDialog dialog(tr("Deficits"), m_deficits->cellHeading(row, column),
                                 m_deficits->teachersOf(row, column), *keep, m_openTeacher, this);
    dialog.exec();
}

void DashboardPage::chooseIndicator(IndicatorId id)
{
    m_chosen = id;
    QSettings().setValue(QStringLiteral("dashboard/indicator"), int(id));
    for (IndicatorCard *c : std::as_const(m_cards))
        c->setSelected(c->id() == id);
    drawChart();
    drawTrend();
}

void DashboardPage::drawTrend()
{
    auto *chart = new QChart;
    chart->setLocale(QLocale()); // «72,2 %» in Russian: the program's number format
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QVariantList scope = m_scope->currentData().toList();
    const QList<std::optional<IndicatorValue>> points =
        m_data ? m_data->trendOf(m_chosen, scope.value(0).toInt(), scope.value(1).toLongLong())
               : QList<std::optional<IndicatorValue>>();
    chart->setTitle(tr("%1. %2: the last five academic years, %3")
                        .arg(IndicatorText::code(m_chosen), IndicatorText::displayTitle(m_chosen), scopeName()));
    const bool share = IndicatorText::isShare(m_chosen);
    auto *line = new QLineSeries;
    line->setName(IndicatorText::code(m_chosen));
    line->setPointsVisible(true);
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(share ? QStringLiteral("@yPoint %") : QStringLiteral("@yPoint"));
    line->setColor(StatusPalette::chartBar());
    double top = share ? 100 : 1;
    std::optional<double> target;
    for (int i = 0; i < points.size(); ++i) {
        if (!points[i])
            continue; // no data that year: no point
        line->append(i, points[i]->value);
        top = std::max(top, points[i]->value);
        target = points[i]->target;
    }
    chart->addSeries(line);
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (m_data) {
        for (int i = 0; i < m_data->trend.size(); ++i)
            x->append(IndicatorTrend::label(m_data->trend[i].at, m_data->at), i);
    }
    x->setRange(-0.3, std::max(1.0, double(points.size()) - 0.7));
    auto *y = new QValueAxis;
    if (target) {
        top = std::max(top, *target);
        auto *goal = new QLineSeries;
        goal->setName(tr("target"));
        goal->setPen(QPen(StatusPalette::mutedText(), 1.5, Qt::DashLine));
        goal->append(-0.3, *target);
        goal->append(std::max(1.0, double(points.size()) - 0.7), *target);
        chart->addSeries(goal);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        goal->attachAxis(x);
        goal->attachAxis(y);
    } else {
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
    }
    line->attachAxis(x);
    line->attachAxis(y);
    y->setRange(0, share ? 100 : top * 1.15);
    y->setLabelFormat(QStringLiteral("%d"));
    QChart *old = m_trendChart->chart();
    m_trendChart->setChart(chart);
    delete old;
}

void DashboardPage::drawChart()
{
    m_barOrganisations.clear();
    auto *chart = new QChart;
    chart->setLocale(QLocale()); // «72,2 %» in Russian: the program's number format
    chart->setLocalizeNumbers(true);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    const int index = int(IndicatorText::all().indexOf(m_chosen));
    QList<const IndicatorPart *> parts;
    if (m_data) {
        for (const IndicatorPart &p : m_data->organisations) {
            if (p.values.value(index).status != IndicatorStatus::NoData)
                parts << &p;
        }
    }
    const bool worseHigh = higherIsWorse(m_chosen);
    std::stable_sort(parts.begin(), parts.end(), [index, worseHigh](const IndicatorPart *a, const IndicatorPart *b) {
        const double x = a->values[index].value, y = b->values[index].value;
        return worseHigh ? x > y : x < y;
    });
    parts = parts.mid(0, kBars);
    const bool share = IndicatorText::isShare(m_chosen);
    chart->setTitle(parts.isEmpty() ? tr("%1 by organisation: no data").arg(IndicatorText::code(m_chosen))
                                    : tr("%1 by organisation, the %n worst first", nullptr, int(parts.size()))
                                          .arg(IndicatorText::code(m_chosen)));
    if (!parts.isEmpty()) {
        auto *set = new QBarSet(IndicatorText::code(m_chosen));
        set->setColor(StatusPalette::chartBar());
        QStringList names;
        // The axis draws its first category at the bottom: the worst goes last.
        for (qsizetype i = parts.size() - 1; i >= 0; --i) {
            const IndicatorValue &v = parts[i]->values[index];
            *set << v.value;
            names << (share ? tr("%1 (%2 of %3)").arg(parts[i]->name).arg(v.numerator).arg(*v.denominator)
                            : tr("%1 (%2)").arg(parts[i]->name).arg(v.numerator));
            m_barOrganisations.prepend(parts[i]->id);
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(share ? QStringLiteral("@value %") : QStringLiteral("@value"));
        chart->addSeries(series);
        auto *axis = new QBarCategoryAxis;
        axis->append(names);
        // Qt Charts elides a category it measured before the chart had its
        // size, down to «...», and does not measure again: the names are
        // what the chart is read for, so they are never cut.
        axis->setTruncateLabels(false);
        chart->addAxis(axis, Qt::AlignLeft);
        series->attachAxis(axis);
        auto *values = new QValueAxis;
        double top = 0;
        for (const IndicatorPart *p : std::as_const(parts))
            top = std::max(top, p->values[index].value);
        values->setRange(0, share ? 100 : std::max(1.0, top * 1.15));
        if (!share)
            values->applyNiceNumbers(); // whole ticks: 0, 5, 10, 15, 20
        values->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
        const QList<qint64> ids = m_barOrganisations;
        connect(set, &QBarSet::clicked, this, [this, ids](int i) {
            // Bars are drawn bottom-up: the set's index i is the (size - 1 - i)-th from the top.
            const qsizetype fromTop = ids.size() - 1 - i;
            if (fromTop >= 0 && fromTop < ids.size())
                showPeopleOf(ids[fromTop]);
        });
    }
    // setChart() leaves the old chart to us.
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void DashboardPage::editRecommendations()
{
    RecommendationsDialog dialog(m_ctx, day().isValid() ? day() : m_ctx.today(), this);
    dialog.exec();
}

void DashboardPage::printReport(bool toFile)
{
    // The report reads what the indicators read, and more: on a worker, the
    // page alive meanwhile; the button waits for it (one report at a time).
    const QDate on = day().isValid() ? day() : m_ctx.today();
    m_reportButton->setEnabled(false);
    const QString before = m_summary->text();
    m_summary->setText(tr("Preparing the analytic report on %1...").arg(on.toString(QStringLiteral("dd.MM.yyyy"))));
    m_reportReader->run<MonitoringReportData>(
        m_ctx.db().connectionSpec(), [on](Database &reader) { return MonitoringReports::data(reader, on); },
        [this, on, toFile, before](MonitoringReportData data, const QString &error) {
            m_reportButton->setEnabled(true);
            m_summary->setText(before);
            if (!error.isEmpty()) {
                W::report(this, false, tr("Monitoring"), error, &m_lastError);
                return;
            }
            DocumentOutput::output(
                this, MonitoringReportDocument::title(on),
                [data = std::move(data)] { return MonitoringReportDocument::build(data); }, toFile);
        });
}

void DashboardPage::showPeople(IndicatorId id)
{
    if (!m_data)
        return;
    const QVariantList scope = m_scope->currentData().toList();
    for (const IndicatorValue &v : m_data->valuesOf(scope.value(0).toInt(), scope.value(1).toLongLong())) {
        if (v.id != id)
            continue;
        const std::shared_ptr<const DashboardData> keep = m_data; // alive while the dialog shows it
        IndicatorPeopleDialog dialog(v, scopeName(), *keep, m_openTeacher, this);
        dialog.exec();
        return;
    }
}

void DashboardPage::showPeopleOf(qint64 organisationId)
{
    if (m_data)
        showPart(m_data->organisations, organisationId, m_chosen);
}

} // namespace profrost
