#include "registry/OrganisationTableModel.h"

#include "common/Roles.h"
#include "util/TextNormalize.h"

namespace profrost {

OrganisationTableModel::OrganisationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void OrganisationTableModel::setRows(QList<OrganisationRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_search.clear();
    for (const OrganisationRow &r : m_rows) {
        const Organisation &o = r.organisation;
        m_search.append(normalizedKey(o.name + u' ' + o.shortName + u' ' + r.municipality + u' ' + o.director + u' '
                                      + OrganisationTypeText::russian(o.type) + u' ' + o.address));
    }
    endResetModel();
}

int OrganisationTableModel::indexOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).organisation.id == id)
            return i;
    }
    return -1;
}

int OrganisationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OrganisationRow &r = m_rows.at(index.row());
    const Organisation &o = r.organisation;
    if (role == IdRole)
        return o.id;
    if (role == SearchRole)
        return m_search.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case NameColumn: return sort ? QVariant(o.name.toLower()) : QVariant(o.name);
        case ShortNameColumn: return o.shortName;
        case TypeColumn: return OrganisationTypeText::displayName(o.type);
        case MunicipalityColumn: return r.municipality;
        case StaffColumn: return r.activeStaff;
        case LowResultsColumn: return sort ? QVariant(int(o.lowResults)) : QVariant(o.lowResults ? tr("yes") : QString());
        case UnfavourableColumn:
            return sort ? QVariant(int(o.unfavourableConditions)) : QVariant(o.unfavourableConditions ? tr("yes") : QString());
        case DirectorColumn: return o.director;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == StaffColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::TextAlignmentRole && (index.column() == LowResultsColumn || index.column() == UnfavourableColumn))
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !o.address.isEmpty())
        return o.address;
    return {};
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == LowResultsColumn)
            return tr("School with low learning results (ShNOR)");
        if (section == UnfavourableColumn)
            return tr("Works in unfavourable social conditions");
        if (section == StaffColumn)
            return tr("People employed today");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case ShortNameColumn: return tr("Short name");
    case TypeColumn: return tr("Type");
    case MunicipalityColumn: return tr("Municipality");
    case StaffColumn: return tr("Staff");
    case LowResultsColumn: return tr("ShNOR");
    case UnfavourableColumn: return tr("Unfavourable");
    case DirectorColumn: return tr("Director");
    default: return {};
    }
}

} // namespace profrost
