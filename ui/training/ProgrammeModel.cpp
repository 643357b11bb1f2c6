#include "training/ProgrammeModel.h"

#include "common/Roles.h"
#include "util/TextNormalize.h"

namespace profrost {

ProgrammeModel::ProgrammeModel(QObject *parent)
    : RecordListModel({tr("Title"), tr("Provider"), tr("Kind"), tr("Hours"), tr("Form"), tr("Federal registry"),
                       tr("Competency areas")},
                      parent)
{
}

void ProgrammeModel::setProgrammes(const QList<Programme> &programmes)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(programmes.size());
    for (const Programme &p : programmes) {
        QStringList areas;
        for (CompetencyArea a : p.areas)
            areas << TrainingText::displayName(a);
        m_rows.append({p, areas.join(QStringLiteral(", ")),
                       normalizedKey(p.title + u' ' + p.provider + u' ' + areas.join(u' '))});
    }
    endResetModel();
}

int ProgrammeModel::records() const { return int(m_rows.size()); }

qint64 ProgrammeModel::idAt(int row) const { return m_rows.at(row).programme.id; }

QString ProgrammeModel::text(const Row &r, int column) const
{
    const Programme &p = r.programme;
    switch (column) {
    case TitleColumn: return p.title;
    case ProviderColumn: return p.provider;
    case KindColumn: return TrainingText::russian(p.kind);
    case FormColumn: return TrainingText::displayName(p.form);
    case RegistryColumn: return p.federalRegistry ? tr("yes") : QString();
    case AreasColumn: return r.areas;
    default: return {};
    }
}

QVariant ProgrammeModel::cell(int row, int column, int role) const
{
    const Row &r = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        // Hours are a number: 16 before 144.
        return column == HoursColumn ? QVariant(r.programme.hours) : QVariant(text(r, column));
    case Qt::ToolTipRole: return column == TitleColumn ? QVariant(r.programme.title) : QVariant();
    case Qt::TextAlignmentRole:
        return column == HoursColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SearchRole: return column == TitleColumn ? QVariant(r.search) : QVariant();
    default: return {};
    }
}

} // namespace profrost
