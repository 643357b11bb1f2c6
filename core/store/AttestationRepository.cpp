#include "store/AttestationRepository.h"

#include "domain/AttestationRules.h"
#include "domain/DateText.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "store/RowReader.h"
#include "store/TeacherRepository.h"
#include "store/SettingsRepository.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const QString kRecordColumns = u"id, teacher_id, kind, category, granted, order_number, order_date, decided_by"_s;
const QString kApplicationColumns =
    u"id, teacher_id, category, planned_year, planned_month, submitted_on, status, decided_on, record_id, note"_s;

// Query for one record, RowReader for everyone's history.
template <typename Reader>
AttestationRecord readRecord(const Reader &q)
{
    AttestationRecord r;
    r.id = q.id(0);
    r.teacherId = q.id(1);
    AttestationText::fromCode(q.text(2), &r.kind);
    r.category = CategoryText::fromCode(q.text(3));
    r.granted = q.date(4);
    r.orderNumber = q.text(5);
    r.orderDate = q.date(6);
    AttestationText::fromCode(q.text(7), &r.decidedBy);
    return r;
}

AttestationApplication readApplication(const Query &q)
{
    AttestationApplication a;
    a.id = q.id(0);
    a.teacherId = q.id(1);
    a.category = CategoryText::fromCode(q.text(2));
    a.plannedYear = q.value(3).toInt();
    a.plannedMonth = q.value(4).toInt();
    a.submittedOn = q.date(5);
    AttestationText::fromCode(q.text(6), &a.status);
    a.decidedOn = q.date(7);
    a.recordId = q.value(8).isNull() ? 0 : q.id(8);
    a.note = q.text(9);
    return a;
}

bool isOpen(ApplicationStatus s)
{
    return s == ApplicationStatus::Submitted || s == ApplicationStatus::UnderReview;
}

void checkMonth(int year, int month)
{
    if (month < 1 || month > 12)
        throw Error(AttestationRepository::tr("The planned month must be from 1 to 12 (%1 given).").arg(month));
    if (year < 1990 || year > 2200)
        throw Error(AttestationRepository::tr("The planned year %1 is not a real year.").arg(year));
}

} // namespace

// ---------------------------------------------------------------- history

QList<AttestationRecord> AttestationRepository::history(qint64 teacherId) const
{
    QList<AttestationRecord> out;
    Query q(m_db, u"SELECT "_s + kRecordColumns + u" FROM attestation_record WHERE teacher_id = ? ORDER BY granted, id"_s);
    q.bind(teacherId).exec();
    while (q.next())
        out.append(readRecord(q));
    return out;
}

QList<AttestationRecord> AttestationRepository::allRecords() const
{
    QList<AttestationRecord> out;
    RowReader q(m_db, u"SELECT "_s + kRecordColumns + u" FROM attestation_record ORDER BY teacher_id, granted, id"_s);
    q.exec();
    while (q.next())
        out.append(readRecord(q));
    return out;
}

AttestationRecord AttestationRepository::record(qint64 id) const
{
    // With its version: what an editor opens (the lists read no version).
    Query q(m_db, u"SELECT "_s + kRecordColumns + u", row_version FROM attestation_record WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        throw Error(tr("The attestation record no longer exists."));
    AttestationRecord r = readRecord(q);
    r.version.value = q.value(8).toInt();
    return r;
}

qint64 AttestationRepository::findRecord(qint64 teacherId, AttestationKind kind, QDate granted) const
{
    Query q(m_db, u"SELECT id FROM attestation_record WHERE teacher_id = ? AND kind = ? AND granted = ?"_s);
    return q.bind(teacherId).bind(AttestationText::code(kind)).bind(granted).scalar().toLongLong();
}

void AttestationRepository::writeChecked(const AttestationRecord &r) const
{
    if (const QStringList problems = AttestationRules::checkRecord(r, Clock::instance().today()); !problems.isEmpty())
        throw Error(tr("The attestation record of %1 cannot be stored: %2")
                        .arg(TeacherRepository(m_db).nameOf(r.teacherId), problems.join(u"; "_s)));
    const qint64 same = findRecord(r.teacherId, r.kind, r.granted);
    if (same != 0 && same != r.id)
        throw Error(tr("%1 already has a record of %2 decided on %3.")
                        .arg(TeacherRepository(m_db).nameOf(r.teacherId), AttestationText::russianName(r.kind, r.category),
                             DateText::numeric(r.granted)));
}

qint64 AttestationRepository::insertRecord(const AttestationRecord &r)
{
    writeChecked(r);
    Transaction tx(m_db);
    Query q(m_db, u"INSERT INTO attestation_record (teacher_id, kind, category, granted, order_number, order_date,"
                  " decided_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(r.teacherId).bind(AttestationText::code(r.kind)).bind(CategoryText::code(r.category)).bind(r.granted)
        .bind(r.orderNumber.simplified()).bind(r.orderDate).bind(AttestationText::code(r.decidedBy));
    const qint64 id = q.scalar().toLongLong();
    if (r.kind == AttestationKind::Category)
        syncTeacher(m_db, r.teacherId);
    tx.commit();
    return id;
}

void AttestationRepository::updateRecord(const AttestationRecord &r)
{
    writeChecked(r);
    Transaction tx(m_db);
    const AttestationRecord before = record(r.id);
    // Two methodists may correct one record (store/RowVersion).
    Query q(m_db, u"UPDATE attestation_record SET teacher_id = ?, kind = ?, category = ?, granted = ?,"
                  " order_number = ?, order_date = ?, decided_by = ?"_s
                      + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(r.version.value));
    q.bind(r.teacherId).bind(AttestationText::code(r.kind)).bind(CategoryText::code(r.category)).bind(r.granted)
        .bind(r.orderNumber.simplified()).bind(r.orderDate).bind(AttestationText::code(r.decidedBy)).bind(r.id);
    RowVersion::exec(m_db, q, r.version.value, u"attestation_record"_s, r.id,
                     tr("Attestation of %1 of %2").arg(TeacherRepository(m_db).nameOf(before.teacherId),
                                                       DateText::numeric(before.granted)),
                     tr("The attestation record no longer exists."));
    syncTeacher(m_db, r.teacherId);
    if (before.teacherId != r.teacherId)
        syncTeacher(m_db, before.teacherId);
    tx.commit();
}

void AttestationRepository::removeRecord(qint64 id)
{
    Transaction tx(m_db);
    const AttestationRecord before = record(id);
    Query(m_db, u"DELETE FROM attestation_record WHERE id = ?"_s).bind(id).exec();
    syncTeacher(m_db, before.teacherId);
    tx.commit();
}

bool AttestationRepository::recordRegistryCategory(Database &db, qint64 teacherId, Category category, QDate granted)
{
    if (category == Category::None || !granted.isValid())
        return false; // «no category» in the registry does not erase the history
    Query q(db, u"SELECT id, category, granted FROM attestation_record WHERE teacher_id = ? AND kind = 'category'"
                " AND granted >= ?"_s);
    q.bind(teacherId).bind(granted).exec();
    qint64 sameDay = 0;
    QString sameDayCategory;
    bool newer = false;
    while (q.next()) {
        if (q.date(2) == granted) {
            sameDay = q.id(0);
            sameDayCategory = q.text(1);
        } else {
            newer = true;
        }
    }
    const QString code = CategoryText::code(category);
    if (sameDay == 0) {
        Query(db, u"INSERT INTO attestation_record (teacher_id, kind, category, granted, decided_by)"
                  " VALUES (?, 'category', ?, ?, 'region')"_s)
            .bind(teacherId).bind(code).bind(granted).exec();
    } else if (sameDayCategory != code) {
        Query(db, u"UPDATE attestation_record SET category = ? WHERE id = ?"_s).bind(code).bind(sameDay).exec();
    }
    if (newer) // the history knows a later category than the registry's
        syncTeacher(db, teacherId);
    return newer;
}

void AttestationRepository::syncTeacher(Database &db, qint64 teacherId)
{
    Query q(db, u"SELECT category, granted FROM attestation_record WHERE teacher_id = ? AND kind = 'category'"
                " ORDER BY granted DESC, id DESC LIMIT 1"_s);
    q.bind(teacherId).exec();
    QString category;
    QDate granted;
    if (q.next()) {
        category = q.text(0);
        granted = q.date(1);
    }
    Query(db, u"UPDATE teacher SET category = ?, category_date = ?"_s + RowVersion::bump() + u" WHERE id = ?"_s)
        .bind(category).bind(granted).bind(teacherId).exec();
}

void AttestationRepository::writeRecords(QList<AttestationRecord> &records)
{
    const QDate today = Clock::instance().today();
    Transaction tx(m_db);
    QHash<qint64, QPair<QDate, QString>> current; // teacher -> category date and code as stored
    {
        Query q(m_db, u"SELECT id, category_date, category FROM teacher"_s);
        q.exec();
        while (q.next())
            current.insert(q.id(0), {q.date(1), q.text(2)});
    }
    QSet<qint64> toSync;
    for (AttestationRecord &r : records) {
        if (const QStringList problems = AttestationRules::checkRecord(r, today); !problems.isEmpty())
            throw Error(tr("The attestation record of %1 cannot be stored: %2")
                            .arg(TeacherRepository(m_db).nameOf(r.teacherId), problems.join(u"; "_s)));
        if (r.id == 0) {
            Query q(m_db, u"INSERT INTO attestation_record (teacher_id, kind, category, granted, order_number,"
                          " order_date, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
            q.bind(r.teacherId).bind(AttestationText::code(r.kind)).bind(CategoryText::code(r.category))
                .bind(r.granted).bind(r.orderNumber.simplified()).bind(r.orderDate)
                .bind(AttestationText::code(r.decidedBy));
            r.id = q.scalar().toLongLong();
        } else {
            Query(m_db, u"UPDATE attestation_record SET teacher_id = ?, kind = ?, category = ?, granted = ?,"
                        " order_number = ?, order_date = ?, decided_by = ? WHERE id = ?"_s)
                .bind(r.teacherId).bind(AttestationText::code(r.kind)).bind(CategoryText::code(r.category))
                .bind(r.granted).bind(r.orderNumber.simplified()).bind(r.orderDate)
                .bind(AttestationText::code(r.decidedBy)).bind(r.id).exec();
        }
        // Only a record newer than the teacher's category, or of its day
        // with another category, changes what the teacher holds.
        const auto known = current.value(r.teacherId);
        if (r.kind == AttestationKind::Category
            && (!known.first.isValid() || r.granted > known.first
                || (r.granted == known.first && CategoryText::code(r.category) != known.second)))
            toSync.insert(r.teacherId);
    }
    for (qint64 teacherId : std::as_const(toSync))
        syncTeacher(m_db, teacherId);
    tx.commit();
}

void AttestationRepository::insertApplications(QList<AttestationApplication> &applications)
{
    Transaction tx(m_db);
    for (AttestationApplication &a : applications) {
        checkMonth(a.plannedYear, a.plannedMonth);
        Query q(m_db, u"INSERT INTO attestation_application (teacher_id, category, planned_year, planned_month,"
                      " submitted_on, status, decided_on, record_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      " RETURNING id"_s);
        q.bind(a.teacherId).bind(CategoryText::code(a.category)).bind(a.plannedYear).bind(a.plannedMonth)
            .bind(a.submittedOn).bind(AttestationText::code(a.status)).bind(a.decidedOn)
            .bind(a.recordId > 0 ? QVariant(a.recordId) : QVariant(QMetaType(QMetaType::LongLong)))
            .bind(a.note.simplified());
        a.id = q.scalar().toLongLong();
    }
    tx.commit();
}

void AttestationRepository::replaceTeacherState(qint64 teacherId, const QList<AttestationRecord> &records,
                                                const QList<AttestationApplication> &applications)
{
    Transaction tx(m_db);
    QSet<qint64> keepRecords, keepApplications;
    for (const AttestationRecord &r : records) {
        if (r.teacherId != teacherId)
            throw Error(tr("A record of another teacher cannot be restored here."));
        keepRecords.insert(r.id);
    }
    for (const AttestationApplication &a : applications) {
        if (a.teacherId != teacherId)
            throw Error(tr("An application of another teacher cannot be restored here."));
        keepApplications.insert(a.id);
    }
    // Applications first: they refer to records.
    for (const AttestationApplication &a : applicationsOf(teacherId)) {
        if (!keepApplications.contains(a.id))
            Query(m_db, u"DELETE FROM attestation_application WHERE id = ?"_s).bind(a.id).exec();
    }
    for (const AttestationRecord &r : history(teacherId)) {
        if (!keepRecords.contains(r.id))
            Query(m_db, u"DELETE FROM attestation_record WHERE id = ?"_s).bind(r.id).exec();
    }
    for (const AttestationRecord &r : records) {
        Query(m_db, u"INSERT INTO attestation_record (id, teacher_id, kind, category, granted, order_number,"
                    " order_date, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, category = excluded.category,"
                    " granted = excluded.granted, order_number = excluded.order_number,"
                    " order_date = excluded.order_date, decided_by = excluded.decided_by"_s)
            .bind(r.id).bind(teacherId).bind(AttestationText::code(r.kind)).bind(CategoryText::code(r.category))
            .bind(r.granted).bind(r.orderNumber).bind(r.orderDate).bind(AttestationText::code(r.decidedBy)).exec();
    }
    for (const AttestationApplication &a : applications) {
        Query(m_db, u"INSERT INTO attestation_application (id, teacher_id, category, planned_year, planned_month,"
                    " submitted_on, status, decided_on, record_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET category = excluded.category,"
                    " planned_year = excluded.planned_year, planned_month = excluded.planned_month,"
                    " submitted_on = excluded.submitted_on, status = excluded.status,"
                    " decided_on = excluded.decided_on, record_id = excluded.record_id, note = excluded.note"_s)
            .bind(a.id).bind(teacherId).bind(CategoryText::code(a.category)).bind(a.plannedYear).bind(a.plannedMonth)
            .bind(a.submittedOn).bind(AttestationText::code(a.status)).bind(a.decidedOn)
            .bind(a.recordId > 0 ? QVariant(a.recordId) : QVariant(QMetaType(QMetaType::LongLong)))
            .bind(a.note)
            .exec();
    }
    syncTeacher(m_db, teacherId);
    tx.commit();
}

// ---------------------------------------------------------------- applications

QList<AttestationApplication> AttestationRepository::applications(bool openOnly) const
{
    QList<AttestationApplication> out;
    Query q(m_db, u"SELECT a."_s + QString(kApplicationColumns).replace(u", "_s, u", a."_s)
                      + u" FROM attestation_application a JOIN teacher t ON t.id = a.teacher_id"_s
                      + (openOnly ? u" WHERE a.status IN ('submitted', 'review')"_s : QString())
                      + u" ORDER BY a.planned_year, a.planned_month, t.surname, t.name, t.patronymic, a.id"_s);
    q.exec();
    while (q.next())
        out.append(readApplication(q));
    return out;
}

QList<AttestationApplication> AttestationRepository::applicationsOf(qint64 teacherId) const
{
    QList<AttestationApplication> out;
    Query q(m_db, u"SELECT "_s + kApplicationColumns
                      + u" FROM attestation_application WHERE teacher_id = ? ORDER BY planned_year, planned_month, id"_s);
    q.bind(teacherId).exec();
    while (q.next())
        out.append(readApplication(q));
    return out;
}

AttestationApplication AttestationRepository::application(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + kApplicationColumns + u" FROM attestation_application WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        throw Error(tr("The application no longer exists."));
    return readApplication(q);
}

QStringList AttestationRepository::warningsFor(const AttestationApplication &a) const
{
    const QDate at = a.submittedOn.isValid() ? a.submittedOn : Clock::instance().today();
    return AttestationRules::applicationWarnings(a.category, history(a.teacherId), at,
                                                 SettingsRepository(m_db).validityYears());
}

AttestationRepository::Submitted AttestationRepository::submit(const AttestationApplication &a)
{
    if (a.category == Category::None)
        throw Error(tr("Choose the category %1 applies for.").arg(TeacherRepository(m_db).nameOf(a.teacherId)));
    checkMonth(a.plannedYear, a.plannedMonth);
    if (!a.submittedOn.isValid())
        throw Error(tr("Give the date the application of %1 was submitted.").arg(TeacherRepository(m_db).nameOf(a.teacherId)));
    if (a.submittedOn > Clock::instance().today())
        throw Error(tr("The application date %1 is in the future.").arg(DateText::numeric(a.submittedOn)));
    Transaction tx(m_db);
    Query open(m_db, u"SELECT COUNT(*) FROM attestation_application WHERE teacher_id = ?"
                     " AND status IN ('submitted', 'review')"_s);
    if (open.bind(a.teacherId).scalar().toInt() > 0)
        throw Error(tr("%1 already has an open application; decide or withdraw it first.").arg(TeacherRepository(m_db).nameOf(a.teacherId)));
    Submitted out;
    out.warnings = warningsFor(a);
    Query q(m_db, u"INSERT INTO attestation_application (teacher_id, category, planned_year, planned_month,"
                  " submitted_on, status, note) VALUES (?, ?, ?, ?, ?, 'submitted', ?) RETURNING id"_s);
    q.bind(a.teacherId).bind(CategoryText::code(a.category)).bind(a.plannedYear).bind(a.plannedMonth)
        .bind(a.submittedOn).bind(a.note.simplified());
    out.id = q.scalar().toLongLong();
    tx.commit();
    return out;
}

void AttestationRepository::reschedule(qint64 applicationId, int year, int month)
{
    checkMonth(year, month);
    Transaction tx(m_db);
    const AttestationApplication a = application(applicationId);
    if (!isOpen(a.status))
        throw Error(tr("The application of %1 is decided (%2); its month cannot change.")
                        .arg(TeacherRepository(m_db).nameOf(a.teacherId), AttestationText::displayName(a.status)));
    Query(m_db, u"UPDATE attestation_application SET planned_year = ?, planned_month = ? WHERE id = ?"_s)
        .bind(year).bind(month).bind(applicationId).exec();
    tx.commit();
}

void AttestationRepository::move(qint64 applicationId, ApplicationStatus to, QDate decided, qint64 recordId,
                                 const QString &note)
{
    const AttestationApplication a = application(applicationId);
    if (!AttestationRules::canMove(a.status, to))
        throw Error(tr("The application of %1 is %2; it cannot become %3 (submitted → under review → granted or "
                       "refused).")
                        .arg(TeacherRepository(m_db).nameOf(a.teacherId), AttestationText::displayName(a.status),
                             AttestationText::displayName(to)));
    // Only from the status just read: of two users deciding one application
    // at once on a server, the second finds it decided and changes nothing.
    Query q(m_db, u"UPDATE attestation_application SET status = ?, decided_on = ?, record_id = ?, note = ?"
                  " WHERE id = ? AND status = ?"_s);
    q.bind(AttestationText::code(to))
        .bind(decided)
        .bind(recordId > 0 ? QVariant(recordId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(note.trimmed().isEmpty() ? a.note : note.simplified())
        .bind(applicationId)
        .bind(AttestationText::code(a.status))
        .exec();
    if (q.numRowsAffected() == 0)
        throw EditConflict(changedMessage(a.teacherId), 0);
}

QString AttestationRepository::changedMessage(qint64 teacherId) const
{
    return tr("The application of %1 was changed by another user after the list was shown; nothing was changed. "
              "The list is shown again: check it and repeat the step.")
        .arg(TeacherRepository(m_db).nameOf(teacherId));
}

void AttestationRepository::checkApplication(const AttestationApplication &shown) const
{
    Query q(m_db, u"SELECT "_s + kApplicationColumns + u" FROM attestation_application WHERE id = ?"_s);
    q.bind(shown.id).exec();
    if (!q.next() || readApplication(q) != shown) // withdrawn, or changed
        throw EditConflict(changedMessage(shown.teacherId), 0);
}

void AttestationRepository::startReview(qint64 applicationId)
{
    Transaction tx(m_db);
    move(applicationId, ApplicationStatus::UnderReview, {}, 0, QString());
    tx.commit();
}

qint64 AttestationRepository::grant(qint64 applicationId, QDate decided, const QString &orderNumber, QDate orderDate)
{
    Transaction tx(m_db);
    const AttestationApplication a = application(applicationId);
    if (!AttestationRules::canMove(a.status, ApplicationStatus::Granted))
        move(applicationId, ApplicationStatus::Granted, decided, 0, QString()); // throws the clear message
    if (!decided.isValid())
        throw Error(tr("Give the date the category of %1 was granted.").arg(TeacherRepository(m_db).nameOf(a.teacherId)));
    AttestationRecord r;
    r.teacherId = a.teacherId;
    r.kind = AttestationKind::Category;
    r.category = a.category;
    r.granted = decided;
    r.orderNumber = orderNumber;
    r.orderDate = orderDate;
    r.decidedBy = AttestationDecider::Region;
    const qint64 recordId = insertRecord(r);
    move(applicationId, ApplicationStatus::Granted, decided, recordId, QString());
    tx.commit();
    return recordId;
}

void AttestationRepository::refuse(qint64 applicationId, QDate decided, const QString &reason)
{
    Transaction tx(m_db);
    move(applicationId, ApplicationStatus::Refused, decided, 0, reason);
    tx.commit();
}

void AttestationRepository::withdraw(qint64 applicationId)
{
    Transaction tx(m_db);
    const AttestationApplication a = application(applicationId);
    if (!isOpen(a.status))
        throw Error(tr("The application of %1 is decided (%2) and stays in the history.")
                        .arg(TeacherRepository(m_db).nameOf(a.teacherId), AttestationText::displayName(a.status)));
    Query(m_db, u"DELETE FROM attestation_application WHERE id = ?"_s).bind(applicationId).exec();
    tx.commit();
}

} // namespace profrost
