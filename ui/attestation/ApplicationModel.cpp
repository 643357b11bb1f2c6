#include "attestation/ApplicationModel.h"

#include "common/StatusPalette.h"
#include "domain/DateText.h"

#include <QBrush>

namespace profrost {

ApplicationModel::ApplicationModel(QObject *parent)
    : RecordListModel({tr("Full name"), tr("Organisation"), tr("Category applied for"), tr("Month of the commission"),
                       tr("Submitted"), tr("Status"), tr("Decision")},
                      parent)
{
}

void ApplicationModel::setApplications(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ApplicationModel::records() const { return int(m_entries.size()); }

qint64 ApplicationModel::idAt(int row) const { return m_entries.at(row).application.id; }

std::optional<AttestationApplication> ApplicationModel::shown(qint64 id) const
{
    for (const Entry &e : m_entries) {
        if (e.application.id == id)
            return e.application;
    }
    return std::nullopt;
}

QVariant ApplicationModel::cell(int row, int column, int role) const
{
    const Entry &e = m_entries.at(row);
    const AttestationApplication &a = e.application;
    if (role == Qt::ForegroundRole) {
        if (column != StatusColumn)
            return {};
        if (a.status == ApplicationStatus::Granted)
            return QBrush(StatusPalette::ok());
        if (a.status == ApplicationStatus::Refused)
            return QBrush(StatusPalette::refused());
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return e.name.isEmpty() ? tr("(not in the registry today)") : e.name;
    case OrganisationColumn: return e.organisations;
    case CategoryColumn: return CategoryText::displayName(a.category);
    case MonthColumn: return AttestationText::monthName(a.plannedYear, a.plannedMonth);
    case SubmittedColumn: return DateText::numeric(a.submittedOn);
    case StatusColumn: return AttestationText::displayName(a.status);
    case DecisionColumn: {
        QString decision;
        if (a.decidedOn.isValid())
            decision = DateText::numeric(a.decidedOn);
        if (!a.note.isEmpty())
            decision += (decision.isEmpty() ? QString() : QStringLiteral(": ")) + a.note;
        return decision;
    }
    default: return {};
    }
}

} // namespace profrost
