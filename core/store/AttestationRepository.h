#pragma once

#include "domain/Attestation.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace profrost {

class Database;

// Attestation histories and applications. Every change is one transaction.
//
// The teacher's own `category` / `category_date` (what the registry shows
// and imports) stay consistent with the history both ways:
// - writing, changing or removing a category record sets the teacher's
//   category to the newest category record (or none when none is left);
// - TeacherRepository, when it stores a category and date, adds them to
//   the history unless a record of that day exists (recordRegistryCategory).
class AttestationRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttestationRepository)
public:
    explicit AttestationRepository(Database &db) : m_db(db) {}

    // ---- history
    // One teacher's records, oldest first.
    QList<AttestationRecord> history(qint64 teacherId) const;
    // Every teacher's records, by teacher and date: what plans and reminders read.
    QList<AttestationRecord> allRecords() const;
    AttestationRecord record(qint64 id) const;
    // The record of that teacher, kind and decision date; 0 when none.
    qint64 findRecord(qint64 teacherId, AttestationKind kind, QDate granted) const;
    // Each checks the record (AttestationRules::checkRecord against the
    // clock's today, one record per teacher, kind and day) and throws
    // profrost::Error naming the field and the reason.
    qint64 insertRecord(const AttestationRecord &r);
    void updateRecord(const AttestationRecord &r);
    void removeRecord(qint64 id);

    // ---- applications
    // Open (submitted or under review) or all, by planned month then teacher.
    QList<AttestationApplication> applications(bool openOnly = false) const;
    QList<AttestationApplication> applicationsOf(qint64 teacherId) const;
    AttestationApplication application(qint64 id) const;
    // The warnings of AttestationRules::applicationWarnings for this
    // application, with the teacher's history and the validity setting.
    QStringList warningsFor(const AttestationApplication &a) const;
    // Stores a new application (status submitted). Throws for a missing
    // category, month or date, or when the teacher already has an open
    // application; returns the id. The warnings are for the user to see.
    struct Submitted
    {
        qint64 id = 0;
        QStringList warnings;
    };
    Submitted submit(const AttestationApplication &a);
    // Moves the planned month of an open application.
    void reschedule(qint64 applicationId, int year, int month);
    // Submitted → under review.
    void startReview(qint64 applicationId);
    // Under review → granted: writes the category record (decided by the
    // region on `decided`, with the order) and returns its id.
    qint64 grant(qint64 applicationId, QDate decided, const QString &orderNumber, QDate orderDate);
    // Under review → refused, with the reason (may be empty).
    void refuse(qint64 applicationId, QDate decided, const QString &reason);
    // Deletes an application that is still open (withdrawn by the teacher).
    void withdraw(qint64 applicationId);
    // The application is as `shown`, or an EditConflict: another user
    // changed or withdrew it after the list was shown (a step the user chose
    // is made on what they saw, or not at all). Called in the step's transaction.
    void checkApplication(const AttestationApplication &shown) const;

    // ---- undo and redo
    // Makes one teacher's history and applications exactly these (ids kept):
    // the state before or after an action, so that undo restores a granted
    // category together with its application. One transaction; the
    // teacher's current category follows.
    void replaceTeacherState(qint64 teacherId, const QList<AttestationRecord> &records,
                             const QList<AttestationApplication> &applications);

    // ---- bulk writes (the demo generator; tens of thousands of rows)
    // Inserts new records (id 0) and updates the others, each checked by
    // AttestationRules::checkRecord, without the per-record look-ups; then
    // the category of every teacher whose newest record is among them is
    // synchronised. Ids of new records are filled in. One transaction.
    void writeRecords(QList<AttestationRecord> &records);
    // Inserts applications in whatever status (the history of past ones);
    // ids are filled in. The caller keeps one open application per teacher.
    void insertApplications(QList<AttestationApplication> &applications);

    // ---- consistency with the registry (TeacherRepository calls these in its transaction)
    // Adds the registry's category of that day to the history when the day
    // has no category record yet (a record of that day with another category
    // is corrected), then makes the teacher's category the newest recorded.
    // True when the history knows a later category, which then replaced the
    // teacher's (so a copy of the teacher held in memory must be read again).
    static bool recordRegistryCategory(Database &db, qint64 teacherId, Category category, QDate granted);
    // The teacher's category and date := the newest category record's (none when none).
    static void syncTeacher(Database &db, qint64 teacherId);

private:
    void writeChecked(const AttestationRecord &r) const;
    void move(qint64 applicationId, ApplicationStatus to, QDate decided, qint64 recordId, const QString &note);
    // «The application of Иванова А. П. was changed by another user…».
    QString changedMessage(qint64 teacherId) const;

    Database &m_db;
};

} // namespace profrost
