#include "monitoring/IndicatorCard.h"

#include "common/StatusPalette.h"
#include "monitoring/Sparkline.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace profrost {

IndicatorCard::IndicatorCard(IndicatorId id, QWidget *parent)
    : QFrame(parent),
      m_id(id),
      m_title(new QLabel(this)),
      m_value(new QLabel(this)),
      m_detail(new QLabel(this)),
      m_forecast(new QLabel(this)),
      m_sparkline(new Sparkline(this))
{
    setObjectName(QStringLiteral("card") + IndicatorText::code(id));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click for the teachers behind the figure"));
    m_title->setText(QStringLiteral("<b>%1</b> %2").arg(IndicatorText::code(id), IndicatorText::displayTitle(id).toHtmlEscaped()));
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(9, 6, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title, 1);
    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(4);
    m_value->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // never cut: «100,0 %» whole
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_sparkline, 1, Qt::AlignBottom);
    layout->addLayout(valueRow);
    layout->addWidget(m_detail);
    m_forecast->setObjectName(QStringLiteral("forecast"));
    m_forecast->setWordWrap(true);
    m_forecast->setToolTip(tr("As if the saved plan-graphs of further training and attestation were carried out"));
    m_forecast->hide();
    layout->addWidget(m_forecast);
    setMinimumSize(130, 118);
    restyle();
}

void IndicatorCard::setValue(const IndicatorValue &v)
{
    m_status = v.status;
    m_value->setText(IndicatorText::valueText(v));
    QStringList detail;
    if (v.isShare() && v.status != IndicatorStatus::NoData)
        detail << tr("%1 of %2").arg(v.numerator).arg(*v.denominator);
    detail << (v.target ? tr("target %1").arg(IndicatorText::targetText(v)) : tr("informative"));
    if (v.status == IndicatorStatus::Met || v.status == IndicatorStatus::NotMet)
        detail << IndicatorText::displayName(v.status);
    m_detail->setText(detail.join(QStringLiteral(" · ")));
    restyle();
    // The figures come from a worker while the page may be on screen: lay the
    // card out now, not at the next turn of the loop, so no value is shown cut.
    layout()->activate();
}

void IndicatorCard::setTrend(const QList<std::optional<IndicatorValue>> &trend)
{
    QList<std::optional<double>> points;
    double maximum = IndicatorText::isShare(m_id) ? 100 : 1;
    std::optional<double> target;
    for (const std::optional<IndicatorValue> &v : trend) {
        points << (v ? std::optional<double>(v->value) : std::nullopt);
        if (v) {
            maximum = std::max(maximum, v->value);
            target = v->target;
        }
    }
    if (target)
        maximum = std::max(maximum, *target);
    m_sparkline->setPoints(points, maximum, target);
    QStringList tip;
    for (const std::optional<IndicatorValue> &v : trend)
        tip << (v ? IndicatorText::valueText(*v) : IndicatorText::displayName(IndicatorStatus::NoData));
    m_sparkline->setToolTip(tr("The last five academic years: %1").arg(tip.join(QStringLiteral(" → "))));
}

void IndicatorCard::setForecast(const std::optional<ForecastPoint> &forecast)
{
    if (!forecast || !forecast->value) {
        m_forecast->clear();
        m_forecast->hide();
        return;
    }
    const IndicatorValue &v = *forecast->value;
    m_forecast->setText(tr("forecast for %1: %2")
                            .arg(forecast->date.toString(QStringLiteral("dd.MM.yyyy")), IndicatorText::valueText(v)));
    QColor colour = StatusPalette::mutedText();
    if (v.status == IndicatorStatus::Met)
        colour = StatusPalette::ok();
    else if (v.status == IndicatorStatus::NotMet)
        colour = StatusPalette::overdue();
    m_forecast->setStyleSheet(StatusPalette::textStyle(colour, false));
    m_forecast->show();
    layout()->activate();
}

QString IndicatorCard::forecastText() const { return m_forecast->isHidden() ? QString() : m_forecast->text(); }

QString IndicatorCard::valueText() const { return m_value->text(); }
QString IndicatorCard::detailText() const { return m_detail->text(); }

void IndicatorCard::setSelected(bool selected)
{
    m_selected = selected;
    restyle();
}

void IndicatorCard::restyle()
{
    // The status as a thick left edge and the value's colour; the chosen card framed.
    QColor colour = StatusPalette::mutedText();
    if (m_status == IndicatorStatus::Met)
        colour = StatusPalette::ok();
    else if (m_status == IndicatorStatus::NotMet)
        colour = StatusPalette::overdue();
    setStyleSheet(QStringLiteral("profrost--IndicatorCard { background: palette(base); border: %1px solid %2;"
                                 " border-left: 6px solid %3; border-radius: 4px; }")
                      .arg(m_selected ? 2 : 1)
                      .arg(m_selected ? palette().highlight().color().name() : palette().mid().color().name(),
                           colour.name()));
    m_value->setStyleSheet(StatusPalette::textStyle(colour, true));
}

void IndicatorCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked(m_id);
    QFrame::mouseReleaseEvent(event);
}

void IndicatorCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked(m_id);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace profrost
