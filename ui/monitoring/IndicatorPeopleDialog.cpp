#include "monitoring/IndicatorPeopleDialog.h"

#include "common/ScreenFit.h"
#include "common/StatusPalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

IndicatorPeopleDialog::IndicatorPeopleDialog(const IndicatorValue &value, const QString &scope,
                                             const DashboardData &data, OpenTeacher openTeacher, QWidget *parent)
    : QDialog(parent),
      m_value(value),
      m_data(data),
      m_openTeacher(std::move(openTeacher)),
      m_table(new QTableWidget(this)),
      m_onlyGap(new QCheckBox(tr("Only those &not counted"), this)),
      m_items(new QLabel(this))
{
    QString figure = IndicatorText::valueText(value);
    if (value.isShare() && value.status != IndicatorStatus::NoData)
        figure += QStringLiteral(" (") + tr("%1 of %2").arg(value.numerator).arg(*value.denominator) + u')';
    build(IndicatorText::code(value.id) + QStringLiteral(". ") + IndicatorText::displayTitle(value.id),
          tr("<b>%1</b> on %2, %3: %4").arg(IndicatorText::displayTitle(value.id).toHtmlEscaped(),
                                             data.at.toString(QStringLiteral("dd.MM.yyyy")),
                                             scope.toHtmlEscaped(), figure.toHtmlEscaped()),
          false);
}

IndicatorPeopleDialog::IndicatorPeopleDialog(const QString &title, const QString &heading,
                                             const QList<qint64> &people, const DashboardData &data,
                                             OpenTeacher openTeacher, QWidget *parent)
    : QDialog(parent),
      m_data(data),
      m_openTeacher(std::move(openTeacher)),
      m_table(new QTableWidget(this)),
      m_onlyGap(new QCheckBox(tr("Only those &not counted"), this)),
      m_items(new QLabel(this))
{
    m_value.numeratorIds = people; // a count: every one listed
    build(title, heading, true);
}

void IndicatorPeopleDialog::build(const QString &title, const QString &headingText, bool plain)
{
    const IndicatorValue &value = m_value;
    setObjectName(QStringLiteral("indicatorPeopleDialog"));
    setWindowTitle(title);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("peopleHeading"));
    heading->setWordWrap(true);
    heading->setText(headingText);
    m_items->setObjectName(QStringLiteral("indicatorItems"));
    m_items->setWordWrap(true);
    QStringList lines;
    if (!value.items.isEmpty())
        lines << tr("Counted: %1").arg(value.items.join(QStringLiteral("; ")));
    if (!value.gapItems.isEmpty())
        lines << tr("Not counted: %1").arg(value.gapItems.join(QStringLiteral("; ")));
    m_items->setText(lines.join(u'\n'));
    m_items->setVisible(!lines.isEmpty());

    m_table->setObjectName(QStringLiteral("indicatorPeople"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Teacher"), tr("Organisation"), tr("Post"), tr("Counted")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 220);
    m_table->setColumnWidth(2, 200);
    m_table->setColumnWidth(3, 90);
    m_table->setColumnHidden(3, plain);
    m_onlyGap->setObjectName(QStringLiteral("onlyGap"));
    m_onlyGap->setVisible(!value.gapIds.isEmpty() && !value.numeratorIds.isEmpty() && value.gapIds != value.numeratorIds);
    // A target not met: who is to be reached is what the user came for.
    m_onlyGap->setChecked(m_onlyGap->isVisibleTo(this) && value.status == IndicatorStatus::NotMet);
    connect(m_onlyGap, &QCheckBox::toggled, this, &IndicatorPeopleDialog::fill);
    connect(m_table, &QTableWidget::cellActivated, this, &IndicatorPeopleDialog::openChosen);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open in the &registry"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openTeacherButton"));
    connect(open, &QPushButton::clicked, this, &IndicatorPeopleDialog::openChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_items);
    layout->addWidget(m_onlyGap);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {860, 560});
    fill();
}

void IndicatorPeopleDialog::fill()
{
    // Those to be reached first, then those counted; a count lists its
    // people as counted (I9: the untrained, I10: the expiring).
    QList<std::pair<qint64, bool>> rows;
    if (m_value.isShare()) {
        for (qint64 id : std::as_const(m_value.gapIds))
            rows.append({id, false});
    }
    if (!m_onlyGap->isChecked()) {
        for (qint64 id : std::as_const(m_value.numeratorIds))
            rows.append({id, true});
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const DashboardPerson person = m_data.people.value(rows[r].first);
        const QStringList cells{person.name, person.organisations, person.positions,
                                rows[r].second ? tr("yes") : tr("no")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, rows[r].first);
            if (c == 3 && !rows[r].second)
                item->setForeground(StatusPalette::overdue());
            m_table->setItem(r, c, item);
        }
    }
}

void IndicatorPeopleDialog::openChosen()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    accept();
    m_openTeacher(id);
}

} // namespace profrost
