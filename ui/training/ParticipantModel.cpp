#include "training/ParticipantModel.h"

#include "common/StatusPalette.h"
#include "domain/DateText.h"

#include <QBrush>

namespace profrost {

ParticipantModel::ParticipantModel(QObject *parent)
    : RecordListModel({tr("Full name"), tr("Organisation"), tr("Status"), tr("Certificate"), tr("Note")}, parent)
{
}

void ParticipantModel::setParticipants(QList<Participant> participants)
{
    beginResetModel();
    m_rows = std::move(participants);
    endResetModel();
}

void ParticipantModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ParticipantModel::records() const { return int(m_rows.size()); }

qint64 ParticipantModel::idAt(int row) const { return m_rows.at(row).enrolment.id; }

QVariant ParticipantModel::cell(int row, int column, int role) const
{
    const Participant &p = m_rows.at(row);
    const Enrolment &e = p.enrolment;
    if (role == Qt::ForegroundRole) {
        if (column == StatusColumn) {
            if (e.status == EnrolmentStatus::Waiting || e.status == EnrolmentStatus::Applied)
                return QBrush(StatusPalette::pending());
            if (e.status == EnrolmentStatus::Completed)
                return QBrush(StatusPalette::ok());
        }
        if (column == NoteColumn)
            return QBrush(StatusPalette::errorText());
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return p.name;
    case OrganisationColumn: return p.organisation;
    case StatusColumn: return TrainingText::displayName(e.status);
    case CertificateColumn:
        return e.certificateNumber.isEmpty() ? QString()
                                             : tr("№ %1 of %2").arg(e.certificateNumber, DateText::numeric(e.certificateDate));
    case NoteColumn: return p.mismatch.isEmpty() ? QString() : QString(u"⚠ " + p.mismatch);
    default: return {};
    }
}

QList<Enrolment> ParticipantModel::enrolments() const
{
    QList<Enrolment> out;
    out.reserve(m_rows.size());
    for (const Participant &p : m_rows)
        out.append(p.enrolment);
    return out;
}

} // namespace profrost
