#pragma once

#include "monitoring/DashboardData.h"

#include <QWidget>
#include <functional>
#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;

namespace profrost {

class AppContext;
class BackgroundRead;
class DateLineEdit;
class DeferredLoad;
class CriteriaView;
class DeficitHeatMap;
class IndicatorCard;

// The program's start page (issue «Monitoring»): a card per indicator at
// the chosen date, for the whole registry or one municipality or
// organisation, each with its trend over five academic years; the chosen
// indicator by organisation as bars, worst first, and its trend as a line;
// the deficit map of the scope, its teachers by category as a pie, and (with
// several municipalities) the municipalities side by side. A card, a bar, a
// slice or a cell opens the teachers behind its figure; every chart is
// copied or saved as PNG or SVG (ChartExport). Read on a worker thread: the
// first frame comes at once, the figures when computed.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    using OpenTeacher = std::function<void(qint64 teacherId)>;
    DashboardPage(AppContext &ctx, OpenTeacher openTeacher, QWidget *parent = nullptr);

    void reload();
    QDate day() const;
    void setDay(QDate day);
    bool isLoading() const;
    // The scope: 0 the whole, 1 an organisation, 2 a municipality.
    void setScope(int kind, qint64 id);
    void chooseIndicator(IndicatorId id);
    IndicatorId chosen() const { return m_chosen; }
    // The people behind the chosen scope's figure (a card's click).
    void showPeople(IndicatorId id);
    // The people behind an organisation's bar of the chosen indicator.
    void showPeopleOf(qint64 organisationId);
    // The teachers of the scope in a category group (a slice's click).
    void showCategory(CategoryGroup group);
    // The people behind a municipality's bar of an indicator.
    void showMunicipality(qint64 municipalityId, IndicatorId id);
    // The people behind indicator `id` on the part `partId` of `parts`.
    void showPart(const QList<IndicatorPart> &parts, qint64 partId, IndicatorId id);
    // The teachers with a deficit behind a cell of the deficit map (its model's row and column).
    void showDeficitCell(int row, int column);
    // The scope's teachers by category group, as the pie shows them.
    QMap<CategoryGroup, QList<qint64>> categoryCounts() const;
    // «Аналитическая справка» on the page's day (documents/MonitoringReports): preview or a PDF / ODT file.
    void printReport(bool toFile);
    // The recommendations of the monitoring on the page's day (RecommendationsDialog).
    void editRecommendations();

    IndicatorCard *card(IndicatorId id) const;
    QLabel *summary() const { return m_summary; }
    QComboBox *scope() const { return m_scope; }
    QChartView *chart() const { return m_chart; }
    QChartView *trendChart() const { return m_trendChart; }
    QTabWidget *charts() const { return m_charts; }
    DeficitHeatMap *deficitMap() const { return m_deficits; }
    QChartView *categoriesChart() const { return m_categoriesChart; }
    QChartView *municipalitiesChart() const { return m_municipalitiesChart; }
    CriteriaView *criteria() const { return m_criteria; }
    // Shown only when the database holds more than one municipality.
    bool showsMunicipalities() const;
    // The organisations of the bars, top to bottom.
    QList<qint64> barOrganisations() const { return m_barOrganisations; }
    const DashboardData *data() const { return m_data.get(); }
    QString lastError() const { return m_lastError; }

private:
    void display(DashboardData data);
    void refresh();
    void fillScopes();
    void drawChart();
    void drawTrend();
    void drawScopeCharts();
    QString scopeName() const;
    std::pair<int, qint64> scopeKey() const;

    AppContext &m_ctx;
    OpenTeacher m_openTeacher;
    DateLineEdit *m_day;
    QComboBox *m_scope;
    QLabel *m_summary;
    QList<IndicatorCard *> m_cards;
    QChartView *m_chart;
    QChartView *m_trendChart;
    QTabWidget *m_charts;
    DeficitHeatMap *m_deficits;
    QChartView *m_categoriesChart;
    QChartView *m_municipalitiesChart;
    CriteriaView *m_criteria;
    BackgroundRead *m_reader;
    BackgroundRead *m_reportReader;
    QToolButton *m_reportButton = nullptr;
    DeferredLoad *m_loader;
    std::shared_ptr<const DashboardData> m_data;
    IndicatorId m_chosen = IndicatorId::I1;
    QList<qint64> m_barOrganisations;
    QString m_lastError;
};

} // namespace profrost
