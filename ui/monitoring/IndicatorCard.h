#pragma once

#include "indicators/Indicator.h"
#include "indicators/IndicatorForecast.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace profrost {

class Sparkline;

// One indicator on the dashboard: its id and title, the value against the
// target, the count behind a share, coloured by status (green met, red not
// met, grey informative or no data). A click (or Enter when focused) asks
// for the people behind it.
class IndicatorCard : public QFrame
{
    Q_OBJECT
public:
    explicit IndicatorCard(IndicatorId id, QWidget *parent = nullptr);
    IndicatorId id() const { return m_id; }
    void setValue(const IndicatorValue &v);
    // The trend of the last five academic years (IndicatorTrend::dates), the day last.
    void setTrend(const QList<std::optional<IndicatorValue>> &trend);
    // One short line «forecast for 31.08.2027: 92.0 %», coloured by whether
    // the forecast meets the target; hidden when there is none (no plan).
    void setForecast(const std::optional<ForecastPoint> &forecast);
    Sparkline *sparkline() const { return m_sparkline; }
    void setSelected(bool selected);
    QString valueText() const;
    QString detailText() const;
    QString forecastText() const; // empty when hidden


signals:
    void clicked(IndicatorId id);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void restyle();

    IndicatorId m_id;
    IndicatorStatus m_status = IndicatorStatus::NoData;
    bool m_selected = false;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_forecast;
    Sparkline *m_sparkline;
};

} // namespace profrost
