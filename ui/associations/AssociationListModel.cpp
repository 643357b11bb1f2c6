#include "associations/AssociationListModel.h"

namespace profrost {

AssociationListModel::AssociationListModel(QObject *parent)
    : RecordListModel({tr("Kind"), tr("Name"), tr("Members"), tr("Head")}, parent)
{
}

void AssociationListModel::setList(const QList<Association> &associations, const QHash<qint64, int> &memberCounts,
                                   const QHash<qint64, QString> &schools, const QHash<qint64, QString> &names)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(associations.size() + 1);
    // The centre's own plans first: the work plan and the roadmaps.
    m_rows.append({0, tr("Centre"), QString(), tr("The centre's plans (work plan, roadmaps)"), QString(), QString()});
    for (const Association &a : associations) {
        // «РМО», «ШМО»: the short name; a school's ШМО names its school.
        m_rows.append({a.id, AssociationText::russian(a.kind), AssociationText::displayName(a.kind),
                       a.organisationId > 0 ? a.name + u" — " + schools.value(a.organisationId) : a.name,
                       QString::number(memberCounts.value(a.id)), names.value(a.headId)});
    }
    endResetModel();
}

int AssociationListModel::records() const { return int(m_rows.size()); }

qint64 AssociationListModel::idAt(int row) const { return m_rows.at(row).id; }

QVariant AssociationListModel::cell(int row, int column, int role) const
{
    const Row &r = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn: return r.kind;
        case NameColumn: return r.name;
        case MembersColumn: return r.members;
        case HeadColumn: return r.head;
        default: return {};
        }
    case Qt::ToolTipRole:
        return column == KindColumn && !r.kindName.isEmpty() ? QVariant(r.kindName) : QVariant();
    case Qt::TextAlignmentRole:
        return column == MembersColumn && r.id > 0 ? QVariant(int(Qt::AlignCenter)) : QVariant();
    default: return {};
    }
}

} // namespace profrost
