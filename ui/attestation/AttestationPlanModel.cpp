#include "attestation/AttestationPlanModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"

#include <QBrush>
#include <QColor>

namespace profrost {

namespace {

QDate planStart(int firstYear) { return QDate(firstYear, 1, 1); }
QDate planEnd(int firstYear) { return QDate(firstYear + AttestationPlan::kYears, 1, 1); }

} // namespace

AttestationPlanModel::AttestationPlanModel(QObject *parent) : PlanGraphModel(NameColumn, OrganisationColumn, parent) {}

AttestationPlanModel::Prepared AttestationPlanModel::prepare(AttestationDocumentData data)
{
    Prepared out;
    QHash<qint64, AttestationPlanEntry> entryOf;
    for (const AttestationPlanEntry &e : data.entries)
        entryOf.insert(e.teacherId, e);
    // One pass of lines() for the whole plan (it indexes teachers and history once).
    for (const AttestationLine &line :
         AttestationLines::lines(data, planStart(data.firstYear), planEnd(data.firstYear), false)) {
        if (!entryOf.contains(line.teacherId))
            continue;
        out.rows.append({entryOf.take(line.teacherId), line,
                         PlanGraphKeys::of(line.fullName, line.organisation, line.positions)});
    }
    data.entries.clear(); // the rows hold them from now on
    out.data = std::move(data);
    return out;
}

void AttestationPlanModel::reset(const AttestationDocumentData &data) { reset(prepare(data)); }

void AttestationPlanModel::reset(Prepared prepared)
{
    beginResetModel();
    m_data = std::move(prepared.data);
    m_rows = std::move(prepared.rows);
    endResetModel();
}

AttestationLine AttestationPlanModel::lineFor(const AttestationPlanEntry &entry) const
{
    AttestationDocumentData one = m_data;
    one.entries = {entry};
    const QList<AttestationLine> lines =
        AttestationLines::lines(one, planStart(m_data.firstYear), planEnd(m_data.firstYear), false);
    return lines.isEmpty() ? AttestationLine{} : lines.constFirst();
}

QList<AttestationPlanEntry> AttestationPlanModel::entries() const
{
    QList<AttestationPlanEntry> out;
    for (const Row &r : m_rows)
        out.append(r.entry);
    return out;
}

AttestationDocumentData AttestationPlanModel::documentData() const
{
    AttestationDocumentData data = m_data;
    data.entries = entries();
    return data;
}

int AttestationPlanModel::lapsedCount() const
{
    // The reminders' count (AttestationReports::planData), not the flags of
    // the lines: one number for the lapsed categories everywhere.
    return m_data.lapsed;
}

QList<int> AttestationPlanModel::countsByMonth(int year) const
{
    QList<int> out(12, 0);
    for (const Row &r : m_rows) {
        if (r.entry.attestYear == year && r.entry.attestMonth >= 1 && r.entry.attestMonth <= 12)
            ++out[r.entry.attestMonth - 1];
    }
    return out;
}

QMap<QString, int> AttestationPlanModel::countsByOrganisation(int year) const
{
    QMap<QString, int> out;
    for (const Row &r : m_rows) {
        if (year == 0 || r.entry.attestYear == year)
            ++out[r.line.organisation];
    }
    return out;
}

int AttestationPlanModel::compareRows(int left, int right, int column) const
{
    const AttestationPlanEntry &a = m_rows.at(left).entry;
    const AttestationPlanEntry &b = m_rows.at(right).entry;
    switch (column) {
    case AttestColumn: { // as SortRole: the month's first day, an invalid month first
        const auto month = [](const AttestationPlanEntry &e) {
            return AttestationPlan::attestMonth(e).isValid() ? e.attestYear * 100 + e.attestMonth : -1;
        };
        return month(a) - month(b);
    }
    case ApplyColumn: return (a.applyYear * 100 + a.applyMonth) - (b.applyYear * 100 + b.applyMonth);
    default: return PlanGraphModel::compareRows(left, right, column);
    }
}

int AttestationPlanModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AttestationPlanModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AttestationPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const AttestationLine &l = r.line;
    switch (role) {
    case IdRole: return r.entry.teacherId;
    case SearchRole: return r.keys.search;
    case AttestDateRole: return AttestationPlan::attestMonth(r.entry);
    case SortRole:
        switch (index.column()) {
        case AttestColumn: return AttestationPlan::attestMonth(r.entry);
        case ApplyColumn: return r.entry.applyYear * 100 + r.entry.applyMonth;
        case NameColumn: return r.keys.name;
        case OrganisationColumn: return r.keys.group;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return l.fullName;
        case AttestColumn:
            return role == Qt::EditRole ? QVariant(AttestationPlan::attestMonth(r.entry)) : QVariant(l.attestMonth);
        case OrganisationColumn: return l.organisation;
        case PositionColumn: return l.positions;
        case HeldColumn: return l.held;
        case UntilColumn: return l.heldUntil;
        case WantedColumn: return l.wanted;
        case ApplyColumn: return l.applyMonth;
        default: return {};
        }
    case Qt::ForegroundRole:
        if (r.entry.lapsed && (index.column() == HeldColumn || index.column() == UntilColumn))
            return QBrush(StatusPalette::lapsed());
        return {};
    case Qt::ToolTipRole:
        if (r.entry.lapsed)
            return tr("The category has lapsed (or lapses before the attestation): attest as soon as possible.");
        return {};
    default: return {};
    }
}

QVariant AttestationPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Full name");
    case AttestColumn: return tr("Attestation");
    case OrganisationColumn: return tr("Organisation");
    case PositionColumn: return tr("Position");
    case HeldColumn: return tr("Held now, granted");
    case UntilColumn: return tr("Valid until");
    case WantedColumn: return tr("Applied for");
    case ApplyColumn: return tr("Application");
    default: return {};
    }
}

Qt::ItemFlags AttestationPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == AttestColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttestationPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != AttestColumn || index.row() >= m_rows.size())
        return false;
    const QDate month = value.toDate();
    if (!month.isValid() || month < planStart(m_data.firstYear) || month >= planEnd(m_data.firstYear))
        return false;
    Row &r = m_rows[index.row()];
    const QDate before = AttestationPlan::attestMonth(r.entry);
    if (month == QDate(before.year(), before.month(), 1))
        return false;
    const int shift = (month.year() - before.year()) * 12 + month.month() - before.month();
    r.entry.attestYear = month.year();
    r.entry.attestMonth = month.month();
    if (r.entry.applyYear > 0) { // the application keeps its distance to the commission
        const QDate apply = QDate(r.entry.applyYear, r.entry.applyMonth, 1).addMonths(shift);
        r.entry.applyYear = apply.year();
        r.entry.applyMonth = apply.month();
    }
    r.line = lineFor(r.entry);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

} // namespace profrost
