#include "associations/MeetingsTab.h"

#include "associations/AssociationWidgets.h"
#include "associations/MeetingDialog.h"
#include "associations/MeetingEditing.h"
#include "associations/MeetingListModel.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "common/DocumentOutput.h"
#include "documents/AssociationReports.h"
#include "documents/ProtocolDocument.h"
#include "shell/AppContext.h"
#include "store/MeetingRepository.h"
#include "store/PlanRepository.h"
#include "util/Error.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

MeetingsTab::MeetingsTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new MeetingListModel(this)),
      m_table(W::table(m_model, this))
{
    m_table->setObjectName(QStringLiteral("meetingsTable"));
    m_table->setColumnWidth(0, 90);
    m_table->setColumnWidth(1, 90);
    m_table->setColumnWidth(2, 110);
    // «практико-ориентированный семинар» in two lines, not cut on a third.
    m_table->setColumnWidth(3, 200);

    // «Hold a meeting»: the plan's meetings not held yet, or an unplanned one.
    auto *hold = new QToolButton(this);
    hold->setObjectName(QStringLiteral("holdMeeting"));
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
            holdMenu->addAction(tr("By plan: %1 (%2)").arg(first, PlanText::term(item)), this, [this, item] {
                openDialog(std::nullopt, MeetingDialog::fromPlanItem(m_association, item));
            });
        }
        if (!items.isEmpty())
            holdMenu->addSeparator();
        holdMenu->addAction(tr("Unplanned meeting..."), this, [this] {
            Meeting m;
            m.associationId = m_association;
            m.date = m_ctx.today();
            m.form = QStringLiteral("заседание");
            openDialog(std::nullopt, m);
        });
    });
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Protocol..."),
                           tr("Attendance, agenda, СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ (double click)"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"),
                             tr("Delete the selected meeting with its protocol"), this);
    edit->setObjectName(QStringLiteral("editMeeting"));
    remove->setObjectName(QStringLiteral("deleteMeeting"));
    connect(edit, &QPushButton::clicked, this, &MeetingsTab::editMeeting);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (currentMeeting() > 0
            && QMessageBox::question(this, tr("Delete meeting"), tr("Delete the selected meeting with its protocol?\nYou can undo this with Ctrl+Z."))
                   == QMessageBox::Yes)
            deleteMeeting();
    });
    if (m_ctx.mayEdit(UserAccess::Area::Associations)) {
        connect(m_table, &QTableView::doubleClicked, this, &MeetingsTab::editMeeting);
        W::bindKeys(m_table, [edit] { edit->click(); }, [remove] { remove->click(); });
    }
    auto *layout = new QVBoxLayout(this);
    QToolButton *printProtocol = W::printButton(tr("Print protocol"), this, [this](bool toFile) { print(toFile); });
    printProtocol->setObjectName(QStringLiteral("printProtocol"));
    layout->addWidget(W::buttonBar(this, {hold, edit, remove}, {printProtocol}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Associations, {hold, edit, remove});
    layout->addWidget(m_table);
}

qint64 MeetingsTab::currentMeeting() const { return RecordView::currentId(m_table); }

void MeetingsTab::load(qint64 associationId)
{
    m_association = associationId;
    m_model->clear();
    if (associationId <= 0)
        return;
    QList<Meeting> list = MeetingRepository(m_ctx.db()).meetingsOf(associationId);
    QHash<qint64, int> numbers = MeetingRules::protocolNumbers(list);
    m_model->setMeetings(std::move(list), std::move(numbers));
    if (m_model->rowCount() > 0)
        m_table->selectRow(m_model->rowCount() - 1);
}

QList<PlanItem> MeetingsTab::unheldMeetingItems() const
{
    if (m_association <= 0)
        return {};
    try {
        PlanRepository repo(m_ctx.db());
        QList<MethodicalPlan> plans;
        for (const MethodicalPlan &header : repo.plansOf(m_association))
            plans << repo.get(header.id);
        return MeetingRules::unheld(plans, MeetingRepository(m_ctx.db()).meetingsOf(m_association), m_ctx.today());
    } catch (const Error &) {
        return {}; // the menu offers the unplanned meeting only
    }
}

void MeetingsTab::editMeeting()
{
    if (currentMeeting() <= 0)
        return;
    Meeting m;
    try {
        m = MeetingRepository(m_ctx.db()).get(currentMeeting());
    } catch (const Error &e) {
        W::report(this, false, tr("Methodical associations"), e.message(), &m_lastError);
        return;
    }
    openDialog(m, m);
}

void MeetingsTab::openDialog(const std::optional<Meeting> &before, const Meeting &meeting)
{
    if (meeting.associationId <= 0)
        return;
    Meeting draft = meeting;
    for (;;) {
        MeetingDialog dialog(m_ctx, draft, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        draft = dialog.meeting();
        QString error;
        qint64 saved = 0;
        bool reopen = false;
        const bool ok = MeetingEditing::save(m_ctx, before, draft, &error, &saved, this, &reopen);
        if (reopen)
            continue; // back to the editor with the user's values: another user saved first
        if (W::report(this, ok, tr("Save meeting"), error, &m_lastError)) {
            emit changed();
            RecordView::selectId(m_table, saved);
        }
        return;
    }
}

bool MeetingsTab::deleteMeeting()
{
    if (currentMeeting() <= 0)
        return false;
    QString error;
    const bool ok = W::report(this, MeetingEditing::remove(m_ctx, currentMeeting(), &error), tr("Delete meeting"), error,
                              &m_lastError);
    if (ok)
        emit changed();
    return ok;
}

int MeetingsTab::writeProtocol(const QString &path)
{
    const ProtocolDocumentData data = AssociationReports::protocolData(m_ctx.db(), currentMeeting());
    return DocumentOutput::write(this, path, [data] { return ProtocolDocument::build(data); });
}

void MeetingsTab::print(bool toFile)
{
    if (currentMeeting() <= 0)
        return;
    ProtocolDocumentData data;
    try {
        data = AssociationReports::protocolData(m_ctx.db(), currentMeeting());
    } catch (const Error &e) {
        W::report(this, false, tr("Methodical associations"), e.message(), &m_lastError);
        return;
    }
    const QString title = ProtocolDocument::title(data.number, data.associationName, data.meeting.date);
    const DocumentOutput::Builder build = [data] { return ProtocolDocument::build(data); };
    DocumentOutput::output(this, title, build, toFile);
}

} // namespace profrost
