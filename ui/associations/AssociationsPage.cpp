#include "associations/AssociationsPage.h"

#include "associations/AssociationDialog.h"
#include "associations/AssociationListModel.h"
#include "associations/AssociationWidgets.h"
#include "associations/MeetingsTab.h"
#include "associations/MembersTab.h"
#include "associations/PlansTab.h"
#include "associations/ShmoHintsDialog.h"
#include "common/BackgroundRead.h"
#include "common/DeferredLoad.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "documents/AssociationReports.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

AssociationsPage::AssociationsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_list(new AssociationListModel(this)),
      m_associations(W::table(m_list, this)),
      m_title(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_membersTab(new MembersTab(ctx, this)),
      m_plansTab(new PlansTab(ctx, this)),
      m_meetingsTab(new MeetingsTab(ctx, this)),
      m_reader(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("associationsPage"));
    m_associations->setObjectName(QStringLiteral("associationsTable"));
    // The members counted before the head: the head is also in the title
    // on the right, the column that may scroll out of sight.
    const int widths[] = {50, 255, 75};
    for (int i = 0; i < 3; ++i)
        m_associations->setColumnWidth(i, widths[i]);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);

    // The associations: new, edit (also a double click), delete.
    auto *add = W::button(QStringLiteral(":/icons/add.svg"), tr("New..."), tr("A new association"), this);
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Edit..."),
                           tr("Kind, name, head, secretary, years (double click)"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"),
                             tr("Only an association without plans and meetings"), this);
    add->setObjectName(QStringLiteral("newAssociation"));
    edit->setObjectName(QStringLiteral("editAssociation"));
    remove->setObjectName(QStringLiteral("deleteAssociation"));
    connect(add, &QPushButton::clicked, this, [this] { editAssociation(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editAssociation(false); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (currentAssociation() > 0
            && QMessageBox::question(this, tr("Delete association"),
                                     tr("Delete «%1» with its member list?\nYou can undo this with Ctrl+Z.")
                                         .arg(m_associations->currentIndex()
                                                  .siblingAtColumn(AssociationListModel::NameColumn)
                                                  .data()
                                                  .toString()))
                   == QMessageBox::Yes)
            deleteAssociation();
    });
    if (m_ctx.mayEdit(UserAccess::Area::Associations)) {
        connect(m_associations, &QTableView::doubleClicked, this, [this] { editAssociation(false); });
        W::bindKeys(m_associations, [edit] { edit->click(); }, [remove] { remove->click(); });
    }
    auto *hints = W::button(QString(), tr("ShMO hints..."),
                            tr("Schools where a subject or a cycle has enough teachers for a ShMO and has none"), this);
    hints->setFlat(true); // under the list: an occasional look, not a daily action
    connect(hints, &QPushButton::clicked, this, &AssociationsPage::showShmoHints);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(W::buttonBar(this, {add, edit, remove}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Associations, {add, edit, remove});
    leftLayout->addWidget(m_associations);
    leftLayout->addWidget(hints, 0, Qt::AlignLeft);

    m_tabs->addTab(m_membersTab, tr("Members"));
    m_tabs->addTab(m_plansTab, tr("Plans"));
    m_tabs->addTab(m_meetingsTab, tr("Meetings and protocols"));
    // The centre's plans have no members and no meetings.
    connect(m_associations->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, edit, remove] {
        const bool association = currentAssociation() > 0;
        m_tabs->setTabEnabled(m_tabs->indexOf(m_membersTab), association);
        m_tabs->setTabEnabled(m_tabs->indexOf(m_meetingsTab), association);
        edit->setEnabled(association);
        remove->setEnabled(association);
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
    // Where the user put the divider stays for the next start.
    splitter->restoreState(QSettings().value(QStringLiteral("associations/splitter")).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(QStringLiteral("associations/splitter"), splitter->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_associations->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_filling)
            showAssociation();
    });
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
    // A tab's change: shown, the page has reloaded already; hidden, now.
    const auto load = [this] { m_loader->ensureLoaded(); };
    connect(m_membersTab, &MembersTab::changed, this, load);
    connect(m_plansTab, &PlansTab::changed, this, load);
    connect(m_meetingsTab, &MeetingsTab::changed, this, load);
}

qint64 AssociationsPage::currentAssociation() const { return RecordView::currentId(m_associations); }
qint64 AssociationsPage::currentPlan() const { return m_plansTab->currentPlan(); }
qint64 AssociationsPage::currentMeeting() const { return m_meetingsTab->currentMeeting(); }
QTableView *AssociationsPage::members() const { return m_membersTab->table(); }
QTableView *AssociationsPage::plans() const { return m_plansTab->table(); }
QTableView *AssociationsPage::meetings() const { return m_meetingsTab->table(); }

void AssociationsPage::selectAssociation(qint64 id)
{
    m_loader->ensureLoaded();
    RecordView::selectId(m_associations, id);
}

namespace {

// From this many teachers the list is read on a worker thread, as the
// other region-sized pages are.
constexpr int kLoadInBackgroundFrom = 3000;

} // namespace

AssociationsPage::ListData AssociationsPage::readList(Database &db, QDate today)
{
    ListData d;
    AssociationRepository repo(db);
    d.associations = repo.all();
    d.memberCounts = repo.memberCountsOn(today);
    for (const Organisation &o : OrganisationRepository(db).all())
        d.schools.insert(o.id, o.displayName());
    // Read once a load: selecting an association only looks names up.
    for (const TeacherRow &t : TeacherRepository(db).rows(today)) {
        d.names.insert(t.id, t.fullName());
        d.organisationsOf.insert(t.id, t.organisations);
    }
    return d;
}

bool AssociationsPage::isLoading() const { return m_reader->isRunning(); }

void AssociationsPage::reload()
{
    m_loader->markLoaded();
    m_reader->cancel(); // a list still being read may miss the newest change
    const QDate today = m_ctx.today();
    try {
        if (TeacherRepository(m_ctx.db()).count() < kLoadInBackgroundFrom) {
            showList(readList(m_ctx.db(), today));
            return;
        }
    } catch (const Error &e) {
        W::report(this, false, tr("Methodical associations"), e.message(), &m_lastError);
        return;
    }
    m_title->setText(tr("Reading the associations..."));
    m_reader->run<ListData>(
        m_ctx.db().connectionSpec(), [today](Database &reader) { return readList(reader, today); },
        [this](ListData d, const QString &error) {
            if (!error.isEmpty())
                W::report(this, false, tr("Methodical associations"), error, &m_lastError);
            else
                showList(std::move(d));
        });
}

void AssociationsPage::showList(ListData d)
{
    const qint64 keep = currentAssociation();
    m_names = std::move(d.names);
    m_organisationsOf = std::move(d.organisationsOf);
    {
        // One reset, then the row kept (or the first association) selected
        // and shown once below, not once per step.
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_list->setList(d.associations, d.memberCounts, d.schools, m_names);
        const int row = m_list->rowOf(keep);
        m_associations->selectRow(row > 0 || keep == 0 ? std::max(row, 0) : std::min(1, m_list->rowCount() - 1));
    }
    showAssociation();
    emit loaded();
}

void AssociationsPage::showAssociation()
{
    const qint64 id = currentAssociation();
    try {
        QString name;
        if (id == 0) {
            m_title->setText(u"<h3>" + tr("The centre's plans").toHtmlEscaped() + u"</h3>");
        } else if (id > 0) {
            const Association a = AssociationRepository(m_ctx.db()).get(id);
            name = m_associations->currentIndex().siblingAtColumn(AssociationListModel::NameColumn).data().toString();
            m_title->setText(u"<h3>" + a.name.toHtmlEscaped() + u"</h3>"
                             + tr("Head: %1; secretary: %2")
                                   .arg(m_names.value(a.headId, tr("not chosen")),
                                        m_names.value(a.secretaryId, tr("not chosen")))
                                   .toHtmlEscaped());
        }
        m_membersTab->load(id, m_names, m_organisationsOf);
        m_plansTab->load(id, name);
        m_meetingsTab->load(id);
    } catch (const Error &e) {
        W::report(this, false, tr("Methodical associations"), e.message(), &m_lastError);
    }
}

bool AssociationsPage::took(bool ok, const QString &error)
{
    m_lastError = ok ? QString() : error;
    return ok;
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
        W::report(this, false, tr("Methodical associations"), e.message(), &m_lastError);
        return;
    }
    if (before)
        record = *before;
    else // works from this academic year
        record.association.activeFrom = PlanRules::academicYearOf(m_ctx.today());
    openAssociationDialog(before, record);
}

void AssociationsPage::openAssociationDialog(const std::optional<AssociationRecord> &before,
                                             const AssociationRecord &record)
{
    AssociationRecord shown = record;
    for (;;) {
        AssociationDialog dialog(m_ctx, shown, m_names, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString error;
        qint64 stored = 0;
        bool reopen = false;
        const bool saved = AssociationEditing::save(m_ctx, before, dialog.record(), &error, &stored, this, &reopen);
        if (reopen) {
            shown = dialog.record(); // back to the user's values; saving again compares anew
            continue;
        }
        if (W::report(this, saved, tr("Methodical associations"), error, &m_lastError))
            selectAssociation(stored); // loads what the change invalidated
        return;
    }
}

void AssociationsPage::showShmoHints()
{
    QList<ShmoHint> hints;
    try {
        hints = AssociationReports::shmoHints(m_ctx.db(), m_ctx.today());
    } catch (const Error &e) {
        W::report(this, false, tr("Methodical associations"), e.message(), &m_lastError);
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
    a.activeFrom = PlanRules::academicYearOf(m_ctx.today());
    openAssociationDialog(std::nullopt, record);
}

bool AssociationsPage::deleteAssociation()
{
    const qint64 id = currentAssociation();
    if (id <= 0)
        return false;
    QString error;
    if (!W::report(this, AssociationEditing::remove(m_ctx, id, &error), tr("Delete association"), error, &m_lastError))
        return false;
    m_loader->ensureLoaded(); // shown: reloaded already by the change
    return true;
}

bool AssociationsPage::addMembers(const QList<qint64> &teachers, QDate joined)
{
    const bool ok = m_membersTab->addMembers(teachers, joined);
    return took(ok, m_membersTab->lastError());
}

bool AssociationsPage::endSelectedMemberships(QDate day)
{
    const bool ok = m_membersTab->endSelectedMemberships(day);
    return took(ok, m_membersTab->lastError());
}

bool AssociationsPage::removeSelectedMemberships()
{
    const bool ok = m_membersTab->removeSelectedMemberships();
    return took(ok, m_membersTab->lastError());
}

qint64 AssociationsPage::copyPlanToNextYear()
{
    const qint64 copied = m_plansTab->copyToNextYear();
    took(copied != 0, m_plansTab->lastError());
    return copied;
}

MethodicalPlan AssociationsPage::newPlanTemplate() const { return m_plansTab->newPlanTemplate(); }

bool AssociationsPage::deletePlan()
{
    const bool ok = m_plansTab->deletePlan();
    return took(ok, m_plansTab->lastError());
}

QList<PlanItem> AssociationsPage::unheldMeetingItems() const { return m_meetingsTab->unheldMeetingItems(); }

bool AssociationsPage::deleteMeeting()
{
    const bool ok = m_meetingsTab->deleteMeeting();
    return took(ok, m_meetingsTab->lastError());
}

int AssociationsPage::writePlan(const QString &path) { return m_plansTab->writePlan(path); }
int AssociationsPage::writeProtocol(const QString &path) { return m_meetingsTab->writeProtocol(path); }

} // namespace profrost
