#pragma once

#include "domain/Training.h"

#include "store/RowVersion.h"

#include <QCoreApplication>
#include <QList>

namespace profrost {

class Database;

// A course run with what its lists need at a glance.
struct CourseRunRow
{
    CourseRun run;
    QString programme;
    QString provider;
    int hours = 0;
    int applied = 0;  // applications waiting for a decision
    int enrolled = 0; // holding a seat (enrolled, completed, not completed)
    int waiting = 0;
    int completed = 0;
};

// The further-training catalogue, course runs and enrolments. Every change
// is one transaction; enrolment moves follow TrainingRules::canMove, and a
// freed seat goes to the first on the waiting list.
class TrainingRepository
{
    Q_DECLARE_TR_FUNCTIONS(TrainingRepository)
public:
    explicit TrainingRepository(Database &db) : m_db(db) {}

    // ---- programmes
    QList<Programme> programmes() const;
    Programme programme(qint64 id) const;
    // The same title, provider and hours (case, spaces and ё ignored); 0 when none.
    qint64 findProgramme(const QString &title, const QString &provider, int hours) const;
    qint64 insertProgramme(const Programme &p);
    void updateProgramme(const Programme &p);
    void restoreProgramme(const Programme &p); // with its old id (undo)
    void removeProgramme(qint64 id);           // refused while runs refer to it

    // ---- runs
    // Runs overlapping [from, to]; invalid dates leave that side open.
    QList<CourseRunRow> runs(QDate from = {}, QDate to = {}) const;
    CourseRun run(qint64 id) const;
    qint64 findRun(qint64 programmeId, QDate starts, QDate ends) const;
    qint64 insertRun(const CourseRun &r);
    void updateRun(const CourseRun &r);
    void removeRun(qint64 id); // refused while someone completed it

    // ---- enrolments
    QList<Enrolment> enrolments(qint64 runId) const;
    // Makes the participants of a run exactly `enrolments` (ids kept): the
    // state before or after a change, for undo and redo. One transaction.
    // With `expected` (an undo on a server) it is refused with an
    // EditConflict when the participants are no longer those.
    void replaceEnrolments(qint64 runId, const QList<Enrolment> &enrolments, const QList<Enrolment> *expected = nullptr);
    // The participants of a run are those `shown` (in any order), or an
    // EditConflict: another user changed them after the list was shown
    // (issue 17 «no lost edits»: a step the user chose is made on the list
    // they saw, or not at all). Called in the step's transaction.
    void checkParticipants(qint64 runId, const QList<Enrolment> &shown) const;
    QList<Enrolment> enrolmentsOfTeacher(qint64 teacherId) const;
    Enrolment enrolment(qint64 id) const;
    // An application (заявка) of a teacher, sent by an organisation.
    qint64 apply(qint64 runId, qint64 teacherId, qint64 organisationId, QDate on);
    // The methodist approves: enrolled while seats are free, else waiting list.
    EnrolmentStatus approve(qint64 enrolmentId);
    void complete(qint64 enrolmentId, const QString &certificateNumber, QDate certificateDate);
    void markNotCompleted(qint64 enrolmentId);
    // Withdraws an application or enrolment; a freed seat goes to the waiting list.
    void withdraw(qint64 enrolmentId);
    // Takes back a completion mark (a mistake): enrolled again.
    void reopen(qint64 enrolmentId);
    // A completion known from a certificate (imports): creates or updates
    // the teacher's enrolment in the run as completed. Returns true when
    // anything changed.
    bool recordCompletion(qint64 runId, qint64 teacherId, const QString &certificateNumber, QDate certificateDate);
    // Completions of teachers not enrolled in those runs before (the
    // caller's promise, not looked up), checked as recordCompletion() checks
    // them and written in one transaction with one prepared statement: the
    // demo's courses of ten years. Nothing is written when one is refused.
    struct NewCompletion
    {
        qint64 runId = 0;
        qint64 teacherId = 0;
        QString certificateNumber;
        QDate certificateDate;
    };
    void recordNewCompletions(const QList<NewCompletion> &completions);
    int seatsTaken(qint64 runId) const;

    // ---- what the rules read
    QList<Completion> completions() const;
    QList<Completion> completionsOf(qint64 teacherId) const;
    // The completed courses that ended in (after, upTo] (the indicators'
    // window), in no particular order.
    QList<Completion> completionsEnded(QDate after, QDate upTo) const;
    // Those of the teachers who have an individual route (what the routes' effect reads).
    QList<Completion> completionsOfTeachersWithRoutes() const;

private:
    void writeProgramme(const Programme &p, bool withId);
    void writeProgrammeLinks(const Programme &p);
    void move(qint64 enrolmentId, EnrolmentStatus to);
    // What a step on participants another user changed meanwhile is refused with.
    static EditConflict participantsChanged();
    void promoteWaiting(qint64 runId);
    // The completed courses of the enrolments `which` picks (a condition on `e`, the enrolment).
    QList<Completion> readCompletions(const QString &which, const QVariantList &binds) const;
    QList<Completion> readCompletionRows(const QString &sql, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace profrost
