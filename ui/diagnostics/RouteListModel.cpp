#include "diagnostics/RouteListModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/RouteRules.h"
#include "store/OrganisationRepository.h"
#include "store/RouteRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "util/TextNormalize.h"

#include <QHash>
#include <algorithm>

namespace profrost {

QList<RouteListModel::Line> RouteListModel::read(Database &db, int startYear, QDate today)
{
    const QList<IndividualRoute> routes = RouteRepository(db).ofYear(startYear);
    QList<Line> out;
    if (routes.isEmpty())
        return out;
    QHash<qint64, QList<Completion>> finished;
    for (const Completion &c : TrainingRepository(db).completions())
        finished[c.teacherId] << c;
    const QHash<qint64, QString> names = TeacherRepository(db).fullNames();
    QHash<qint64, QString> organisationNames;
    for (const Organisation &o : OrganisationRepository(db).all())
        organisationNames.insert(o.id, o.displayName());
    QHash<qint64, QStringList> places;
    for (const PostPlace &p : TeacherRepository(db).postPlacesOn(today)) {
        QStringList &list = places[p.teacherId];
        const QString name = organisationNames.value(p.organisationId);
        if (!list.contains(name))
            list << name;
    }
    for (const IndividualRoute &r : routes) {
        Line line;
        line.routeId = r.id;
        line.teacherId = r.teacherId;
        line.teacher = names.value(r.teacherId);
        line.organisations = places.value(r.teacherId).join(QStringLiteral("; "));
        QStringList deficits;
        for (CompetencyArea area : r.deficits)
            deficits << TrainingText::displayName(area);
        line.deficits = deficits.join(QStringLiteral(", "));
        line.curator = r.curator;
        const RouteRules::Progress p = RouteRules::progress(r, finished.value(r.teacherId));
        line.done = p.done;
        line.total = p.total;
        out << line;
    }
    std::sort(out.begin(), out.end(), [](const Line &a, const Line &b) { return alphabeticalLess(a.teacher, b.teacher); });
    return out;
}

void RouteListModel::setLines(QList<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

const RouteListModel::Line *RouteListModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines[row] : nullptr;
}

int RouteListModel::rowOf(qint64 routeId) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].routeId == routeId)
            return i;
    }
    return -1;
}

int RouteListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }

int RouteListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RouteListModel::data(const QModelIndex &index, int role) const
{
    const Line *line = lineAt(index.row());
    if (!line)
        return {};
    if (role == IdRole)
        return line->routeId;
    if (role == SearchRole)
        return normalizedKey(QStringList{line->teacher, line->organisations, line->deficits, line->curator}.join(u' '));
    if (role == Qt::ForegroundRole && index.column() == ProgressColumn && line->total > 0 && line->done == line->total)
        return StatusPalette::ok();
    if (role == Qt::TextAlignmentRole && index.column() == ProgressColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TeacherColumn: return line->teacher;
    case OrganisationColumn: return line->organisations;
    case DeficitsColumn: return line->deficits;
    case ProgressColumn:
        return line->total == 0 ? tr("no activities") : tr("%1 of %2").arg(line->done).arg(line->total);
    case CuratorColumn: return line->curator;
    default: return {};
    }
}

QVariant RouteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TeacherColumn: return tr("Teacher");
    case OrganisationColumn: return tr("Organisation");
    case DeficitsColumn: return tr("Deficits addressed");
    case ProgressColumn: return tr("Done");
    case CuratorColumn: return tr("Curator");
    default: return {};
    }
}

} // namespace profrost
