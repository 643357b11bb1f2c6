#include "associations/AssociationsPage.h"

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

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
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

} // namespace

AssociationsPage::AssociationsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_associations(makeTable({tr("Kind"), tr("Name"), tr("Head"), tr("Members")}, this)),
      m_title(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_members(makeTable({tr("Full name"), tr("Organisation"), tr("Joined"), tr("Left")}, this)),
      m_plans(makeTable({tr("Plan"), tr("Academic year or period"), tr("Items"), tr("Meetings held")}, this)),
      m_meetings(makeTable({tr("Protocol №"), tr("Date"), tr("Form"), tr("Agenda"), tr("Present")}, this))
{
    setObjectName(QStringLiteral("associationsPage"));
    m_associations->setObjectName(QStringLiteral("associationsTable"));
    const int widths[] = {70, 340, 150};
    for (int i = 0; i < 3; ++i)
        m_associations->setColumnWidth(i, widths[i]);
    m_members->setColumnWidth(0, 260);
    m_members->setColumnWidth(1, 200);
    m_plans->setColumnWidth(0, 420);
    m_plans->setColumnWidth(1, 160);
    m_meetings->setColumnWidth(0, 90);
    m_meetings->setColumnWidth(1, 100);
    m_meetings->setColumnWidth(2, 170);
    m_meetings->setColumnWidth(3, 360);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);

    auto *copy = new QPushButton(tr("Copy to next year"), this);
    copy->setToolTip(tr("A draft of next year's plan with the same items, dates a year later, not approved yet"));
    connect(copy, &QPushButton::clicked, this, [this] {
        if (const qint64 id = copyPlanToNextYear())
            QMessageBox::information(this, tr("Copy to next year"), tr("Next year's draft is in the list."));
    });
    auto *planBar = new QHBoxLayout;
    planBar->addWidget(printButton(tr("Print plan"), this, [this](bool toFile) { print(false, toFile); }));
    planBar->addWidget(copy);
    planBar->addStretch();
    auto *plansTab = new QWidget(this);
    auto *plansLayout = new QVBoxLayout(plansTab);
    plansLayout->addLayout(planBar);
    plansLayout->addWidget(m_plans);

    auto *meetingBar = new QHBoxLayout;
    meetingBar->addWidget(printButton(tr("Print protocol"), this, [this](bool toFile) { print(true, toFile); }));
    meetingBar->addStretch();
    auto *meetingsTab = new QWidget(this);
    auto *meetingsLayout = new QVBoxLayout(meetingsTab);
    meetingsLayout->addLayout(meetingBar);
    meetingsLayout->addWidget(m_meetings);

    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(plansTab, tr("Plans"));
    m_tabs->addTab(meetingsTab, tr("Meetings and protocols"));
    connect(m_plans, &QTableWidget::cellDoubleClicked, this, [this] { print(false, false); });
    connect(m_meetings, &QTableWidget::cellDoubleClicked, this, [this] { print(true, false); });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_associations);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 760});
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
    QHash<qint64, QString> names;
    QHash<qint64, QString> schools;
    try {
        all = AssociationRepository(m_ctx.db()).all();
        for (const Organisation &o : OrganisationRepository(m_ctx.db()).all())
            schools.insert(o.id, o.displayName());
        for (const TeacherRow &t : TeacherRepository(m_ctx.db()).rows(m_ctx.today()))
            names.insert(t.id, t.fullName());
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Methodical associations"), e.message());
        return;
    }
    AssociationRepository repo(m_ctx.db());
    const QSignalBlocker block(m_associations);
    m_associations->setRowCount(int(all.size()) + 1);
    // The centre's own plans first: the work plan and the roadmaps.
    m_associations->setItem(0, 0, cell(tr("ИМЦ"), qint64(0)));
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
        m_associations->setItem(i + 1, 2, cell(names.value(a.headId)));
        m_associations->setItem(i + 1, 3, cell(QString::number(repo.membersOn(a.id, m_ctx.today()).size())));
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
        QHash<qint64, const TeacherRow *> teacherOf;
        const QList<TeacherRow> teachers = TeacherRepository(m_ctx.db()).rows(m_ctx.today());
        for (const TeacherRow &t : teachers)
            teacherOf.insert(t.id, &t);
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
                                   .arg(teacherOf.contains(a.headId) ? teacherOf.value(a.headId)->fullName() : tr("not chosen"),
                                        teacherOf.contains(a.secretaryId) ? teacherOf.value(a.secretaryId)->fullName()
                                                                          : tr("not chosen"))
                                   .toHtmlEscaped());
            const QList<AssociationMember> members = AssociationRepository(m_ctx.db()).members(id);
            m_members->setRowCount(int(members.size()));
            for (int r = 0; r < members.size(); ++r) {
                const AssociationMember &m = members.at(r);
                const TeacherRow *t = teacherOf.value(m.teacherId);
                m_members->setItem(r, 0, cell(t ? t->fullName() : tr("(not in the registry today)"), m.teacherId));
                m_members->setItem(r, 1, cell(t ? t->organisations : QString()));
                m_members->setItem(r, 2, cell(DateText::numeric(m.joined)));
                m_members->setItem(r, 3, cell(DateText::numeric(m.left)));
                if (!m.memberOn(m_ctx.today())) {
                    for (int c = 0; c < 4; ++c)
                        m_members->item(r, c)->setForeground(QColor(0x88, 0x88, 0x88));
                }
            }
            plans = PlanRepository(m_ctx.db()).plansOf(id);
            const QList<Meeting> list = meetings.meetingsOf(id);
            m_meetings->setRowCount(int(list.size()));
            for (int r = 0; r < list.size(); ++r) {
                const Meeting &m = list.at(r);
                QStringList agenda;
                for (const AgendaItem &item : m.agenda)
                    agenda << item.title;
                m_meetings->setItem(r, 0, cell(QString::number(meetings.protocolNumber(m.id)), m.id));
                m_meetings->setItem(r, 1, cell(DateText::numeric(m.date)));
                m_meetings->setItem(r, 2, cell(m.form));
                m_meetings->setItem(r, 3, cell(agenda.join(QStringLiteral("; "))));
                m_meetings->setItem(r, 4, cell(QString::number(m.attendees.size())));
            }
        }
        m_plans->setRowCount(int(plans.size()));
        for (int r = 0; r < plans.size(); ++r) {
            const MethodicalPlan &p = plans.at(r);
            const MethodicalPlan full = PlanRepository(m_ctx.db()).get(p.id);
            const MeetingRepository::PlanProgress progress = meetings.progress(p.id);
            m_plans->setItem(r, 0, cell(p.title, p.id));
            m_plans->setItem(r, 1, cell(p.startYear > 0 ? PlanText::academicYear(p.startYear)
                                                        : DateText::numeric(p.periodFrom) + u"–" + DateText::numeric(p.periodTo)));
            m_plans->setItem(r, 2, cell(QString::number(full.items.size())));
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

qint64 AssociationsPage::copyPlanToNextYear()
{
    const qint64 plan = currentPlan();
    if (plan <= 0)
        return 0;
    qint64 copied = 0;
    m_lastError.clear();
    try {
        copied = PlanRepository(m_ctx.db()).copyToNextYear(plan);
    } catch (const Error &e) {
        m_lastError = e.message();
        if (isVisible()) // a hidden page (a test) keeps it in lastError()
            QMessageBox::warning(this, tr("Copy to next year"), e.message());
        return 0;
    }
    m_ctx.notifyChanged();
    showAssociation();
    return copied;
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
