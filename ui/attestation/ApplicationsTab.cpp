#include "attestation/ApplicationsTab.h"

#include "attestation/ApplicationDialog.h"
#include "attestation/ApplicationModel.h"
#include "attestation/AttestationStateCommand.h"
#include "common/DateLineEdit.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "shell/AppContext.h"
#include "store/AttestationRepository.h"
#include "store/Database.h"
#include "store/RowVersion.h"
#include "store/TeacherRepository.h"
#include "training/TeacherPickerDialog.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace profrost {

ApplicationsTab::ApplicationsTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_openOnly(new QCheckBox(tr("Open applications only"), this)),
      m_model(new ApplicationModel(this)), m_table(RecordView::table(m_model, this))
{
    m_table->setObjectName(QStringLiteral("applicationsTable"));
    const int widths[] = {240, 200, 150, 150, 100, 120};
    for (int i = 0; i < 6; ++i)
        m_table->setColumnWidth(i, widths[i]);
    m_openOnly->setChecked(true);
    connect(m_openOnly, &QCheckBox::toggled, this, &ApplicationsTab::reload);

    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New application..."), this);
    auto *review = new QPushButton(tr("Under review"), this);
    review->setToolTip(tr("The commission has taken the application up"));
    auto *grantButton = new QPushButton(tr("Granted..."), this);
    auto *refuseButton = new QPushButton(tr("Refused..."), this);
    auto *move = new QPushButton(tr("Another month..."), this);
    auto *withdrawButton = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Withdraw"), this);
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    add->setObjectName(QStringLiteral("newApplication"));
    review->setObjectName(QStringLiteral("reviewApplication"));
    grantButton->setObjectName(QStringLiteral("grantApplication"));
    refuseButton->setObjectName(QStringLiteral("refuseApplication"));
    move->setObjectName(QStringLiteral("rescheduleApplication"));
    withdrawButton->setObjectName(QStringLiteral("withdrawApplication"));
    connect(add, &QPushButton::clicked, this, &ApplicationsTab::newApplication);
    connect(review, &QPushButton::clicked, this, &ApplicationsTab::startReview);
    connect(grantButton, &QPushButton::clicked, this, &ApplicationsTab::askGrant);
    connect(refuseButton, &QPushButton::clicked, this, &ApplicationsTab::askRefuse);
    connect(move, &QPushButton::clicked, this, &ApplicationsTab::askReschedule);
    connect(withdrawButton, &QPushButton::clicked, this, [this] {
        if (currentId() != 0
            && QMessageBox::question(this, tr("Withdraw the application"), tr("Delete the selected application?"),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            withdraw();
    });
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Attestation,
                               {add, review, grantButton, refuseButton, move, withdrawButton});
    auto *bar = new QHBoxLayout;
    for (QPushButton *b : {add, review, grantButton, refuseButton, move, withdrawButton})
        bar->addWidget(b);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_openOnly); // a line of its own: the buttons fill a laptop's width in Russian
    layout->addWidget(m_table, 1);
    connect(&m_ctx, &AppContext::registryChanged, this, &ApplicationsTab::reload);
    reload();
}

qint64 ApplicationsTab::currentId() const
{
    return RecordView::currentId(m_table, 0);
}

void ApplicationsTab::select(qint64 applicationId)
{
    RecordView::selectId(m_table, applicationId);
}

void ApplicationsTab::reload()
{
    const qint64 keep = currentId();
    QList<AttestationApplication> applications;
    QHash<qint64, const TeacherRow *> teacherOf;
    QList<TeacherRow> teachers;
    try {
        applications = AttestationRepository(m_ctx.db()).applications(m_openOnly->isChecked());
        teachers = TeacherRepository(m_ctx.db()).rows(m_ctx.today());
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Attestation"), e.message());
        return;
    }
    for (const TeacherRow &t : teachers)
        teacherOf.insert(t.id, &t);
    QList<ApplicationModel::Entry> entries;
    entries.reserve(applications.size());
    for (const AttestationApplication &a : applications) {
        const TeacherRow *t = teacherOf.value(a.teacherId);
        entries.append({a, t ? t->fullName() : QString(), t ? t->organisations : QString()});
    }
    m_model->setApplications(std::move(entries));
    select(keep);
}

bool ApplicationsTab::run(const QString &title, const QString &undoText, qint64 teacherId,
                          const std::function<void()> &action, const std::optional<AttestationApplication> &shown)
{
    const qint64 keep = currentId();
    m_lastError.clear();
    try {
        const AttestationStateCommand::State before = AttestationStateCommand::read(m_ctx, teacherId);
        {
            Transaction tx(m_ctx.db());
            if (shown)
                AttestationRepository(m_ctx.db()).checkApplication(*shown);
            action();
            tx.commit();
        }
        const AttestationStateCommand::State after = AttestationStateCommand::read(m_ctx, teacherId);
        if (after != before)
            m_ctx.undoStack()->push(new AttestationStateCommand(m_ctx, teacherId, before, after, undoText));
        else
            m_ctx.notifyChanged();
    } catch (const Error &e) {
        m_lastError = e.message();
        if (isVisible()) // a hidden tab (a test, a page not shown) keeps it in lastError()
            QMessageBox::warning(this, title, e.message());
        if (dynamic_cast<const EditConflict *>(&e))
            reload(); // what another user made of it
        return false;
    }
    select(keep);
    return true;
}

void ApplicationsTab::step(const QString &title, const QString &undoText, const std::function<void(qint64)> &action)
{
    const qint64 id = currentId();
    const std::optional<AttestationApplication> shown = m_model->shown(id);
    if (id == 0 || !shown)
        return;
    run(title, undoText, shown->teacherId, [&] { action(id); }, shown);
}

void ApplicationsTab::newApplication()
{
    TeacherPickerDialog picker(m_ctx, this);
    picker.setWindowTitle(tr("Who applies?"));
    if (picker.exec() != QDialog::Accepted || picker.chosen().isEmpty())
        return;
    const qint64 teacher = picker.chosen().constFirst();
    QString name;
    try {
        name = TeacherRepository(m_ctx.db()).get(teacher).fullName();
    } catch (const Error &) {
    }
    ApplicationDialog dialog(m_ctx, teacher, name, this);
    if (dialog.exec() == QDialog::Accepted)
        submitFor(teacher, dialog.application());
}

qint64 ApplicationsTab::submitFor(qint64 teacherId, const AttestationApplication &given)
{
    AttestationApplication a = given;
    a.teacherId = teacherId;
    AttestationRepository::Submitted submitted;
    if (!run(tr("New application"), tr("submit an application"), teacherId, [&] { submitted = AttestationRepository(m_ctx.db()).submit(a); }))
        return 0;
    select(submitted.id);
    if (!submitted.warnings.isEmpty() && isVisible())
        QMessageBox::information(this, tr("New application"),
                                 tr("The application is recorded. Note:\n%1").arg(submitted.warnings.join(u'\n')));
    return submitted.id;
}

void ApplicationsTab::startReview()
{
    step(tr("Under review"), tr("take up an application"),
         [this](qint64 id) { AttestationRepository(m_ctx.db()).startReview(id); });
}

void ApplicationsTab::grant(QDate decided, const QString &orderNumber, QDate orderDate)
{
    step(tr("Category granted"), tr("grant a category"),
         [&](qint64 id) { AttestationRepository(m_ctx.db()).grant(id, decided, orderNumber, orderDate); });
}

void ApplicationsTab::refuse(QDate decided, const QString &reason)
{
    step(tr("Refused"), tr("refuse an application"),
         [&](qint64 id) { AttestationRepository(m_ctx.db()).refuse(id, decided, reason); });
}

void ApplicationsTab::withdraw()
{
    step(tr("Withdraw the application"), tr("withdraw an application"),
         [this](qint64 id) { AttestationRepository(m_ctx.db()).withdraw(id); });
}

void ApplicationsTab::askGrant()
{
    if (currentId() == 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Category granted"));
    auto *decided = new DateLineEdit(&dialog);
    decided->setObjectName(QStringLiteral("decidedOn"));
    decided->setDate(m_ctx.today());
    auto *number = new QLineEdit(&dialog);
    number->setObjectName(QStringLiteral("orderNumber"));
    auto *orderDate = new DateLineEdit(&dialog);
    orderDate->setObjectName(QStringLiteral("orderDate"));
    orderDate->setDate(m_ctx.today());
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Decided on:"), decided);
    form->addRow(tr("&Order number:"), number);
    form->addRow(tr("Order &date:"), orderDate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        grant(decided->date(), number->text().trimmed(), orderDate->date());
}

void ApplicationsTab::askRefuse()
{
    if (currentId() == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Refused"), tr("Reason (may stay empty):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        refuse(m_ctx.today(), reason.trimmed());
}

void ApplicationsTab::askReschedule()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    AttestationApplication a;
    try {
        a = AttestationRepository(m_ctx.db()).application(id);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Another month"), e.message());
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Another month"));
    auto *month = new QComboBox(&dialog);
    for (int m = 1; m <= 12; ++m)
        month->addItem(AttestationText::monthName(a.plannedYear, m, false), m);
    month->setCurrentIndex(a.plannedMonth - 1);
    auto *year = new QSpinBox(&dialog);
    year->setRange(2000, 2100);
    year->setValue(a.plannedYear);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Month:"), month);
    form->addRow(tr("&Year:"), year);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        run(tr("Another month"), tr("move an application to another month"), a.teacherId,
            [&] { AttestationRepository(m_ctx.db()).reschedule(id, year->value(), month->currentData().toInt()); },
            a); // as the dialog showed it: changed meanwhile, it is not moved
}

} // namespace profrost
