#include "associations/MembersTab.h"

#include "associations/AssociationEditing.h"
#include "associations/AssociationWidgets.h"
#include "associations/MemberListModel.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "training/TeacherPickerDialog.h"
#include "util/Error.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

MembersTab::MembersTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new MemberListModel(this)),
      m_table(W::table(m_model, this))
{
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setColumnWidth(0, 250);
    m_table->setColumnWidth(1, 190);
    m_table->setColumnWidth(2, 95);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *join = W::button(QStringLiteral(":/icons/add.svg"), tr("Add members..."),
                           tr("Teachers of the registry join from a day"), this);
    auto *leave = W::button(QString(), tr("Leaves..."), tr("The selected members leave on a day; the history stays"), this);
    auto *removeEntry = W::button(QString(), tr("Remove entry"), tr("The selected entries were made by mistake"), this);
    join->setObjectName(QStringLiteral("addMembers"));
    leave->setObjectName(QStringLiteral("leaveMembers"));
    removeEntry->setObjectName(QStringLiteral("removeMembers"));
    connect(join, &QPushButton::clicked, this, [this] {
        if (m_association <= 0)
            return;
        TeacherPickerDialog picker(m_ctx, this);
        picker.setWindowTitle(tr("Add members"));
        QDate day;
        if (picker.exec() == QDialog::Accepted && !picker.chosen().isEmpty()
            && W::askDay(this, tr("Add members"), tr("Members from:"), m_ctx.today(), &day))
            addMembers(picker.chosen(), day);
    });
    connect(leave, &QPushButton::clicked, this, [this] {
        QDate day;
        if (!selectedMemberships().isEmpty()
            && W::askDay(this, tr("Leaves"), tr("Not a member from:"), m_ctx.today(), &day))
            endSelectedMemberships(day);
    });
    connect(removeEntry, &QPushButton::clicked, this, [this] {
        const int count = int(selectedMemberships().size());
        if (count > 0
            && QMessageBox::question(this, tr("Remove entry"),
                                     tr("Remove the selected entries (%n)? A member who leaves is marked with «Leaves...» instead.",
                                        nullptr, count))
                   == QMessageBox::Yes)
            removeSelectedMemberships();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(W::buttonBar(this, {join, leave, removeEntry}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Associations, {join, leave, removeEntry});
    layout->addWidget(m_table);
}

void MembersTab::load(qint64 associationId, const QHash<qint64, QString> &names,
                      const QHash<qint64, QString> &organisations)
{
    m_association = associationId;
    m_model->clear();
    if (associationId <= 0)
        return;
    m_model->setMembers(AssociationRepository(m_ctx.db()).members(associationId), names, organisations, m_ctx.today());
}

QList<qint64> MembersTab::selectedMemberships() const
{
    return RecordView::selectedIds(m_table);
}

bool MembersTab::done(bool ok, const QString &title, const QString &error)
{
    W::report(this, ok, title, error, &m_lastError);
    emit changed();
    return ok;
}

bool MembersTab::addMembers(const QList<qint64> &teachers, QDate joined)
{
    if (m_association <= 0)
        return false;
    QString error;
    return done(AssociationEditing::addMembers(m_ctx, m_association, teachers, joined, &error), tr("Add members"),
                error);
}

bool MembersTab::endSelectedMemberships(QDate day)
{
    QString error;
    return done(AssociationEditing::endMemberships(m_ctx, m_association, selectedMemberships(), day, &error),
                tr("Leaves"), error);
}

bool MembersTab::removeSelectedMemberships()
{
    QString error;
    return done(AssociationEditing::removeMemberships(m_ctx, m_association, selectedMemberships(), &error),
                tr("Remove entry"), error);
}

} // namespace profrost
