#include "training/DueTab.h"

#include "common/DateLineEdit.h"
#include "common/DeferredLoad.h"
#include "common/OrganisationCombo.h"
#include "common/SheetExport.h"
#include "domain/DateText.h"
#include "io/TableWriter.h"
#include "shell/AppContext.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "util/Error.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

DueTab::DueTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_date(new DateLineEdit(this)),
      m_organisation(new OrganisationCombo(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 6, this))
{
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_table->setHorizontalHeaderLabels(header());
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

QStringList DueTab::header() const
{
    return {tr("Full name"), tr("Organisation"), tr("Position"), tr("State"), tr("Due since / on"), tr("Last course")};
}

void DueTab::reload()
{
    QString dateError;
    const QDate at = m_date->date(&dateError);
    if (!at.isValid()) {
        m_summary->setText(dateError.isEmpty() ? tr("Give the date to check at.") : dateError);
        return;
    }
    try {
        QList<TeacherRow> teachers = TeacherRepository(m_ctx.db()).rows(at);
        m_organisation->filter(teachers);
        m_items = TrainingDue::compute(teachers, TrainingRepository(m_ctx.db()).completions(), at);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Further training"), e.message());
        return;
    }
    int overdue = 0;
    for (const DueItem &i : m_items)
        overdue += i.state == DueItem::State::Overdue ? 1 : 0;
    m_summary->setText(tr("At %1: <b style='color:#c62828'>%2 overdue</b> (no course in 3 years), "
                          "<b style='color:#e65100'>%3 due within 12 months</b>.")
                           .arg(DateText::numeric(at)).arg(overdue).arg(m_items.size() - overdue));
    const QList<QStringList> cells = shownCells();
    m_table->setRowCount(int(cells.size()));
    for (int row = 0; row < cells.size(); ++row) {
        for (int column = 0; column < cells.at(row).size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(row).at(column));
            if (column == 3)
                item->setForeground(m_items.at(row).state == DueItem::State::Overdue ? QColor(0xc6, 0x28, 0x28)
                                                                                     : QColor(0xe6, 0x51, 0x00));
            m_table->setItem(row, column, item);
        }
    }
}

QList<QStringList> DueTab::shownCells() const
{
    QList<QStringList> out;
    for (const DueItem &i : m_items) {
        QString last;
        if (i.last)
            last = tr("%1, %2 h, finished %3").arg(i.last->programme).arg(i.last->hours).arg(DateText::numeric(i.last->ends));
        else
            last = tr("no course on record");
        out.append({i.fullName, i.organisations, i.positions,
                    i.state == DueItem::State::Overdue ? tr("overdue") : tr("due soon"),
                    DateText::numeric(i.dueDate), last});
    }
    return out;
}

void DueTab::exportTable(const QString &path)
{
    SheetExport::write(this, tr("Export the list"), path,
                       [&] { TableWriter::write(path, header(), shownCells(), tr("Further training due")); });
}

} // namespace profrost
