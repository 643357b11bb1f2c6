#include "associations/ShmoHintModel.h"

namespace profrost {

ShmoHintModel::ShmoHintModel(QList<ShmoHint> hints, QObject *parent)
    : RecordListModel({tr("Organisation"), tr("Subject or cycle"), tr("Teachers")}, parent), m_hints(std::move(hints))
{
}

int ShmoHintModel::records() const { return int(m_hints.size()); }

QVariant ShmoHintModel::cell(int row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return column == TeachersColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const ShmoHint &h = m_hints.at(row);
    switch (column) {
    case OrganisationColumn: return h.organisation;
    case SubjectColumn: return h.cycle.isEmpty() ? h.subject : tr("%1 cycle: %2").arg(h.cycle, h.subject);
    case TeachersColumn: return QString::number(h.teachers);
    default: return {};
    }
}

} // namespace profrost
