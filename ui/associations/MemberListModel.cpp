#include "associations/MemberListModel.h"

#include "common/StatusPalette.h"
#include "domain/DateText.h"

#include <QBrush>

namespace profrost {

MemberListModel::MemberListModel(QObject *parent)
    : RecordListModel({tr("Full name"), tr("Organisation"), tr("Joined"), tr("Left")}, parent)
{
}

void MemberListModel::setMembers(const QList<AssociationMember> &members, const QHash<qint64, QString> &names,
                                 const QHash<qint64, QString> &organisations, QDate today)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(members.size());
    for (const AssociationMember &m : members) {
        m_rows.append({m.id, names.value(m.teacherId, tr("(not in the registry today)")),
                       organisations.value(m.teacherId), DateText::numeric(m.joined), DateText::numeric(m.left),
                       !m.memberOn(today)});
    }
    endResetModel();
}

void MemberListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MemberListModel::records() const { return int(m_rows.size()); }

qint64 MemberListModel::idAt(int row) const { return m_rows.at(row).id; }

QVariant MemberListModel::cell(int row, int column, int role) const
{
    const Row &r = m_rows.at(row);
    if (role == Qt::ForegroundRole)
        return r.past ? QVariant(QBrush(StatusPalette::pastMember())) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return r.name;
    case OrganisationColumn: return r.organisation;
    case JoinedColumn: return r.joined;
    case LeftColumn: return r.left;
    default: return {};
    }
}

} // namespace profrost
