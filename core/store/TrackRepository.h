#pragma once

#include "domain/DevelopmentTrack.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace profrost {

class Database;

// Tracks of development and the teachers enrolled on them (migration step
// 17). Every write is one transaction; a refused one throws profrost::Error
// with the reason before anything is written.
class TrackRepository
{
    Q_DECLARE_TR_FUNCTIONS(TrackRepository)
public:
    explicit TrackRepository(Database &db) : m_db(db) {}

    // In the list's order.
    QList<DevelopmentTrack> tracks() const;
    std::optional<DevelopmentTrack> track(qint64 id) const;
    // A new track (id 0: goes last), the stored one, or one deleted before
    // with its id (undo). Refused: TrackRules, or a name another track has
    // (letter case aside).
    qint64 saveTrack(const DevelopmentTrack &t);
    // Refused while teachers are enrolled on it (their enrolments are the
    // history of the track: remove them first).
    void removeTrack(qint64 id);

    // Every enrolment, by half-year, track and teacher's surname.
    QList<TrackEnrolment> enrolments() const;
    QList<TrackEnrolment> enrolmentsIn(HalfYear halfYear) const;
    QList<TrackEnrolment> enrolmentsOf(qint64 teacherId) const;
    std::optional<TrackEnrolment> enrolment(qint64 id) const;
    // enrolmentsIn(halfYear) with each teacher's name and workplace in the
    // half-year: on its last day, or on `today` while it goes on.
    QList<TrackEnrolmentLine> linesIn(HalfYear halfYear, QDate today) const;
    // A new one (id 0), the stored one, or one deleted before with its id
    // (undo). Refused: TrackRules at `today`, a track or teacher not stored,
    // the teacher already on that track in that half-year.
    qint64 saveEnrolment(const TrackEnrolment &e, QDate today);
    void removeEnrolment(qint64 id);

private:
    QList<TrackEnrolment> readEnrolments(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace profrost
