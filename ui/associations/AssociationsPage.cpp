#include "associations/AssociationsPage.h"

#include "associations/AssociationDialog.h"
#include "associations/AssociationEditing.h"
#include "associations/MeetingDialog.h"
#include "associations/MeetingEditing.h"
#include "associations/PlanEditing.h"
#include "associations/PlanEditorDialog.h"
#include "associations/ShmoHintsDialog.h"
#include "common/DateLineEdit.h"
#include "training/TeacherPickerDialog.h"

#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "documents/AssociationReports.h"
#include "documents/MethodicalPlanDocument.h"
#include "documents/ProtocolDocument.h"
#include "domain/DateText.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/MeetingRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PlanRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &id = {})
{
    auto *item = new QTableWidgetItem(text);
    if (id.isValid())
        item->setData(Qt::UserRole, id);
    return item;
}

qint64 idOf(const QTableWidget *t)
{
    const int row = t->currentRow();
    return row < 0 || !t->item(row, 0) ? -1 : t->item(row, 0)->data(Qt::UserRole).toLongLong();
}

QToolButton *printButton(const QString &text, QWidget *parent, const std::function<void(bool)> &print)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    menu->addAction(QIcon(QStringLiteral(":/icons/print.svg")), AssociationsPage::tr("Print preview..."), parent,
                    [print] { print(false); });
    menu->addAction(QIcon(QStringLiteral(":/icons/document.svg")), AssociationsPage::tr("Save as PDF / ODT..."), parent,
                    [print] { print(true); });
    button->setMenu(menu);
    return button;
}

QPushButton *button(const QString &icon, const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(icon.isEmpty() ? QIcon() : QIcon(icon), text, parent);
    b->setToolTip(tip);
    return b;
}

// A row of buttons that gives way: what does not fit goes into the »
// menu, so that the page still fits a 1366-pixel laptop screen.
QToolBar *buttonBar(QWidget *parent, std::initializer_list<QWidget *> left, std::initializer_list<QWidget *> right = {})
{
    auto *bar = new QToolBar(parent);
    bar->setIconSize(QSize(16, 16));
    for (QWidget *w : left)
        bar->addWidget(w);
    if (right.size() > 0) {
        auto *spacer = new QWidget(bar);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        bar->addWidget(spacer);
        for (QWidget *w : right)
            bar->addWidget(w);
    }
    return bar;
}

// Asks for the day a membership starts or ends (today by default).
bool askDay(QWidget *parent, const QString &title, const QString &label, QDate today, QDate *day)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *edit = new DateLineEdit(&dialog);
    edit->setDate(today);
    auto *message = new QLabel(&dialog);
    message->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(label, edit);
    form->addRow(message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString error;
        const QDate d = edit->date(&error);
        if (!d.isValid()) {
            message->setText(error.isEmpty() ? AssociationsPage::tr("Enter the date.") : error);
            return;
        }
        *day = d;
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

AssociationsPage::AssociationsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_associations(makeTable({tr("Kind"), tr("Name"), tr("Members"), tr("Head")}, this)),
      m_title(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_members(makeTable({tr("Full name"), tr("Organisation"), tr("Joined"), tr("Left")}, this)),
      m_plans(makeTable({tr("Plan"), tr("Academic year or period"), tr("Items"), tr("Meetings held")}, this)),
      m_meetings(makeTable({tr("Protocol №"), tr("Date"), tr("Present"), tr("Form"), tr("Agenda")}, this))
{
    setObjectName(QStringLiteral("associationsPage"));
    m_associations->setObjectName(QStringLiteral("associationsTable"));
    // The members counted before the head: the head is also in the title
    // on the right, the column that may scroll out of sight.
    const int widths[] = {50, 255, 75};
    for (int i = 0; i < 3; ++i)
        m_associations->setColumnWidth(i, widths[i]);
    m_members->setColumnWidth(0, 250);
    m_members->setColumnWidth(1, 190);
    m_members->setColumnWidth(2, 95);
    m_plans->setColumnWidth(0, 300);
    m_plans->setColumnWidth(1, 160);
    m_plans->setColumnWidth(2, 80);
    m_meetings->setColumnWidth(0, 90);
    m_meetings->setColumnWidth(1, 90);
    m_meetings->setColumnWidth(2, 130);
    m_meetings->setColumnWidth(3, 160);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);

    // The associations: new, edit (also a double click), delete.
    auto *addAssociation = button(QStringLiteral(":/icons/add.svg"), tr("New..."), tr("A new association"), this);
    auto *editButton = button(QStringLiteral(":/icons/edit.svg"), tr("Edit..."), tr("Kind, name, head, secretary, years (double click)"), this);
    auto *deleteButton = button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Only an association without plans and meetings"), this);
    connect(addAssociation, &QPushButton::clicked, this, [this] { editAssociation(true); });
    connect(editButton, &QPushButton::clicked, this, [this] { editAssociation(false); });
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (currentAssociation() <= 0)
            return;
        if (QMessageBox::question(this, tr("Delete association"),
                                  tr("Delete «%1» with its member list?").arg(m_associations->item(m_associations->currentRow(), 1)->text()))
            == QMessageBox::Yes)
            deleteAssociation();
    });
    connect(m_associations, &QTableWidget::cellDoubleClicked, this, [this] { editAssociation(false); });
    auto *hints = button(QString(), tr("ShMO hints..."),
                         tr("Schools where a subject or a cycle has enough teachers for a ShMO and has none"), this);
    connect(hints, &QPushButton::clicked, this, &AssociationsPage::showShmoHints);
    QToolBar *associationBar = buttonBar(this, {addAssociation, editButton, deleteButton});
    hints->setFlat(true); // under the list: an occasional look, not a daily action
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(associationBar);
    leftLayout->addWidget(m_associations);
    leftLayout->addWidget(hints, 0, Qt::AlignLeft);

    // The members: join (from the registry), leave on a day, an entry made by mistake.
    auto *join = button(QStringLiteral(":/icons/add.svg"), tr("Add members..."), tr("Teachers of the registry join from a day"), this);
    auto *leave = button(QString(), tr("Leaves..."), tr("The selected members leave on a day; the history stays"), this);
    auto *removeEntry = button(QString(), tr("Remove entry"), tr("The selected entries were made by mistake"), this);
    connect(join, &QPushButton::clicked, this, [this] {
        if (currentAssociation() <= 0)
            return;
        TeacherPickerDialog picker(m_ctx, this);
        picker.setWindowTitle(tr("Add members"));
        QDate day;
        if (picker.exec() == QDialog::Accepted && !picker.chosen().isEmpty()
            && askDay(this, tr("Add members"), tr("Members from:"), m_ctx.today(), &day))
            addMembers(picker.chosen(), day);
    });
    connect(leave, &QPushButton::clicked, this, [this] {
        QDate day;
        if (!selectedMemberships().isEmpty() && askDay(this, tr("Leaves"), tr("Not a member from:"), m_ctx.today(), &day))
            endSelectedMemberships(day);
    });
    connect(removeEntry, &QPushButton::clicked, this, [this] {
        if (!selectedMemberships().isEmpty()
            && QMessageBox::question(this, tr("Remove entry"),
                                     tr("Remove the selected entries (%n)? A member who leaves is marked with «Leaves...» instead.",
                                        nullptr, int(selectedMemberships().size())))
                   == QMessageBox::Yes)
            removeSelectedMemberships();
    });
    QToolBar *memberBar = buttonBar(this, {join, leave, removeEntry});
    auto *membersTab = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(membersTab);
    membersLayout->addWidget(memberBar);
    membersLayout->addWidget(m_members);

    // Plans: new, edit (also a double click), delete, print, next year's draft.
    auto *newPlan = button(QStringLiteral(":/icons/add.svg"), tr("New plan..."), tr("A year plan of meetings, a work plan or a roadmap"), this);
    auto *editPlanButton = button(QStringLiteral(":/icons/edit.svg"), tr("Edit..."), tr("Items, stages, approval (double click)"), this);
    auto *deletePlanButton = button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the selected plan"), this);
    connect(newPlan, &QPushButton::clicked, this, [this] { editPlan(true); });
    connect(editPlanButton, &QPushButton::clicked, this, [this] { editPlan(false); });
    connect(deletePlanButton, &QPushButton::clicked, this, [this] {
        if (currentPlan() > 0
            && QMessageBox::question(this, tr("Delete plan"),
                                     tr("Delete the plan «%1»? Meetings held by it stay, without the link.")
                                         .arg(m_plans->item(m_plans->currentRow(), 0)->text()))
                   == QMessageBox::Yes)
            deletePlan();
    });
    auto *copy = new QPushButton(tr("Copy to next year"), this);
    copy->setToolTip(tr("A draft of next year's plan with the same items, dates a year later, not approved yet"));
    connect(copy, &QPushButton::clicked, this, [this] {
        if (copyPlanToNextYear() != 0)
            editPlan(false); // the draft is selected: adjust it at once
    });
    QToolBar *planBar = buttonBar(this, {newPlan, editPlanButton, deletePlanButton, copy},
                                  {printButton(tr("Print plan"), this, [this](bool toFile) { print(false, toFile); })});
    auto *plansTab = new QWidget(this);
    auto *plansLayout = new QVBoxLayout(plansTab);
    plansLayout->addWidget(planBar);
    plansLayout->addWidget(m_plans);

    // Meetings: held by the plan (a menu of its meetings not held yet) or
    // unplanned; the protocol edited; deleted; printed.
    auto *hold = new QToolButton(this);
    hold->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    hold->setText(tr("Hold a meeting"));
    hold->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    hold->setPopupMode(QToolButton::InstantPopup);
    auto *holdMenu = new QMenu(hold);
    hold->setMenu(holdMenu);
    connect(holdMenu, &QMenu::aboutToShow, this, [this, holdMenu] {
        holdMenu->clear();
        const QList<PlanItem> items = unheldMeetingItems();
        for (const PlanItem &item : items) {
            const QString first = item.title.section(u'\n', 0, 0);
            holdMenu->addAction(tr("By plan: %1 (%2)").arg(first, PlanText::term(item)), this,
                                [this, item] { openMeetingDialog(std::nullopt, MeetingDialog::fromPlanItem(currentAssociation(), item)); });
        }
        if (!items.isEmpty())
            holdMenu->addSeparator();
        holdMenu->addAction(tr("Unplanned meeting..."), this, [this] {
            Meeting m;
            m.associationId = currentAssociation();
            m.date = m_ctx.today();
            m.form = QStringLiteral("заседание");
            openMeetingDialog(std::nullopt, m);
        });
    });
    auto *editMeetingButton = button(QStringLiteral(":/icons/edit.svg"), tr("Protocol..."),
                                     tr("Attendance, agenda, СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ (double click)"), this);
    auto *deleteMeetingButton = button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the selected meeting with its protocol"), this);
    connect(editMeetingButton, &QPushButton::clicked, this, &AssociationsPage::editMeeting);
    connect(deleteMeetingButton, &QPushButton::clicked, this, [this] {
        if (currentMeeting() > 0
            && QMessageBox::question(this, tr("Delete meeting"), tr("Delete the selected meeting with its protocol?"))
                   == QMessageBox::Yes)
            deleteMeeting();
    });
    QToolBar *meetingBar = buttonBar(this, {hold, editMeetingButton, deleteMeetingButton},
                                     {printButton(tr("Print protocol"), this, [this](bool toFile) { print(true, toFile); })});
    auto *meetingsTab = new QWidget(this);
    auto *meetingsLayout = new QVBoxLayout(meetingsTab);
    meetingsLayout->addWidget(meetingBar);
    meetingsLayout->addWidget(m_meetings);

    m_tabs->addTab(membersTab, tr("Members"));
    m_tabs->addTab(plansTab, tr("Plans"));
    m_tabs->addTab(meetingsTab, tr("Meetings and protocols"));
    connect(m_plans, &QTableWidget::cellDoubleClicked, this, [this] { editPlan(false); });
    connect(m_meetings, &QTableWidget::cellDoubleClicked, this, &AssociationsPage::editMeeting);
    // The centre's plans have no members and no meetings.
    connect(m_associations, &QTableWidget::itemSelectionChanged, this, [this, membersTab, meetingsTab, editButton, deleteButton] {
        const bool association = currentAssociation() > 0;
        m_tabs->setTabEnabled(m_tabs->indexOf(membersTab), association);
        m_tabs->setTabEnabled(m_tabs->indexOf(meetingsTab), association);
        editButton->setEnabled(association);
        deleteButton->setEnabled(association);
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_associations, &QTableWidget::itemSelectionChanged, this, &AssociationsPage::showAssociation);
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

qint64 AssociationsPage::currentAssociation() const { return idOf(m_associations); }
qint64 AssociationsPage::currentPlan() const { return idOf(m_plans); }
qint64 AssociationsPage::currentMeeting() const { return idOf(m_meetings); }

void AssociationsPage::selectAssociation(qint64 id)
{
    m_loader->ensureLoaded();
    for (int row = 0; row < m_associations->rowCount(); ++row) {
        if (m_associations->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_associations->selectRow(row);
            return;
        }
    }
}

void AssociationsPage::reload()
{
    m_loader->markLoaded();
    const qint64 keep = currentAssociation();
    QList<Association> all;
    QHash<qint64, QString> schools;
    m_names.clear();
    m_organisationsOf.clear();
    try {
        all = AssociationRepository(m_ctx.db()).all();
        for (const Organisation &o : OrganisationRepository(m_ctx.db()).all())
            schools.insert(o.id, o.displayName());
        // Read once a load: selecting an association only looks names up.
        for (const TeacherRow &t : TeacherRepository(m_ctx.db()).rows(m_ctx.today())) {
            m_names.insert(t.id, t.fullName());
            m_organisationsOf.insert(t.id, t.organisations);
        }
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Methodical associations"), e.message());
        return;
    }
    const QHash<qint64, int> memberCounts = AssociationRepository(m_ctx.db()).memberCountsOn(m_ctx.today());
    const QSignalBlocker block(m_associations);
    m_associations->setRowCount(int(all.size()) + 1);
    // The centre's own plans first: the work plan and the roadmaps.
    m_associations->setItem(0, 0, cell(tr("Centre"), qint64(0)));
    m_associations->setItem(0, 1, cell(tr("The centre's plans (work plan, roadmaps)")));
    m_associations->setItem(0, 2, cell(QString()));
    m_associations->setItem(0, 3, cell(QString()));
    for (int i = 0; i < all.size(); ++i) {
        const Association &a = all.at(i);
        // «РМО», «ШМО»: the short name; a school's ШМО names its school.
        m_associations->setItem(i + 1, 0, cell(AssociationText::russian(a.kind), a.id));
        m_associations->item(i + 1, 0)->setToolTip(AssociationText::displayName(a.kind));
        m_associations->setItem(i + 1, 1, cell(a.organisationId > 0 ? a.name + u" — " + schools.value(a.organisationId)
                                                                    : a.name));
        m_associations->setItem(i + 1, 2, cell(QString::number(memberCounts.value(a.id))));
        m_associations->item(i + 1, 2)->setTextAlignment(Qt::AlignCenter);
        m_associations->setItem(i + 1, 3, cell(m_names.value(a.headId)));
    }
    int row = 0;
    for (int r = 0; r < m_associations->rowCount(); ++r) {
        if (m_associations->item(r, 0)->data(Qt::UserRole).toLongLong() == keep)
            row = r;
    }
    m_associations->selectRow(row > 0 || keep == 0 ? row : std::min(1, m_associations->rowCount() - 1));
    showAssociation();
}

void AssociationsPage::showAssociation()
{
    const qint64 id = currentAssociation();
    m_members->setRowCount(0);
    m_plans->setRowCount(0);
    m_meetings->setRowCount(0);
    if (id < 0)
        return;
    try {
        QList<MethodicalPlan> plans;
        MeetingRepository meetings(m_ctx.db());
        if (id == 0) {
            m_title->setText(u"<h3>" + tr("The centre's plans").toHtmlEscaped() + u"</h3>");
            for (const MethodicalPlan &p : PlanRepository(m_ctx.db()).headers()) {
                if (p.associationId == 0)
                    plans << p;
            }
        } else {
            const Association a = AssociationRepository(m_ctx.db()).get(id);
            m_title->setText(u"<h3>" + a.name.toHtmlEscaped() + u"</h3>"
                             + tr("Head: %1; secretary: %2")
                                   .arg(m_names.value(a.headId, tr("not chosen")), m_names.value(a.secretaryId, tr("not chosen")))
                                   .toHtmlEscaped());
            const QList<AssociationMember> members = AssociationRepository(m_ctx.db()).members(id);
            m_members->setRowCount(int(members.size()));
            for (int r = 0; r < members.size(); ++r) {
                const AssociationMember &m = members.at(r);
                m_members->setItem(r, 0, cell(m_names.value(m.teacherId, tr("(not in the registry today)")), m.id));
                m_members->setItem(r, 1, cell(m_organisationsOf.value(m.teacherId)));
                m_members->setItem(r, 2, cell(DateText::numeric(m.joined)));
                m_members->setItem(r, 3, cell(DateText::numeric(m.left)));
                if (!m.memberOn(m_ctx.today())) {
                    for (int c = 0; c < 4; ++c)
                        m_members->item(r, c)->setForeground(QColor(0x88, 0x88, 0x88));
                }
            }
            plans = PlanRepository(m_ctx.db()).plansOf(id);
            const QList<Meeting> list = meetings.meetingsOf(id);
            const QHash<qint64, int> numbers = MeetingRules::protocolNumbers(list);
            m_meetings->setRowCount(int(list.size()));
            for (int r = 0; r < list.size(); ++r) {
                const Meeting &m = list.at(r);
                QStringList agenda;
                for (const AgendaItem &item : m.agenda)
                    agenda << item.title;
                m_meetings->setItem(r, 0, cell(QString::number(numbers.value(m.id)), m.id));
                m_meetings->setItem(r, 1, cell(DateText::numeric(m.date)));
                m_meetings->setItem(r, 2, cell(QString::number(m.attendees.size())));
                m_meetings->item(r, 2)->setTextAlignment(Qt::AlignCenter);
                m_meetings->setItem(r, 3, cell(m.form));
                m_meetings->setItem(r, 4, cell(agenda.join(QStringLiteral("; "))));
            }
        }
        const QHash<qint64, int> itemCounts = PlanRepository(m_ctx.db()).itemCounts();
        m_plans->setRowCount(int(plans.size()));
        for (int r = 0; r < plans.size(); ++r) {
            const MethodicalPlan &p = plans.at(r);
            const MeetingRepository::PlanProgress progress = meetings.progress(p.id);
            m_plans->setItem(r, 0, cell(p.title, p.id));
            m_plans->setItem(r, 1, cell(p.startYear > 0 ? PlanText::academicYear(p.startYear)
                                                        : DateText::numeric(p.periodFrom) + u"–" + DateText::numeric(p.periodTo)));
            m_plans->setItem(r, 2, cell(QString::number(itemCounts.value(p.id))));
            m_plans->setItem(r, 3, cell(progress.planned > 0 ? tr("%1 of %2").arg(progress.held).arg(progress.planned)
                                                             : QStringLiteral("—")));
        }
        // The newest plan: the one a head works on (and copies next year).
        int newest = -1;
        for (int r = 0; r < plans.size(); ++r) {
            if (newest < 0 || plans.at(r).startYear > plans.at(newest).startYear)
                newest = r;
        }
        if (newest >= 0)
            m_plans->selectRow(newest);
        if (m_meetings->rowCount() > 0)
            m_meetings->selectRow(m_meetings->rowCount() - 1);
    } catch (const Error &e) {
        m_lastError = e.message();
        if (isVisible())
            QMessageBox::warning(this, tr("Methodical associations"), e.message());
    }
}

bool AssociationsPage::report(bool ok, const QString &title, const QString &error)
{
    m_lastError = ok ? QString() : error;
    if (!ok && isVisible()) // a hidden page (a test) keeps it in lastError()
        QMessageBox::warning(this, title, error);
    return ok;
}

QList<qint64> AssociationsPage::selectedMemberships() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_members->selectionModel()->selectedRows(0))
        ids << m_members->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

void AssociationsPage::editAssociation(bool createNew)
{
    const qint64 id = currentAssociation();
    if (!createNew && id <= 0)
        return;
    std::optional<AssociationRecord> before;
    AssociationRecord record;
    try {
        if (!createNew)
            before = AssociationEditing::read(m_ctx, id);
    } catch (const Error &e) {
        report(false, tr("Methodical associations"), e.message());
        return;
    }
    if (before)
        record = *before;
    else // works from this academic year
        record.association.activeFrom = m_ctx.today().month() >= 9 ? m_ctx.today().year() : m_ctx.today().year() - 1;
    openAssociationDialog(before, record);
}

void AssociationsPage::openAssociationDialog(const std::optional<AssociationRecord> &before,
                                             const AssociationRecord &record)
{
    AssociationDialog dialog(m_ctx, record, m_names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    qint64 stored = 0;
    if (report(AssociationEditing::save(m_ctx, before, dialog.record(), &error, &stored), tr("Methodical associations"),
               error))
        selectAssociation(stored); // loads what the change invalidated
}

void AssociationsPage::showShmoHints()
{
    QList<ShmoHint> hints;
    try {
        hints = AssociationReports::shmoHints(m_ctx.db(), m_ctx.today());
    } catch (const Error &e) {
        report(false, tr("Methodical associations"), e.message());
        return;
    }
    ShmoHintsDialog dialog(hints, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return;
    AssociationRecord record;
    Association &a = record.association;
    a.kind = AssociationKind::Shmo;
    a.level = AssociationLevel::School;
    a.organisationId = dialog.chosen()->organisationId;
    a.name = ShmoHints::suggestedName(*dialog.chosen());
    a.direction = dialog.chosen()->subject;
    a.activeFrom = m_ctx.today().month() >= 9 ? m_ctx.today().year() : m_ctx.today().year() - 1;
    openAssociationDialog(std::nullopt, record);
}

bool AssociationsPage::deleteAssociation()
{
    const qint64 id = currentAssociation();
    if (id <= 0)
        return false;
    QString error;
    if (!report(AssociationEditing::remove(m_ctx, id, &error), tr("Delete association"), error))
        return false;
    m_loader->ensureLoaded(); // shown: reloaded already by the change
    return true;
}

bool AssociationsPage::addMembers(const QList<qint64> &teachers, QDate joined)
{
    QString error;
    const qint64 id = currentAssociation();
    if (id <= 0)
        return false;
    const bool ok = report(AssociationEditing::addMembers(m_ctx, id, teachers, joined, &error), tr("Add members"), error);
    m_loader->ensureLoaded(); // shown: reloaded already by the change
    return ok;
}

bool AssociationsPage::endSelectedMemberships(QDate day)
{
    QString error;
    const bool ok = report(AssociationEditing::endMemberships(m_ctx, currentAssociation(), selectedMemberships(), day, &error),
                           tr("Leaves"), error);
    m_loader->ensureLoaded(); // shown: reloaded already by the change
    return ok;
}

bool AssociationsPage::removeSelectedMemberships()
{
    QString error;
    const bool ok = report(
        AssociationEditing::removeMemberships(m_ctx, currentAssociation(), selectedMemberships(), &error),
        tr("Remove entry"), error);
    m_loader->ensureLoaded(); // shown: reloaded already by the change
    return ok;
}

qint64 AssociationsPage::copyPlanToNextYear()
{
    const qint64 plan = currentPlan();
    if (plan <= 0)
        return 0;
    qint64 copied = 0;
    QString error;
    if (!report(PlanEditing::copyToNextYear(m_ctx, plan, &copied, &error), tr("Copy to next year"), error))
        return 0;
    m_loader->ensureLoaded(); // shown: reloaded already by the change
    selectRowWithId(m_plans, copied);
    return copied;
}

MethodicalPlan AssociationsPage::newPlanTemplate() const
{
    MethodicalPlan p;
    p.associationId = std::max<qint64>(0, currentAssociation());
    p.kind = p.associationId > 0 ? PlanKind::RmoYear : PlanKind::CentreWork;
    // The plan a head makes from spring on is for the academic year
    // starting in September; one the association has already, the next.
    const QDate today = m_ctx.today();
    p.startYear = today.month() >= 4 ? today.year() : today.year() - 1;
    try {
        while (p.associationId > 0 && PlanRepository(m_ctx.db()).findYearPlan(p.associationId, p.startYear) != 0)
            ++p.startYear;
    } catch (const Error &) {
        // the store says so on saving
    }
    const QString whose = p.associationId > 0 ? m_associations->item(m_associations->currentRow(), 1)->text()
                                              : QStringLiteral("МКУ «ИМЦ»");
    p.title = QStringLiteral("План работы %1 на %2 учебный год").arg(whose, PlanText::academicYear(p.startYear));
    p.approval.position = QStringLiteral("Директор МКУ «ИМЦ»");
    if (p.associationId > 0)
        p.review.body = QStringLiteral("на заседании РМО");
    // Who approved the newest plan approves the next one.
    try {
        const QList<MethodicalPlan> plans = p.associationId > 0 ? PlanRepository(m_ctx.db()).plansOf(p.associationId)
                                                                : QList<MethodicalPlan>{};
        if (!plans.isEmpty()) {
            p.approval.position = plans.constFirst().approval.position;
            p.approval.name = plans.constFirst().approval.name;
        }
    } catch (const Error &) {
        // the defaults do
    }
    return p;
}

void AssociationsPage::editPlan(bool createNew)
{
    std::optional<MethodicalPlan> before;
    MethodicalPlan plan;
    if (createNew) {
        if (currentAssociation() < 0)
            return;
        plan = newPlanTemplate();
    } else {
        if (currentPlan() <= 0)
            return;
        try {
            before = PlanRepository(m_ctx.db()).get(currentPlan());
        } catch (const Error &e) {
            report(false, tr("Methodical associations"), e.message());
            return;
        }
        plan = *before;
    }
    PlanEditorDialog dialog(m_ctx, plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    qint64 saved = 0;
    if (report(PlanEditing::save(m_ctx, before, dialog.plan(), &error, &saved), tr("Save plan"), error)) {
        m_loader->ensureLoaded();
        selectRowWithId(m_plans, saved);
    }
}

bool AssociationsPage::deletePlan()
{
    if (currentPlan() <= 0)
        return false;
    QString error;
    const bool ok = report(PlanEditing::remove(m_ctx, currentPlan(), &error), tr("Delete plan"), error);
    m_loader->ensureLoaded();
    return ok;
}

QList<PlanItem> AssociationsPage::unheldMeetingItems() const
{
    QList<PlanItem> out;
    const qint64 id = currentAssociation();
    if (id <= 0)
        return out;
    try {
        QSet<qint64> held;
        for (const Meeting &m : MeetingRepository(m_ctx.db()).meetingsOf(id))
            held.insert(m.planItemId);
        // The plans of this academic year and the next (a plan made ahead).
        const QDate today = m_ctx.today();
        const int year = today.month() >= 9 ? today.year() : today.year() - 1;
        PlanRepository plans(m_ctx.db());
        for (const MethodicalPlan &header : plans.plansOf(id)) {
            if (header.startYear != 0 && header.startYear < year)
                continue;
            for (const PlanItem &item : plans.get(header.id).items) {
                if (item.isMeeting && !held.contains(item.id))
                    out << item;
            }
        }
    } catch (const Error &) {
        // the menu offers the unplanned meeting only
    }
    return out;
}

void AssociationsPage::editMeeting()
{
    if (currentMeeting() <= 0)
        return;
    Meeting m;
    try {
        m = MeetingRepository(m_ctx.db()).get(currentMeeting());
    } catch (const Error &e) {
        report(false, tr("Methodical associations"), e.message());
        return;
    }
    openMeetingDialog(m, m);
}

void AssociationsPage::openMeetingDialog(const std::optional<Meeting> &before, const Meeting &meeting)
{
    if (meeting.associationId <= 0)
        return;
    MeetingDialog dialog(m_ctx, meeting, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    qint64 saved = 0;
    if (report(MeetingEditing::save(m_ctx, before, dialog.meeting(), &error, &saved), tr("Save meeting"), error)) {
        m_loader->ensureLoaded();
        selectRowWithId(m_meetings, saved);
    }
}

bool AssociationsPage::deleteMeeting()
{
    if (currentMeeting() <= 0)
        return false;
    QString error;
    const bool ok = report(MeetingEditing::remove(m_ctx, currentMeeting(), &error), tr("Delete meeting"), error);
    m_loader->ensureLoaded();
    return ok;
}

void AssociationsPage::selectRowWithId(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            table->selectRow(row);
            return;
        }
    }
}

int AssociationsPage::writePlan(const QString &path)
{
    const PlanDocumentData data = AssociationReports::planData(m_ctx.db(), currentPlan());
    return DocumentOutput::write(this, path, [data] { return MethodicalPlanDocument::build(data); });
}

int AssociationsPage::writeProtocol(const QString &path)
{
    const ProtocolDocumentData data = AssociationReports::protocolData(m_ctx.db(), currentMeeting());
    return DocumentOutput::write(this, path, [data] { return ProtocolDocument::build(data); });
}

void AssociationsPage::print(bool protocol, bool toFile)
{
    DocumentOutput::Builder build;
    QString title;
    try {
        if (protocol) {
            if (currentMeeting() <= 0)
                return;
            const ProtocolDocumentData data = AssociationReports::protocolData(m_ctx.db(), currentMeeting());
            title = ProtocolDocument::title(data.number, data.associationName, data.meeting.date);
            build = [data] { return ProtocolDocument::build(data); };
        } else {
            if (currentPlan() <= 0)
                return;
            const PlanDocumentData data = AssociationReports::planData(m_ctx.db(), currentPlan());
            title = data.plan.title;
            build = [data] { return MethodicalPlanDocument::build(data); };
        }
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Methodical associations"), e.message());
        return;
    }
    if (toFile)
        DocumentOutput::saveAs(this, tr("Save the document"), DocumentOutput::fileName(title, QStringLiteral("pdf")),
                               build);
    else
        DocumentOutput::preview(this, title, build);
}

} // namespace profrost
