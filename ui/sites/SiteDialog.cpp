#include "sites/SiteDialog.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "common/RecordDialogChecks.h"
#include "common/ScreenFit.h"
#include "shell/AppContext.h"
#include "store/OrganisationRepository.h"
#include "store/SiteRepository.h"
#include "store/TeacherRepository.h"
#include "training/TeacherPickerDialog.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace profrost {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

SiteDialog::SiteDialog(AppContext &ctx, Save save, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_save(std::move(save)),
      m_tabs(new QTabWidget(this)),
      m_organisation(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_level(new QComboBox(this)),
      m_state(new QComboBox(this)),
      m_topic(new QLineEdit(this)),
      m_orderNumber(new QLineEdit(this)),
      m_orderDate(new DateLineEdit(this)),
      m_from(new DateLineEdit(this)),
      m_to(new DateLineEdit(this)),
      m_note(new QPlainTextEdit(this)),
      m_people(table({tr("Teacher"), tr("Role")}, this)),
      m_reportTable(table({tr("Year"), tr("File"), tr("Text")}, this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Innovation site"));
    try {
        QList<Organisation> organisations = OrganisationRepository(ctx.db()).all();
        std::sort(organisations.begin(), organisations.end(), [](const Organisation &a, const Organisation &b) {
            return a.displayName().localeAwareCompare(b.displayName()) < 0;
        });
        for (const Organisation &o : organisations)
            m_organisation->addItem(o.displayName(), o.id);
        m_names = TeacherRepository(ctx.db()).fullNames();
    } catch (const Error &e) {
        m_message->show(e.message());
    }
    m_organisation->setObjectName(QStringLiteral("siteOrganisation"));
    for (SiteStatus s : SiteText::allStatuses())
        m_status->addItem(SiteText::displayName(s), int(s));
    for (SiteLevel l : SiteText::allLevels())
        m_level->addItem(SiteText::displayName(l), int(l));
    for (SiteState s : SiteText::allStates())
        m_state->addItem(SiteText::displayName(s), int(s));
    m_topic->setObjectName(QStringLiteral("siteTopic"));
    m_topic->setPlaceholderText(tr("e.g. Формирование функциональной грамотности обучающихся"));
    m_orderNumber->setPlaceholderText(tr("e.g. 1234-о"));
    m_to->setPlaceholderText(tr("empty: open-ended"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_from->setDate(QDate(ctx.today().year(), 9, 1));

    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("Order n&umber:"), m_orderNumber);
    form->addRow(tr("Order &date:"), m_orderDate);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("St&ate:"), m_state);
    form->addRow(tr("&Note:"), m_note);
    m_tabs->addTab(details, tr("&Site"));

    auto *peoplePage = new QWidget(this);
    auto *addPersonButton = new QPushButton(tr("Add teachers..."), peoplePage);
    addPersonButton->setObjectName(QStringLiteral("addSitePeople"));
    addPersonButton->setToolTip(tr("Choose one or several teachers of the registry, then their role"));
    auto *removePersonButton = new QPushButton(tr("Remove"), peoplePage);
    connect(addPersonButton, &QPushButton::clicked, this, &SiteDialog::askPerson);
    connect(removePersonButton, &QPushButton::clicked, this, [this] {
        if (const int row = m_people->currentRow(); row >= 0)
            m_people->removeRow(row);
    });
    auto *peopleButtons = new QHBoxLayout;
    peopleButtons->addWidget(addPersonButton);
    peopleButtons->addWidget(removePersonButton);
    peopleButtons->addStretch(1);
    auto *peopleLayout = new QVBoxLayout(peoplePage);
    peopleLayout->addLayout(peopleButtons);
    peopleLayout->addWidget(m_people, 1);
    m_people->setColumnWidth(0, 320);
    m_tabs->addTab(peoplePage, tr("&People"));

    auto *reportsPage = new QWidget(this);
    auto *addReportButton = new QPushButton(tr("Add a report..."), reportsPage);
    auto *attachButton = new QPushButton(tr("Attach a file..."), reportsPage);
    auto *saveFileButton = new QPushButton(tr("Save the file..."), reportsPage);
    auto *removeReportButton = new QPushButton(tr("Remove"), reportsPage);
    attachButton->setToolTip(tr("A file of at most 20 MB, kept in the database"));
    connect(addReportButton, &QPushButton::clicked, this, &SiteDialog::askReport);
    connect(attachButton, &QPushButton::clicked, this, &SiteDialog::askAttach);
    connect(saveFileButton, &QPushButton::clicked, this, &SiteDialog::askSave);
    connect(removeReportButton, &QPushButton::clicked, this, [this] {
        if (const int i = currentReport(); i >= 0) {
            m_reports.removeAt(i);
            showReports();
        }
    });
    connect(m_reportTable, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column == 2 && row >= 0 && row < m_reports.size())
            m_reports[row].text = m_reportTable->item(row, column)->text();
    });
    auto *reportButtons = new QHBoxLayout;
    for (QPushButton *b : {addReportButton, attachButton, saveFileButton, removeReportButton})
        reportButtons->addWidget(b);
    reportButtons->addStretch(1);
    auto *reportsLayout = new QVBoxLayout(reportsPage);
    reportsLayout->addLayout(reportButtons);
    reportsLayout->addWidget(m_reportTable, 1);
    m_reportTable->setColumnWidth(0, 70);
    m_reportTable->setColumnWidth(1, 220);
    m_tabs->addTab(reportsPage, tr("&Reports"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {820, 560});
}

void SiteDialog::setSite(const InnovationSite &s)
{
    m_id = s.id;
    if (const int i = m_organisation->findData(s.organisationId); i >= 0)
        m_organisation->setCurrentIndex(i);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(s.status))));
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(s.level))));
    m_state->setCurrentIndex(std::max(0, m_state->findData(int(s.state))));
    m_topic->setText(s.topic);
    m_topic->setCursorPosition(0);
    m_orderNumber->setText(s.orderNumber);
    m_orderDate->setDate(s.orderDate);
    m_from->setDate(s.from);
    m_to->setDate(s.to);
    m_note->setPlainText(s.note);
    m_people->setRowCount(0);
    for (const SitePerson &p : s.people)
        addPerson(p.teacherId, p.role);
    m_reports = s.reports;
    showReports();
}

InnovationSite SiteDialog::site() const
{
    InnovationSite s;
    s.id = m_id;
    s.organisationId = m_organisation->currentData().toLongLong();
    s.status = SiteStatus(m_status->currentData().toInt());
    s.level = SiteLevel(m_level->currentData().toInt());
    s.state = SiteState(m_state->currentData().toInt());
    s.topic = m_topic->text().simplified();
    s.orderNumber = m_orderNumber->text().simplified();
    s.orderDate = m_orderDate->date();
    s.from = m_from->date();
    s.to = m_to->date();
    s.note = m_note->toPlainText().trimmed();
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const QTableWidgetItem *name = m_people->item(row, 0);
        const QTableWidgetItem *role = m_people->item(row, 1);
        s.people << SitePerson{name->data(Qt::UserRole).toLongLong(), role ? role->text().simplified() : QString()};
    }
    s.reports = m_reports;
    std::sort(s.reports.begin(), s.reports.end(), [](const SiteReport &a, const SiteReport &b) { return a.year < b.year; });
    return s;
}

void SiteDialog::addPerson(qint64 teacherId, const QString &role)
{
    const int row = m_people->rowCount();
    m_people->insertRow(row);
    auto *name = new QTableWidgetItem(m_names.value(teacherId));
    name->setData(Qt::UserRole, teacherId);
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    m_people->setItem(row, 0, name);
    m_people->setItem(row, 1, new QTableWidgetItem(role));
    m_tabs->setTabText(1, tr("&People (%1)").arg(m_people->rowCount()));
}

void SiteDialog::addReport(int year, const QString &text)
{
    SiteReport r;
    r.year = year;
    r.text = text;
    m_reports << r;
    showReports();
}

void SiteDialog::showReports()
{
    QSignalBlocker block(m_reportTable);
    m_reportTable->setRowCount(int(m_reports.size()));
    for (int row = 0; row < m_reports.size(); ++row) {
        const SiteReport &r = m_reports.at(row);
        auto *year = new QTableWidgetItem(QString::number(r.year));
        year->setFlags(year->flags() & ~Qt::ItemIsEditable);
        const qint64 size = r.file.isEmpty() ? r.fileSize : r.file.size();
        auto *file = new QTableWidgetItem(
            r.hasFile() ? tr("%1 (%2 KB)").arg(r.fileName).arg((size + 1023) / 1024) : QString());
        file->setFlags(file->flags() & ~Qt::ItemIsEditable);
        m_reportTable->setItem(row, 0, year);
        m_reportTable->setItem(row, 1, file);
        m_reportTable->setItem(row, 2, new QTableWidgetItem(r.text));
    }
    m_tabs->setTabText(2, tr("&Reports (%1)").arg(m_reports.size()));
}

int SiteDialog::currentReport() const
{
    const int row = m_reportTable->currentRow();
    return row >= 0 && row < m_reports.size() ? row : -1;
}

bool SiteDialog::attachFile(int year, const QString &path)
{
    for (SiteReport &r : m_reports) {
        if (r.year != year)
            continue;
        try {
            r = SiteRepository::withFile(r, path);
        } catch (const Error &e) {
            m_message->show(e.message());
            return false;
        }
        m_message->clear();
        showReports();
        return true;
    }
    m_message->show(tr("There is no report for %1 to attach the file to.").arg(year));
    return false;
}

bool SiteDialog::saveFile(int year, const QString &path)
{
    for (const SiteReport &r : m_reports) {
        if (r.year != year || !r.hasFile())
            continue;
        QByteArray bytes = r.file;
        try {
            if (bytes.isEmpty() && m_id != 0)
                bytes = SiteRepository(m_ctx.db()).reportFile(m_id, year);
        } catch (const Error &e) {
            m_message->show(e.message());
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            m_message->show(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return false;
        }
        return true;
    }
    m_message->show(tr("The report for %1 has no file.").arg(year));
    return false;
}

// The picker finds a teacher among thousands as one types; the role asked
// once serves every teacher chosen (a site's participants mostly share it).
void SiteDialog::askPerson()
{
    TeacherPickerDialog picker(m_ctx, this);
    if (picker.exec() != QDialog::Accepted || picker.chosen().isEmpty())
        return;
    bool ok = false;
    const QString role = QInputDialog::getText(this, tr("Add teachers"), tr("Role (e.g. руководитель, участник):"),
                                               QLineEdit::Normal, QStringLiteral("участник"), &ok);
    if (ok)
        addPeople(picker.chosen(), role);
}

void SiteDialog::addPeople(const QList<qint64> &teacherIds, const QString &role)
{
    for (qint64 id : teacherIds) {
        if (!listedIds().contains(id)) // a second row would only be refused on OK
            addPerson(id, role.simplified());
    }
}

QList<qint64> SiteDialog::listedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_people->rowCount(); ++row)
        ids << m_people->item(row, 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

void SiteDialog::askReport()
{
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Add a report"), tr("Year:"), m_ctx.today().year() - 1, 2000, 2100,
                                          1, &ok);
    if (!ok)
        return;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add a report"), tr("The report for %1:").arg(year),
                                                        QString(), &ok);
    if (ok)
        addReport(year, text);
}

void SiteDialog::askAttach()
{
    const int i = currentReport();
    if (i < 0) {
        m_message->show(tr("Choose a report first."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a report file"));
    if (!path.isEmpty())
        attachFile(m_reports.at(i).year, path);
}

void SiteDialog::askSave()
{
    const int i = currentReport();
    if (i < 0 || !m_reports.at(i).hasFile()) {
        m_message->show(tr("Choose a report with a file first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report file"), m_reports.at(i).fileName);
    if (!path.isEmpty())
        saveFile(m_reports.at(i).year, path);
}

void SiteDialog::accept()
{
    if (!datesReadable({m_orderDate, m_from, m_to}, m_message, [this] { m_tabs->setCurrentIndex(0); }))
        return;
    const InnovationSite s = site();
    if (savedAfterRules(SiteRules::check(s), [&] { return m_save(s); }, m_message))
        QDialog::accept();
}

} // namespace profrost
