#include "shell/AuditLogDialog.h"

#include "common/SheetExport.h"
#include "io/TableWriter.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// The most entries one look brings: the filters narrow a longer log.
constexpr int kShown = 2000;

QDateEdit *dateEdit(QWidget *parent, QDate day)
{
    auto *edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd.MM.yyyy"_s);
    return edit;
}

} // namespace

AuditLogDialog::AuditLogDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit log"));
    const QDate today = Clock::instance().today();
    m_user = new QComboBox(this);
    m_user->setObjectName(u"auditUser"_s);
    m_user->addItem(tr("All users"), QString());
    m_table = new QComboBox(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->addItem(tr("All tables"), QString());
    try {
        for (const QString &login : AuditLog::logins(db))
            m_user->addItem(login, login);
        for (const QString &table : AuditLog::tables(db))
            m_table->addItem(table, table);
    } catch (const Error &) {
        // The list below says what went wrong when it loads.
    }
    m_fromOn = new QCheckBox(tr("From"), this);
    m_from = dateEdit(this, today.addMonths(-1));
    m_toOn = new QCheckBox(tr("to"), this);
    m_to = dateEdit(this, today);
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user, 1);
    filters->addWidget(new QLabel(tr("Table:"), this));
    filters->addWidget(m_table, 1);
    filters->addWidget(m_fromOn);
    filters->addWidget(m_from);
    filters->addWidget(m_toOn);
    filters->addWidget(m_to);

    m_list = new QTableWidget(0, int(AuditLog::header().size()), this);
    m_list->setObjectName(u"auditList"_s);
    m_list->setHorizontalHeaderLabels(AuditLog::header());
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCount"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(u"auditExport"_s);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportEntries);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_table, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromOn, m_toOn})
        connect(box, &QCheckBox::toggled, this, &AuditLogDialog::reload);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);

    resize(1100, 560);
    restoreGeometry(QSettings().value(u"auditLog/geometry"_s).toByteArray());
    connect(this, &QDialog::finished, this, [this] { QSettings().setValue(u"auditLog/geometry"_s, saveGeometry()); });
    reload();
}

int AuditLogDialog::rowCount() const
{
    return m_list->rowCount();
}

void AuditLogDialog::reload()
{
    AuditLog::Filter filter;
    filter.login = m_user->currentData().toString();
    filter.table = m_table->currentData().toString();
    if (m_fromOn->isChecked())
        filter.from = m_from->date();
    if (m_toOn->isChecked())
        filter.to = m_to->date();
    filter.limit = kShown;
    QList<AuditLog::Entry> entries;
    try {
        entries = AuditLog::entries(m_db, filter);
    } catch (const Error &e) {
        m_list->setRowCount(0);
        m_count->setText(e.message());
        return;
    }
    m_list->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const QStringList cells = entries.at(row).cells();
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == cells.size() - 1 ? entries.at(row).changes.isEmpty() ? QString()
                                                                                           : cells.at(column)
                                                        : QString());
            m_list->setItem(row, column, item);
        }
    }
    m_list->resizeColumnsToContents();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_count->setText(entries.size() >= kShown ? tr("The newest %1 entries; narrow the filters to see older ones.").arg(kShown)
                                              : tr("%n entries", nullptr, int(entries.size())));
}

void AuditLogDialog::exportEntries()
{
    const QString path = SheetExport::askPath(this, tr("Export the audit log"), tr("audit-log.xlsx"));
    if (path.isEmpty())
        return;
    QList<QStringList> rows;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_list->columnCount(); ++column)
            cells << m_list->item(row, column)->text();
        rows << cells;
    }
    SheetExport::write(this, tr("Export the audit log"), path,
                       [&] { TableWriter::write(path, AuditLog::header(), rows, tr("Audit log")); });
}

} // namespace profrost
