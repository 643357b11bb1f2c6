#include "associations/MembersTab.h"

#include "associations/AssociationEditing.h"
#include "associations/AssociationWidgets.h"
#include "domain/DateText.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "training/TeacherPickerDialog.h"
#include "util/Error.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

MembersTab::MembersTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_table(W::table({tr("Full name"), tr("Organisation"), tr("Joined"), tr("Left")}, this))
{
    m_table->setColumnWidth(0, 250);
    m_table->setColumnWidth(1, 190);
    m_table->setColumnWidth(2, 95);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *join = W::button(QStringLiteral(":/icons/add.svg"), tr("Add members..."),
                           tr("Teachers of the registry join from a day"), this);
    auto *leave = W::button(QString(), tr("Leaves..."), tr("The selected members leave on a day; the history stays"), this);
    auto *removeEntry = W::button(QString(), tr("Remove entry"), tr("The selected entries were made by mistake"), this);
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
    layout->addWidget(m_table);
}

void MembersTab::load(qint64 associationId, const QHash<qint64, QString> &names,
                      const QHash<qint64, QString> &organisations)
{
    m_association = associationId;
    m_table->setRowCount(0);
    if (associationId <= 0)
        return;
    const QList<AssociationMember> members = AssociationRepository(m_ctx.db()).members(associationId);
    m_table->setRowCount(int(members.size()));
    for (int r = 0; r < members.size(); ++r) {
        const AssociationMember &m = members.at(r);
        m_table->setItem(r, 0, W::cell(names.value(m.teacherId, tr("(not in the registry today)")), m.id));
        m_table->setItem(r, 1, W::cell(organisations.value(m.teacherId)));
        m_table->setItem(r, 2, W::cell(DateText::numeric(m.joined)));
        m_table->setItem(r, 3, W::cell(DateText::numeric(m.left)));
        if (!m.memberOn(m_ctx.today())) {
            for (int c = 0; c < 4; ++c)
                m_table->item(r, c)->setForeground(QColor(0x88, 0x88, 0x88));
        }
    }
}

QList<qint64> MembersTab::selectedMemberships() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(0))
        ids << m_table->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
    return ids;
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
