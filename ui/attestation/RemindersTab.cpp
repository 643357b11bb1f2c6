#include "attestation/RemindersTab.h"

#include "common/DateLineEdit.h"
#include "common/BackgroundRead.h"
#include "common/DeferredLoad.h"
#include "common/OrganisationCombo.h"
#include "common/SheetExport.h"
#include "common/DocumentOutput.h"
#include "documents/AttestationReports.h"
#include "domain/DateText.h"
#include "shell/AppContext.h"
#include "store/AttestationRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

RemindersTab::RemindersTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_date(new DateLineEdit(this)),
      m_months(new QSpinBox(this)),
      m_organisation(new OrganisationCombo(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 0, this)),
      m_reader(new BackgroundRead(this))
{
    m_table->setObjectName(QStringLiteral("remindersTable"));
    const QStringList header = AttestationReminders::header();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_date->setDate(m_ctx.today());
    m_months->setRange(1, 36);
    m_months->setSuffix(tr(" months"));
    try {
        m_months->setValue(SettingsRepository(m_ctx.db()).reminderMonths());
    } catch (const Error &) {
        m_months->setValue(6);
    }
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    connect(m_date, &QLineEdit::editingFinished, this, &RemindersTab::reload);
    connect(m_months, &QSpinBox::valueChanged, this, &RemindersTab::reload);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &RemindersTab::reload);

    auto *exportButton = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export to Excel..."), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = SheetExport::askPath(this, tr("Export the list"), tr("expiring-categories.xlsx"));
        if (!path.isEmpty())
            exportTable(path);
    });
    auto *print = new QToolButton(this);
    print->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    print->setText(tr("Print"));
    print->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    print->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(print);
    menu->addAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print preview..."), this, [this] { this->print(false); });
    menu->addAction(QIcon(QStringLiteral(":/icons/document.svg")), tr("Save as PDF / ODT..."), this,
                    [this] { this->print(true); });
    print->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("At"), this));
    bar->addWidget(m_date);
    bar->addWidget(new QLabel(tr("expiring within"), this));
    bar->addWidget(m_months);
    bar->addWidget(new QLabel(tr("Organisation"), this));
    bar->addWidget(m_organisation);
    bar->addStretch();
    bar->addWidget(exportButton);
    bar->addWidget(print);
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

namespace {

// From this many teachers the list is read on a worker thread, as the other
// region-sized lists are.
constexpr int kLoadInBackgroundFrom = 3000;

QList<ExpiringCategory> expiring(Database &db, QDate at, int months, qint64 organisationId)
{
    QList<TeacherRow> teachers = TeacherRepository(db).rows(at);
    OrganisationCombo::filter(teachers, organisationId);
    return AttestationReminders::compute(teachers, AttestationRepository(db).allRecords(), at, months,
                                         SettingsRepository(db).validityYears());
}

} // namespace

bool RemindersTab::isLoading() const { return m_reader->isRunning(); }

void RemindersTab::reload()
{
    m_reader->cancel(); // a list still being read answers an older question
    QString dateError;
    const QDate at = m_date->date(&dateError);
    if (!at.isValid()) {
        m_summary->setText(dateError.isEmpty() ? tr("Give the date to check at.") : dateError);
        return;
    }
    const int months = m_months->value();
    const qint64 organisation = m_organisation->organisationId();
    try {
        if (TeacherRepository(m_ctx.db()).count() < kLoadInBackgroundFrom) {
            showItems(expiring(m_ctx.db(), at, months, organisation), at, months);
            return;
        }
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Attestation"), e.message());
        return;
    }
    m_summary->setText(tr("Reading the categories..."));
    m_reader->run<QList<ExpiringCategory>>(
        m_ctx.db().connectionSpec(), [at, months, organisation](Database &reader) { return expiring(reader, at, months, organisation); },
        [this, at, months](QList<ExpiringCategory> items, const QString &error) {
            if (!error.isEmpty()) {
                m_summary->setText(error.toHtmlEscaped());
                return;
            }
            showItems(std::move(items), at, months);
        });
}

void RemindersTab::showItems(QList<ExpiringCategory> items, QDate at, int months)
{
    m_items = std::move(items);
    int lapsed = 0;
    for (const ExpiringCategory &i : m_items)
        lapsed += i.lapsed ? 1 : 0;
    m_summary->setText(tr("At %1: <b style='color:#c62828'>%2 lapsed</b> (expired, not attested since), "
                          "<b style='color:#e65100'>%3 expire within %4 months</b>.")
                           .arg(DateText::numeric(at))
                           .arg(lapsed)
                           .arg(m_items.size() - lapsed)
                           .arg(months));
    const QList<QStringList> cells = AttestationReminders::cells(m_items);
    m_table->setRowCount(int(cells.size()));
    for (int row = 0; row < cells.size(); ++row) {
        const QColor colour = m_items.at(row).lapsed ? QColor(0xc6, 0x28, 0x28) : QColor(0xe6, 0x51, 0x00);
        for (int column = 0; column < cells.at(row).size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(row).at(column));
            if (column == cells.at(row).size() - 1)
                item->setForeground(colour);
            m_table->setItem(row, column, item);
        }
    }
    // Fitted to the contents, but no column wider than 260 px: long posts
    // must not push the category and its date out of sight.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    emit loaded();
}

void RemindersTab::exportTable(const QString &path)
{
    SheetExport::write(this, tr("Export the list"), path, [&] { AttestationReminders::write(path, m_items); });
}

void RemindersTab::print(bool toFile)
{
    ExpiringCategoriesDocumentData data;
    try {
        data = AttestationReports::expiringData(m_ctx.db(), m_date->date(), m_months->value());
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Attestation"), e.message());
        return;
    }
    data.items = m_items; // as filtered on the screen
    const auto build = [data] { return ExpiringCategoriesDocument::build(data); };
    if (toFile)
        DocumentOutput::saveAs(this, tr("Save the list"),
                               DocumentOutput::fileName(ExpiringCategoriesDocument::title(), QStringLiteral("pdf")),
                               build);
    else
        DocumentOutput::preview(this, ExpiringCategoriesDocument::title(), build);
}

} // namespace profrost
