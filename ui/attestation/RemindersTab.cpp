#include "attestation/RemindersTab.h"

#include "attestation/RemindersModel.h"
#include "common/BackgroundRead.h"
#include "common/DateLineEdit.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/OrganisationCombo.h"
#include "common/Roles.h"
#include "common/SheetExport.h"
#include "common/StatusPalette.h"
#include "documents/AttestationReports.h"
#include "domain/DateText.h"
#include "shell/AppContext.h"
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
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSortFilterProxyModel>
#include <QTableView>
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
      m_model(new RemindersModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_reader(new BackgroundRead(this))
{
    m_table->setObjectName(QStringLiteral("remindersTable"));
    m_date->setObjectName(QStringLiteral("remindersDate"));
    m_months->setObjectName(QStringLiteral("remindersMonths"));
    m_organisation->setObjectName(QStringLiteral("remindersOrganisation"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    // The list's own order (lapsed first, then by expiry) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_date->setDate(m_ctx.today());
    m_months->setRange(1, 36);
    m_months->setSuffix(tr(" months"));
    m_months->setValue(m_settingMonths);
    readSetting();
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    connect(m_date, &QLineEdit::editingFinished, this, &RemindersTab::reload);
    connect(m_months, &QSpinBox::valueChanged, this, &RemindersTab::reload);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &RemindersTab::reload);

    auto *exportButton = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export to Excel..."), this);
    exportButton->setObjectName(QStringLiteral("exportReminders"));
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
        readSetting();
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
    QList<ExpiringCategory> items = AttestationStatus(db).expiring(at, months);
    if (organisationId != 0)
        items.removeIf([organisationId](const ExpiringCategory &e) { return !e.organisationIds.contains(organisationId); });
    return items;
}

} // namespace

bool RemindersTab::isLoading() const { return m_reader->isRunning(); }

void RemindersTab::readSetting()
{
    int months = m_settingMonths;
    try {
        months = AttestationStatus(m_ctx.db()).reminderMonths();
    } catch (const Error &) {
        return; // the list says why when it is read
    }
    // The window follows the setting (Attestation rules) unless the
    // methodist has chosen another one here.
    if (m_months->value() == m_settingMonths && months != m_settingMonths) {
        const QSignalBlocker quiet(m_months);
        m_months->setValue(months);
    }
    m_settingMonths = months;
}

const QList<ExpiringCategory> &RemindersTab::items() const { return m_model->items(); }

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
    const AttestationCounts counts = AttestationStatus::countsOf(items, months);
    m_summary->setText(
        tr("At %1: %2 (expired, not attested since), %3.")
            .arg(DateText::numeric(at),
                 StatusPalette::boldHtml(StatusPalette::lapsed(), tr("%1 lapsed").arg(counts.lapsed)),
                 StatusPalette::boldHtml(StatusPalette::expiring(),
                                         tr("%1 expire within %2 months").arg(counts.expiring).arg(months))));
    m_model->reset(std::move(items));
    // Fitted to the contents, but no column wider than 260 px: long posts
    // must not push the category and its date out of sight.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    emit loaded();
}

void RemindersTab::exportTable(const QString &path)
{
    SheetExport::write(this, tr("Export the list"), path, [&] { ExpiringCategoriesDocument::writeTable(path, items()); });
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
    data.items = items(); // as filtered on the screen
    const auto build = [data] { return ExpiringCategoriesDocument::build(data); };
    if (toFile)
        DocumentOutput::saveAs(this, tr("Save the list"),
                               DocumentOutput::fileName(ExpiringCategoriesDocument::title(), QStringLiteral("pdf")),
                               build);
    else
        DocumentOutput::preview(this, ExpiringCategoriesDocument::title(), build);
}

} // namespace profrost
