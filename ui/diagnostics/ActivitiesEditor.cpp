#include "diagnostics/ActivitiesEditor.h"

#include "diagnostics/ActivityDialog.h"
#include "domain/DateText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

ActivitiesEditor::ActivitiesEditor(const QList<Programme> &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_table(new QTableWidget(0, 8, this))
{
    m_table->setObjectName(QStringLiteral("routeActivities"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Kind"), tr("Activity"), tr("Deficit"), tr("Dates"),
                                        tr("Expected result"), tr("Shown as"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const int widths[] = {34, 120, 230, 100, 140, 160, 120};
    for (int c = 0; c < 7; ++c)
        m_table->setColumnWidth(c, widths[c]);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editActivity(); });

    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    auto *add = button(tr("&Add..."), "addActivityButton");
    auto *edit = button(tr("&Edit..."), "editActivityButton");
    auto *remove = button(tr("Re&move"), "removeActivityButton");
    auto *up = button(tr("&Up"), "upActivityButton");
    auto *down = button(tr("Do&wn"), "downActivityButton");
    connect(add, &QPushButton::clicked, this, &ActivitiesEditor::addActivity);
    connect(edit, &QPushButton::clicked, this, &ActivitiesEditor::editActivity);
    connect(remove, &QPushButton::clicked, this, &ActivitiesEditor::removeActivity);
    connect(up, &QPushButton::clicked, this, [this] { moveActivity(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveActivity(1); });
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, edit, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void ActivitiesEditor::setActivities(const QList<RouteActivity> &activities)
{
    m_activities = activities;
    m_pendingRuns = QList<qint64>(activities.size(), 0);
    show(-1);
}

void ActivitiesEditor::setEnrolment(int row, qint64 enrolmentId)
{
    if (row < 0 || row >= m_activities.size())
        return;
    m_activities[row].enrolmentId = enrolmentId;
    m_pendingRuns[row] = 0;
    show(m_table->currentRow());
}

void ActivitiesEditor::append(const RouteActivity &activity, qint64 pendingRun)
{
    m_activities << activity;
    m_pendingRuns << pendingRun;
    show(int(m_activities.size()) - 1);
}

void ActivitiesEditor::show(int select)
{
    m_table->setRowCount(int(m_activities.size()));
    for (int i = 0; i < m_activities.size(); ++i) {
        const RouteActivity &a = m_activities[i];
        QString status = m_statusText ? m_statusText(i, a, m_pendingRuns[i]) : QString();
        if (status.isEmpty())
            status = RouteText::displayName(a.status);
        const QStringList cells{QString::number(i + 1), RouteText::displayName(a.kind), a.title,
                                a.hasArea ? TrainingText::displayName(a.area) : QString(),
                                DateText::period(a.starts, a.ends), a.expectedResult, a.evidence, status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(i, c, item);
        }
    }
    if (select >= 0 && select < m_activities.size())
        m_table->selectRow(select);
    emit changed();
}

void ActivitiesEditor::addActivity()
{
    ActivityDialog dialog(m_catalogue, this);
    RouteActivity a;
    a.kind = RouteActivityKind::SelfEducation;
    if (m_responsible)
        a.responsible = m_responsible();
    dialog.setActivity(a);
    if (dialog.exec() == QDialog::Accepted)
        append(dialog.activity());
}

void ActivitiesEditor::editActivity()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_activities.size())
        return;
    ActivityDialog dialog(m_catalogue, this);
    dialog.setActivity(m_activities[row]);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RouteActivity changed = dialog.activity();
    if (changed.programmeId != m_activities[row].programmeId)
        m_pendingRuns[row] = 0; // the application was for the programme chosen before
    m_activities[row] = changed;
    show(row);
}

void ActivitiesEditor::removeActivity()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_activities.size())
        return;
    m_activities.removeAt(row);
    m_pendingRuns.removeAt(row);
    show(std::min(row, int(m_activities.size()) - 1));
}

void ActivitiesEditor::moveActivity(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_activities.size())
        return;
    m_activities.swapItemsAt(row, to);
    m_pendingRuns.swapItemsAt(row, to);
    show(to);
}

} // namespace profrost
