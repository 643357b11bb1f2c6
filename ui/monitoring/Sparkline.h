#pragma once

#include <QWidget>

#include <optional>

namespace profrost {

// A card's small trend: the values of the last five academic years as a
// line with dots, the last one bold, and the target as a dashed line. A
// gap where there was no data.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    // `maximum` scales the height (100 for a share); `target` absent: none drawn.
    void setPoints(QList<std::optional<double>> points, double maximum, std::optional<double> target);
    const QList<std::optional<double>> &points() const { return m_points; }
    QSize sizeHint() const override { return {84, 34}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::optional<double>> m_points;
    double m_maximum = 100;
    std::optional<double> m_target;
};

} // namespace profrost
