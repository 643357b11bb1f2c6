#pragma once

#include "common/RecordListModel.h"
#include "domain/Training.h"

#include <QList>

namespace profrost {

// The participants of one course run, an enrolment a row: name,
// organisation, status (pending orange, completed green), certificate,
// and a note when the programme is not meant for the teacher's post or
// subjects.
class ParticipantModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OrganisationColumn, StatusColumn, CertificateColumn, NoteColumn };
    struct Participant
    {
        Enrolment enrolment;
        QString name;
        QString organisation;
        QString mismatch; // why the programme does not fit (empty: it does)
    };

    explicit ParticipantModel(QObject *parent = nullptr);
    void setParticipants(QList<Participant> participants);
    void clear();
    // The enrolments shown: what a step on the participants is checked against.
    QList<Enrolment> enrolments() const;
    qint64 idAt(int row) const override;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Participant> m_rows;
};

} // namespace profrost
