#include "training/DueTab.h"

#include "common/DateLineEdit.h"
#include "common/DeferredLoad.h"
#include "common/OrganisationCombo.h"
#include "common/Roles.h"
#include "common/SheetExport.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "io/TableWriter.h"
#include "planning/TrainingStatus.h"
#include "shell/AppContext.h"
#include "training/DueModel.h"
#include "util/Error.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace profrost {

DueTab::DueTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_date(new DateLineEdit(this)),
      m_organisation(new OrganisationCombo(this)),
      m_summary(new QLabel(this)),
      m_model(new DueModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_date->setObjectName(QStringLiteral("dueDate"));
    m_organisation->setObjectName(QStringLiteral("dueOrganisation"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    // The list's own order (never trained, then by due date) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {250, 180, 180, 130, 110};
    for (int i = 0; i < 5; ++i)
        m_table->setColumnWidth(i, widths[i]);
    m_date->setDate(m_ctx.today());
    connect(m_date, &QLineEdit::editingFinished, this, &DueTab::reload);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &DueTab::reload);
    auto *exportButton = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export to Excel..."), this);
    exportButton->setObjectName(QStringLiteral("exportDue"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = SheetExport::askPath(this, tr("Export the list"), tr("training-due.xlsx"));
        if (!path.isEmpty())
            exportTable(path);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("At"), this));
    bar->addWidget(m_date);
    bar->addWidget(new QLabel(tr("Organisation"), this));
    bar->addWidget(m_organisation);
    bar->addStretch();
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_loader = new DeferredLoad(this, [this] {
        m_organisation->refill(m_ctx.db());
        reload();
    });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

void DueTab::reload()
{
    QString dateError;
    const QDate at = m_date->date(&dateError);
    if (!at.isValid()) {
        m_summary->setText(dateError.isEmpty() ? tr("Give the date to check at.") : dateError);
        return;
    }
    QList<DueItem> items;
    int interval = 0;
    try {
        const TrainingStatus status(m_ctx.db());
        interval = status.intervalYears();
        items = status.due(at);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Further training"), e.message());
        return;
    }
    if (const qint64 organisation = m_organisation->organisationId(); organisation != 0)
        items.removeIf([organisation](const DueItem &i) { return !i.organisationIds.contains(organisation); });
    const TrainingCounts counts = TrainingStatus::countsOf(items);
    m_summary->setText(
        tr("At %1: %2 (no course in %n year(s)), %3.", nullptr, interval)
            .arg(DateText::numeric(at),
                 StatusPalette::boldHtml(StatusPalette::overdue(), tr("%1 overdue").arg(counts.overdue)),
                 StatusPalette::boldHtml(StatusPalette::dueSoon(), tr("%1 due within 12 months").arg(counts.dueSoon))));
    m_model->reset(std::move(items));
}

void DueTab::exportTable(const QString &path)
{
    SheetExport::write(this, tr("Export the list"), path,
                       [&] { TableWriter::write(path, m_model->header(), m_model->cells(), tr("Further training due")); });
}

} // namespace profrost
