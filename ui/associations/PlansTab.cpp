#include "associations/PlansTab.h"

#include "associations/AssociationWidgets.h"
#include "associations/PlanEditing.h"
#include "associations/PlanEditorDialog.h"
#include "associations/PlanListModel.h"
#include "common/ColumnFill.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "common/DocumentOutput.h"
#include "documents/AssociationReports.h"
#include "documents/MethodicalPlanDocument.h"
#include "shell/AppContext.h"
#include "store/MeetingRepository.h"
#include "store/PlanRepository.h"
#include "util/Error.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

PlansTab::PlansTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new PlanListModel(this)),
      m_table(W::table(m_model, this))
{
    m_table->setObjectName(QStringLiteral("plansTable"));
    // The plan's title takes the room the others leave: «План работы РМО
    // учителей географии на 2026/2027 учебный год» whole on two lines, with
    // «Проведено» in view at 1366×768.
    m_table->setColumnWidth(1, 110);
    m_table->setColumnWidth(2, 70);
    m_table->setColumnWidth(3, 80);
    m_table->horizontalHeader()->setStretchLastSection(false);
    ColumnFill::install(m_table, 0, 220, 640);
    auto *newPlan = W::button(QStringLiteral(":/icons/add.svg"), tr("New plan..."),
                              tr("A year plan of meetings, a work plan or a roadmap"), this);
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Edit..."), tr("Items, stages, approval (double click)"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the selected plan"), this);
    connect(newPlan, &QPushButton::clicked, this, [this] { editPlan(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editPlan(false); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (currentPlan() > 0
            && QMessageBox::question(this, tr("Delete plan"),
                                     tr("Delete the plan «%1»? Meetings held by it stay, without the link.\nYou can undo this with Ctrl+Z.")
                                         .arg(m_table->currentIndex().siblingAtColumn(PlanListModel::TitleColumn).data().toString()))
                   == QMessageBox::Yes)
            deletePlan();
    });
    auto *copy = new QPushButton(tr("Copy to next year"), this);
    newPlan->setObjectName(QStringLiteral("newPlan"));
    edit->setObjectName(QStringLiteral("editPlan"));
    remove->setObjectName(QStringLiteral("deletePlan"));
    copy->setObjectName(QStringLiteral("copyPlan"));
    copy->setToolTip(tr("A draft of next year's plan with the same items, dates a year later, not approved yet"));
    connect(copy, &QPushButton::clicked, this, [this] {
        if (copyToNextYear() != 0)
            editPlan(false); // the draft is selected: adjust it at once
    });
    if (m_ctx.mayEdit(UserAccess::Area::Associations)) {
        connect(m_table, &QTableView::doubleClicked, this, [this] { editPlan(false); });
        W::bindKeys(m_table, [edit] { edit->click(); }, [remove] { remove->click(); });
    }
    auto *layout = new QVBoxLayout(this);
    QToolButton *printPlan = W::printButton(tr("Print plan"), this, [this](bool toFile) { print(toFile); });
    printPlan->setObjectName(QStringLiteral("printPlan"));
    layout->addWidget(W::buttonBar(this, {newPlan, edit, remove, copy}, {printPlan}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Associations, {newPlan, edit, remove, copy});
    layout->addWidget(m_table);
}

qint64 PlansTab::currentPlan() const { return RecordView::currentId(m_table); }

void PlansTab::load(qint64 associationId, const QString &name)
{
    m_association = associationId;
    m_name = name;
    m_model->clear();
    if (associationId < 0)
        return;
    QList<MethodicalPlan> plans;
    PlanRepository repo(m_ctx.db());
    if (associationId == 0) {
        for (const MethodicalPlan &p : repo.headers()) {
            if (p.associationId == 0)
                plans << p;
        }
    } else {
        plans = repo.plansOf(associationId);
    }
    const QHash<qint64, int> itemCounts = repo.itemCounts();
    MeetingRepository meetings(m_ctx.db());
    QList<PlanListModel::Entry> entries;
    for (const MethodicalPlan &p : plans) {
        const MeetingRepository::PlanProgress progress = meetings.progress(p.id);
        entries.append({p, itemCounts.value(p.id), progress.planned, progress.held});
    }
    m_model->setPlans(std::move(entries));
    // The newest plan: the one a head works on (and copies next year).
    int newest = -1;
    for (int r = 0; r < plans.size(); ++r) {
        if (newest < 0 || plans.at(r).startYear > plans.at(newest).startYear)
            newest = r;
    }
    if (newest >= 0)
        m_table->selectRow(newest);
}

bool PlansTab::done(bool ok, const QString &title, const QString &error)
{
    W::report(this, ok, title, error, &m_lastError);
    if (ok)
        emit changed();
    return ok;
}

qint64 PlansTab::copyToNextYear()
{
    const qint64 plan = currentPlan();
    if (plan <= 0)
        return 0;
    qint64 copied = 0;
    QString error;
    if (!done(PlanEditing::copyToNextYear(m_ctx, plan, &copied, &error), tr("Copy to next year"), error))
        return 0;
    RecordView::selectId(m_table, copied);
    return copied;
}

MethodicalPlan PlansTab::newPlanTemplate() const
{
    const qint64 association = std::max<qint64>(0, m_association);
    QList<MethodicalPlan> existing;
    try {
        if (association > 0)
            existing = PlanRepository(m_ctx.db()).plansOf(association);
    } catch (const Error &) {
        // a plan without last year's approver; the store refuses what is wrong on saving
    }
    return PlanRules::newPlan(association, m_name, m_ctx.today(), existing);
}

void PlansTab::editPlan(bool createNew)
{
    std::optional<MethodicalPlan> before;
    MethodicalPlan plan;
    if (createNew) {
        if (m_association < 0)
            return;
        plan = newPlanTemplate();
    } else {
        if (currentPlan() <= 0)
            return;
        try {
            before = PlanRepository(m_ctx.db()).get(currentPlan());
        } catch (const Error &e) {
            W::report(this, false, tr("Methodical associations"), e.message(), &m_lastError);
            return;
        }
        plan = *before;
    }
    for (;;) {
        PlanEditorDialog dialog(m_ctx, plan, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        plan = dialog.plan();
        QString error;
        qint64 saved = 0;
        bool reopen = false;
        const bool ok = PlanEditing::save(m_ctx, before, plan, &error, &saved, this, &reopen);
        if (reopen)
            continue; // back to the editor with the user's plan: another user saved first
        if (done(ok, tr("Save plan"), error))
            RecordView::selectId(m_table, saved);
        return;
    }
}

bool PlansTab::deletePlan()
{
    if (currentPlan() <= 0)
        return false;
    QString error;
    return done(PlanEditing::remove(m_ctx, currentPlan(), &error), tr("Delete plan"), error);
}

int PlansTab::writePlan(const QString &path)
{
    const PlanDocumentData data = AssociationReports::planData(m_ctx.db(), currentPlan());
    return DocumentOutput::write(this, path, [data] { return MethodicalPlanDocument::build(data); });
}

void PlansTab::print(bool toFile)
{
    if (currentPlan() <= 0)
        return;
    PlanDocumentData data;
    try {
        data = AssociationReports::planData(m_ctx.db(), currentPlan());
    } catch (const Error &e) {
        W::report(this, false, tr("Methodical associations"), e.message(), &m_lastError);
        return;
    }
    const DocumentOutput::Builder build = [data] { return MethodicalPlanDocument::build(data); };
    DocumentOutput::output(this, data.plan.title, build, toFile);
}

} // namespace profrost
