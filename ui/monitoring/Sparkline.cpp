#include "monitoring/Sparkline.h"

#include "common/StatusPalette.h"

#include <QPainter>
#include <QPainterPath>

namespace profrost {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    // The value beside it keeps its width; the line takes what is left.
    setMinimumSize(28, 28);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setPoints(QList<std::optional<double>> points, double maximum, std::optional<double> target)
{
    m_points = std::move(points);
    m_maximum = maximum > 0 ? maximum : 1;
    m_target = target;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_points.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const auto at = [&](int i, double v) {
        const double x = area.left() + area.width() * i / double(m_points.size() - 1);
        const double y = area.bottom() - area.height() * std::clamp(v / m_maximum, 0.0, 1.0);
        return QPointF(x, y);
    };
    if (m_target) {
        p.setPen(QPen(StatusPalette::mutedText(), 1, Qt::DashLine));
        const double y = at(0, *m_target).y();
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    p.setPen(QPen(StatusPalette::chartBar(), 1.6));
    QPainterPath path;
    bool open = false;
    for (int i = 0; i < m_points.size(); ++i) {
        if (!m_points[i]) {
            open = false; // a gap: no data that year
            continue;
        }
        const QPointF point = at(i, *m_points[i]);
        if (open)
            path.lineTo(point);
        else
            path.moveTo(point);
        open = true;
    }
    p.drawPath(path);
    p.setBrush(StatusPalette::chartBar());
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_points[i])
            p.drawEllipse(at(i, *m_points[i]), i == m_points.size() - 1 ? 3.0 : 1.8, i == m_points.size() - 1 ? 3.0 : 1.8);
    }
}

} // namespace profrost
