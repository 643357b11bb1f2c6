#include "store/TrainingRepository.h"

#include "domain/DateText.h"
#include "domain/TrainingRules.h"
#include "store/BulkInsert.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RowReader.h"
#include "store/RowVersion.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QSet>

#include <algorithm>

namespace profrost {

// ---------------------------------------------------------------- programmes

namespace {

const QString kProgrammeColumns =
    QStringLiteral("id, title, provider, provider_kind, kind, hours, form, federal_registry");

Programme readProgramme(const Query &q)
{
    Programme p;
    p.id = q.id(0);
    p.title = q.text(1);
    p.provider = q.text(2);
    TrainingText::fromCode(q.text(3), &p.providerKind);
    TrainingText::fromCode(q.text(4), &p.kind);
    p.hours = q.value(5).toInt();
    TrainingText::fromCode(q.text(6), &p.form);
    p.federalRegistry = q.value(7).toInt() != 0;
    return p;
}

EnrolmentStatus statusOf(const QString &code)
{
    EnrolmentStatus s = EnrolmentStatus::Applied;
    TrainingText::fromCode(code, &s);
    return s;
}

} // namespace

QList<Programme> TrainingRepository::programmes() const
{
    QList<Programme> out;
    QHash<qint64, qsizetype> index;
    {
        Query q(m_db, u"SELECT " + kProgrammeColumns + u" FROM programme ORDER BY title, provider, hours");
        q.exec();
        while (q.next()) {
            index.insert(q.id(0), out.size());
            out.append(readProgramme(q));
        }
    }
    Query areas(m_db, QStringLiteral("SELECT programme_id, area FROM programme_area ORDER BY programme_id, area"));
    areas.exec();
    while (areas.next()) {
        CompetencyArea a;
        if (index.contains(areas.id(0)) && TrainingText::fromCode(areas.text(1), &a))
            out[index.value(areas.id(0))].areas.append(a);
    }
    Query positions(m_db, QStringLiteral("SELECT programme_id, position_id FROM programme_position ORDER BY 1, 2"));
    positions.exec();
    while (positions.next()) {
        if (index.contains(positions.id(0)))
            out[index.value(positions.id(0))].positionIds.append(positions.id(1));
    }
    Query subjects(m_db, QStringLiteral("SELECT programme_id, subject_id FROM programme_subject ORDER BY 1, 2"));
    subjects.exec();
    while (subjects.next()) {
        if (index.contains(subjects.id(0)))
            out[index.value(subjects.id(0))].subjectIds.append(subjects.id(1));
    }
    for (Programme &p : out) // in the dictionary's order
        p.areas = TrainingText::inAreaOrder(p.areas);
    return out;
}

Programme TrainingRepository::programme(qint64 id) const
{
    // With its version: what the programme's dialog opens (the catalogue's list reads none).
    Query q(m_db, u"SELECT " + kProgrammeColumns + u", row_version FROM programme WHERE id = ?");
    q.bind(id).exec();
    if (!q.next())
        throw Error(tr("The programme no longer exists."));
    Programme p = readProgramme(q);
    p.version.value = q.value(8).toInt();
    Query areas(m_db, QStringLiteral("SELECT area FROM programme_area WHERE programme_id = ?"));
    areas.bind(id).exec();
    while (areas.next()) {
        CompetencyArea a;
        if (TrainingText::fromCode(areas.text(0), &a))
            p.areas.append(a);
    }
    p.areas = TrainingText::inAreaOrder(p.areas);
    Query positions(m_db, QStringLiteral("SELECT position_id FROM programme_position WHERE programme_id = ? ORDER BY 1"));
    positions.bind(id).exec();
    while (positions.next())
        p.positionIds.append(positions.id(0));
    Query subjects(m_db, QStringLiteral("SELECT subject_id FROM programme_subject WHERE programme_id = ? ORDER BY 1"));
    subjects.bind(id).exec();
    while (subjects.next())
        p.subjectIds.append(subjects.id(0));
    return p;
}

qint64 TrainingRepository::findProgramme(const QString &title, const QString &provider, int hours) const
{
    Query q(m_db, QStringLiteral("SELECT id, title, provider FROM programme WHERE hours = ?"));
    q.bind(hours).exec();
    const QString t = normalizedKey(title), pr = normalizedKey(provider);
    while (q.next()) {
        if (normalizedKey(q.text(1)) == t && normalizedKey(q.text(2)) == pr)
            return q.id(0);
    }
    return 0;
}

void TrainingRepository::writeProgramme(const Programme &p, bool withId)
{
    if (const QStringList problems = TrainingRules::checkProgramme(p); !problems.isEmpty())
        throw Error(problems.join(QStringLiteral("; ")));
    const qint64 same = findProgramme(p.title, p.provider, p.hours);
    if (same != 0 && same != p.id)
        throw Error(tr("The catalogue already has \"%1\" (%2, %3 h).").arg(p.title.simplified(), p.provider.simplified()).arg(p.hours));
    Q_UNUSED(withId);
}

void TrainingRepository::writeProgrammeLinks(const Programme &p)
{
    Query(m_db, QStringLiteral("DELETE FROM programme_area WHERE programme_id = ?")).bind(p.id).exec();
    Query(m_db, QStringLiteral("DELETE FROM programme_position WHERE programme_id = ?")).bind(p.id).exec();
    Query(m_db, QStringLiteral("DELETE FROM programme_subject WHERE programme_id = ?")).bind(p.id).exec();
    QList<CompetencyArea> areas = p.areas;
    std::sort(areas.begin(), areas.end());
    areas.erase(std::unique(areas.begin(), areas.end()), areas.end());
    for (CompetencyArea a : areas)
        Query(m_db, QStringLiteral("INSERT INTO programme_area (programme_id, area) VALUES (?, ?)"))
            .bind(p.id).bind(TrainingText::code(a)).exec();
    for (qint64 id : p.positionIds)
        Query(m_db, QStringLiteral("INSERT INTO programme_position (programme_id, position_id) VALUES (?, ?)"))
            .bind(p.id).bind(id).exec();
    for (qint64 id : p.subjectIds)
        Query(m_db, QStringLiteral("INSERT INTO programme_subject (programme_id, subject_id) VALUES (?, ?)"))
            .bind(p.id).bind(id).exec();
}

qint64 TrainingRepository::insertProgramme(const Programme &original)
{
    writeProgramme(original, false);
    Programme p = original;
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO programme (title, provider, provider_kind, kind, hours, form,"
                                 " federal_registry) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    p.id = q.bind(p.title.simplified()).bind(p.provider.simplified()).bind(TrainingText::code(p.providerKind))
               .bind(TrainingText::code(p.kind)).bind(p.hours).bind(TrainingText::code(p.form)).bind(p.federalRegistry)
               .scalar().toLongLong();
    writeProgrammeLinks(p);
    tx.commit();
    return p.id;
}

void TrainingRepository::restoreProgramme(const Programme &p)
{
    writeProgramme(p, true);
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO programme (id, title, provider, provider_kind, kind, hours, form,"
                               " federal_registry) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(p.id).bind(p.title.simplified()).bind(p.provider.simplified()).bind(TrainingText::code(p.providerKind))
        .bind(TrainingText::code(p.kind)).bind(p.hours).bind(TrainingText::code(p.form)).bind(p.federalRegistry).exec();
    writeProgrammeLinks(p);
    tx.commit();
}

void TrainingRepository::updateProgramme(const Programme &p)
{
    writeProgramme(p, true);
    Transaction tx(m_db);
    // Two methodists may edit one programme (store/RowVersion).
    Query q(m_db, QStringLiteral("UPDATE programme SET title = ?, provider = ?, provider_kind = ?, kind = ?, hours = ?,"
                                 " form = ?, federal_registry = ?")
                      + RowVersion::bump() + QStringLiteral(" WHERE id = ?") + RowVersion::guard(p.version.value));
    q.bind(p.title.simplified()).bind(p.provider.simplified()).bind(TrainingText::code(p.providerKind))
        .bind(TrainingText::code(p.kind)).bind(p.hours).bind(TrainingText::code(p.form)).bind(p.federalRegistry)
        .bind(p.id);
    RowVersion::exec(m_db, q, p.version.value, QStringLiteral("programme"), p.id, p.title.simplified(),
                     tr("The programme no longer exists."));
    writeProgrammeLinks(p);
    tx.commit();
}

void TrainingRepository::removeProgramme(qint64 id)
{
    Transaction tx(m_db);
    Query count(m_db, QStringLiteral("SELECT COUNT(*) FROM course_run WHERE programme_id = ?"));
    if (const int n = count.bind(id).scalar().toInt(); n > 0)
        throw Error(tr("The programme cannot be deleted: %n course run(s) use it.", nullptr, n));
    Query(m_db, QStringLiteral("DELETE FROM programme WHERE id = ?")).bind(id).exec();
    tx.commit();
}

// ---------------------------------------------------------------- runs

QList<CourseRunRow> TrainingRepository::runs(QDate from, QDate to) const
{
    QList<CourseRunRow> out;
    Query q(m_db, QStringLiteral(
        "SELECT r.id, r.programme_id, r.starts, r.ends, r.place, r.group_name, r.seats, p.title, p.provider, p.hours,"
        " (SELECT COUNT(*) FROM enrolment e WHERE e.run_id = r.id AND e.status = 'applied'),"
        " (SELECT COUNT(*) FROM enrolment e WHERE e.run_id = r.id AND e.status IN ('enrolled', 'completed', 'not_completed')),"
        " (SELECT COUNT(*) FROM enrolment e WHERE e.run_id = r.id AND e.status = 'waiting'),"
        " (SELECT COUNT(*) FROM enrolment e WHERE e.run_id = r.id AND e.status = 'completed')"
        " FROM course_run r JOIN programme p ON p.id = r.programme_id"
        " WHERE %1 AND %2"
        " ORDER BY r.starts, p.title, r.id")
        // An open end is left out of the statement: "? IS NULL" has no type
        // PostgreSQL could give the parameter.
        .arg(from.isValid() ? QStringLiteral("r.ends >= ?") : QStringLiteral("1 = 1"),
             to.isValid() ? QStringLiteral("r.starts <= ?") : QStringLiteral("1 = 1")));
    if (from.isValid())
        q.bind(from);
    if (to.isValid())
        q.bind(to);
    q.exec();
    while (q.next()) {
        CourseRunRow row;
        row.run = {q.id(0), q.id(1), q.date(2), q.date(3), q.text(4), q.text(5), q.value(6).toInt(), {}};
        row.programme = q.text(7);
        row.provider = q.text(8);
        row.hours = q.value(9).toInt();
        row.applied = q.value(10).toInt();
        row.enrolled = q.value(11).toInt();
        row.waiting = q.value(12).toInt();
        row.completed = q.value(13).toInt();
        out.append(row);
    }
    return out;
}

CourseRun TrainingRepository::run(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT id, programme_id, starts, ends, place, group_name, seats, row_version"
                                 " FROM course_run WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        throw Error(tr("The course run no longer exists."));
    return {q.id(0), q.id(1), q.date(2), q.date(3), q.text(4), q.text(5), q.value(6).toInt(), {q.value(7).toInt()}};
}

qint64 TrainingRepository::findRun(qint64 programmeId, QDate starts, QDate ends) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM course_run WHERE programme_id = ? AND starts = ? AND ends = ? ORDER BY id"));
    return q.bind(programmeId).bind(starts).bind(ends).scalar().toLongLong();
}

qint64 TrainingRepository::insertRun(const CourseRun &r)
{
    if (const QStringList problems = TrainingRules::checkRun(r); !problems.isEmpty())
        throw Error(problems.join(QStringLiteral("; ")));
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO course_run (programme_id, starts, ends, place, group_name, seats)"
                                 " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    const qint64 id = q.bind(r.programmeId).bind(r.starts).bind(r.ends).bind(r.place.simplified())
                          .bind(r.groupName.simplified()).bind(r.seats).scalar().toLongLong();
    tx.commit();
    return id;
}

void TrainingRepository::updateRun(const CourseRun &r)
{
    if (const QStringList problems = TrainingRules::checkRun(r); !problems.isEmpty())
        throw Error(problems.join(QStringLiteral("; ")));
    Transaction tx(m_db);
    if (r.seats > 0 && seatsTaken(r.id) > r.seats)
        throw Error(tr("%1 people hold a seat already; the run cannot have fewer seats.").arg(seatsTaken(r.id)));
    // Two methodists may edit one run (store/RowVersion).
    Query q(m_db, QStringLiteral("UPDATE course_run SET programme_id = ?, starts = ?, ends = ?, place = ?, group_name = ?,"
                                 " seats = ?")
                      + RowVersion::bump() + QStringLiteral(" WHERE id = ?") + RowVersion::guard(r.version.value));
    q.bind(r.programmeId).bind(r.starts).bind(r.ends).bind(r.place.simplified()).bind(r.groupName.simplified())
        .bind(r.seats).bind(r.id);
    RowVersion::exec(m_db, q, r.version.value, QStringLiteral("course_run"), r.id,
                     tr("Course run %1").arg(DateText::period(r.starts, r.ends)), tr("The course run no longer exists."));
    promoteWaiting(r.id); // more seats: the waiting list moves up
    tx.commit();
}

void TrainingRepository::removeRun(qint64 id)
{
    Transaction tx(m_db);
    Query count(m_db, QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE run_id = ?"));
    if (const int n = count.bind(id).scalar().toInt(); n > 0)
        throw Error(tr("The course run cannot be deleted: it has %n participant record(s).", nullptr, n));
    Query(m_db, QStringLiteral("DELETE FROM course_run WHERE id = ?")).bind(id).exec();
    tx.commit();
}

// ---------------------------------------------------------------- enrolments

namespace {

const QString kEnrolmentColumns = QStringLiteral(
    "id, run_id, teacher_id, organisation_id, status, applied_on, certificate_number, certificate_date");

Enrolment readEnrolment(const Query &q)
{
    return {q.id(0), q.id(1), q.id(2), q.id(3), statusOf(q.text(4)), q.date(5), q.text(6), q.date(7)};
}

} // namespace

QList<Enrolment> TrainingRepository::enrolments(qint64 runId) const
{
    QList<Enrolment> out;
    Query q(m_db, u"SELECT " + kEnrolmentColumns + u" FROM enrolment WHERE run_id = ? ORDER BY applied_on, id");
    q.bind(runId).exec();
    while (q.next())
        out.append(readEnrolment(q));
    return out;
}

QList<Enrolment> TrainingRepository::enrolmentsOfTeacher(qint64 teacherId) const
{
    QList<Enrolment> out;
    Query q(m_db, u"SELECT " + kEnrolmentColumns + u" FROM enrolment WHERE teacher_id = ? ORDER BY applied_on, id");
    q.bind(teacherId).exec();
    while (q.next())
        out.append(readEnrolment(q));
    return out;
}

Enrolment TrainingRepository::enrolment(qint64 id) const
{
    Query q(m_db, u"SELECT " + kEnrolmentColumns + u" FROM enrolment WHERE id = ?");
    q.bind(id).exec();
    if (!q.next())
        throw Error(tr("The enrolment no longer exists."));
    return readEnrolment(q);
}

int TrainingRepository::seatsTaken(qint64 runId) const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE run_id = ?"
                                 " AND status IN ('enrolled', 'completed', 'not_completed')"));
    return q.bind(runId).scalar().toInt();
}

qint64 TrainingRepository::apply(qint64 runId, qint64 teacherId, qint64 organisationId, QDate on)
{
    Transaction tx(m_db);
    Query existing(m_db, QStringLiteral("SELECT id, status FROM enrolment WHERE run_id = ? AND teacher_id = ?"));
    existing.bind(runId).bind(teacherId).exec();
    if (existing.next()) {
        const qint64 id = existing.id(0);
        if (statusOf(existing.text(1)) != EnrolmentStatus::Withdrawn)
            throw Error(tr("This teacher is already on the list of the course."));
        existing.raw().finish();
        move(id, EnrolmentStatus::Applied); // a withdrawn application sent again: it queues anew
        Query(m_db, QStringLiteral("UPDATE enrolment SET applied_on = ?, organisation_id = ? WHERE id = ?"))
            .bind(on).bind(organisationId > 0 ? QVariant(organisationId) : QVariant(QMetaType(QMetaType::LongLong)))
            .bind(id).exec();
        tx.commit();
        return id;
    }
    Query q(m_db, QStringLiteral("INSERT INTO enrolment (run_id, teacher_id, organisation_id, status, applied_on)"
                                 " VALUES (?, ?, ?, 'applied', ?) RETURNING id"));
    const qint64 id = q.bind(runId).bind(teacherId).bind(organisationId > 0 ? QVariant(organisationId) : QVariant(QMetaType(QMetaType::LongLong)))
                          .bind(on).scalar().toLongLong();
    tx.commit();
    return id;
}

namespace {

QList<Enrolment> byId(QList<Enrolment> list)
{
    std::sort(list.begin(), list.end(), [](const Enrolment &a, const Enrolment &b) { return a.id < b.id; });
    return list;
}

} // namespace

EditConflict TrainingRepository::participantsChanged()
{
    return EditConflict(tr("The participants of this course were changed by another user after the list was shown; "
                           "nothing was changed. The list is shown again: check it and repeat the step."),
                        0);
}

void TrainingRepository::checkParticipants(qint64 runId, const QList<Enrolment> &shown) const
{
    if (byId(enrolments(runId)) != byId(shown))
        throw participantsChanged();
}

void TrainingRepository::replaceEnrolments(qint64 runId, const QList<Enrolment> &wanted,
                                           const QList<Enrolment> *expected)
{
    Transaction tx(m_db);
    if (expected)
        checkParticipants(runId, *expected);
    QSet<qint64> keep;
    for (const Enrolment &e : wanted) {
        if (e.runId != runId)
            throw Error(tr("An enrolment of another course run cannot be restored here."));
        keep.insert(e.id);
    }
    for (const Enrolment &e : enrolments(runId)) {
        if (!keep.contains(e.id))
            Query(m_db, QStringLiteral("DELETE FROM enrolment WHERE id = ?")).bind(e.id).exec();
    }
    const auto orNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); };
    for (const Enrolment &e : wanted) {
        // INSERT OR REPLACE would delete and re-insert: an upsert keeps the row.
        Query(m_db, QStringLiteral(
                        "INSERT INTO enrolment (id, run_id, teacher_id, organisation_id, status, applied_on,"
                        " certificate_number, certificate_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (id) DO UPDATE SET teacher_id = excluded.teacher_id,"
                        " organisation_id = excluded.organisation_id, status = excluded.status,"
                        " applied_on = excluded.applied_on, certificate_number = excluded.certificate_number,"
                        " certificate_date = excluded.certificate_date"))
            .bind(e.id)
            .bind(runId)
            .bind(e.teacherId)
            .bind(orNull(e.organisationId))
            .bind(TrainingText::code(e.status))
            .bind(e.appliedOn)
            .bind(e.certificateNumber)
            .bind(e.certificateDate)
            .exec();
    }
    tx.commit();
}

void TrainingRepository::move(qint64 enrolmentId, EnrolmentStatus to)
{
    const Enrolment e = enrolment(enrolmentId);
    if (!TrainingRules::canMove(e.status, to))
        throw Error(tr("A participant cannot go from \"%1\" to \"%2\".")
                        .arg(TrainingText::displayName(e.status), TrainingText::displayName(to)));
    // Only from the status just read: of two users stepping one participant
    // at once on a server, the second finds it moved and changes nothing.
    Query q(m_db, QStringLiteral("UPDATE enrolment SET status = ? WHERE id = ? AND status = ?"));
    q.bind(TrainingText::code(to)).bind(enrolmentId).bind(TrainingText::code(e.status)).exec();
    if (q.numRowsAffected() == 0)
        throw participantsChanged();
}

EnrolmentStatus TrainingRepository::approve(qint64 enrolmentId)
{
    Transaction tx(m_db);
    const Enrolment e = enrolment(enrolmentId);
    if (TrainingRules::holdsSeat(e.status))
        return e.status; // approved already
    const CourseRun r = run(e.runId);
    const bool full = r.seats > 0 && seatsTaken(r.id) >= r.seats;
    const EnrolmentStatus to = full ? EnrolmentStatus::Waiting : EnrolmentStatus::Enrolled;
    move(enrolmentId, to);
    tx.commit();
    return to;
}

void TrainingRepository::complete(qint64 enrolmentId, const QString &certificateNumber, QDate certificateDate)
{
    Transaction tx(m_db);
    const Enrolment e = enrolment(enrolmentId);
    const CourseRun r = run(e.runId);
    if (certificateDate.isValid() && certificateDate < r.starts)
        throw Error(tr("The certificate date %1 is before the course started (%2).")
                        .arg(DateText::numeric(certificateDate), DateText::numeric(r.starts)));
    move(enrolmentId, EnrolmentStatus::Completed);
    Query(m_db, QStringLiteral("UPDATE enrolment SET certificate_number = ?, certificate_date = ? WHERE id = ?"))
        .bind(certificateNumber.simplified()).bind(certificateDate).bind(enrolmentId).exec();
    tx.commit();
}

void TrainingRepository::markNotCompleted(qint64 enrolmentId)
{
    Transaction tx(m_db);
    move(enrolmentId, EnrolmentStatus::NotCompleted);
    tx.commit();
}

void TrainingRepository::reopen(qint64 enrolmentId)
{
    Transaction tx(m_db);
    move(enrolmentId, EnrolmentStatus::Enrolled);
    Query(m_db, QStringLiteral("UPDATE enrolment SET certificate_number = NULL, certificate_date = NULL WHERE id = ?"))
        .bind(enrolmentId).exec();
    tx.commit();
}

void TrainingRepository::withdraw(qint64 enrolmentId)
{
    Transaction tx(m_db);
    const Enrolment e = enrolment(enrolmentId);
    move(enrolmentId, EnrolmentStatus::Withdrawn);
    if (e.status == EnrolmentStatus::Enrolled)
        promoteWaiting(e.runId);
    tx.commit();
}

void TrainingRepository::promoteWaiting(qint64 runId)
{
    const CourseRun r = run(runId);
    QList<qint64> waiting;
    {
        Query q(m_db, QStringLiteral("SELECT id FROM enrolment WHERE run_id = ? AND status = 'waiting' ORDER BY applied_on, id"));
        q.bind(runId).exec();
        while (q.next())
            waiting.append(q.id(0));
    }
    int taken = seatsTaken(runId);
    for (qint64 id : waiting) {
        if (r.seats > 0 && taken >= r.seats)
            break;
        move(id, EnrolmentStatus::Enrolled);
        ++taken;
    }
}

bool TrainingRepository::recordCompletion(qint64 runId, qint64 teacherId, const QString &certificateNumber,
                                          QDate certificateDate)
{
    Transaction tx(m_db);
    const CourseRun r = run(runId);
    if (certificateDate.isValid() && certificateDate < r.starts)
        throw Error(tr("The certificate date %1 is before the course started (%2).")
                        .arg(DateText::numeric(certificateDate), DateText::numeric(r.starts)));
    Query existing(m_db, u"SELECT " + kEnrolmentColumns + u" FROM enrolment WHERE run_id = ? AND teacher_id = ?");
    existing.bind(runId).bind(teacherId).exec();
    bool changed = true;
    if (existing.next()) {
        const Enrolment e = readEnrolment(existing);
        existing.raw().finish();
        changed = e.status != EnrolmentStatus::Completed || e.certificateNumber != certificateNumber.simplified()
            || e.certificateDate != certificateDate;
        if (changed)
            Query(m_db, QStringLiteral("UPDATE enrolment SET status = 'completed', certificate_number = ?,"
                                       " certificate_date = ? WHERE id = ?"))
                .bind(certificateNumber.simplified()).bind(certificateDate).bind(e.id).exec();
    } else {
        Query(m_db, QStringLiteral("INSERT INTO enrolment (run_id, teacher_id, status, certificate_number, certificate_date)"
                                   " VALUES (?, ?, 'completed', ?, ?)"))
            .bind(runId).bind(teacherId).bind(certificateNumber.simplified()).bind(certificateDate).exec();
    }
    tx.commit();
    return changed;
}

void TrainingRepository::recordNewCompletions(const QList<NewCompletion> &completions)
{
    QHash<qint64, QDate> starts; // run -> its first day
    for (const NewCompletion &c : completions) {
        auto it = starts.find(c.runId);
        if (it == starts.end())
            it = starts.insert(c.runId, run(c.runId).starts);
        if (c.certificateDate.isValid() && c.certificateDate < *it)
            throw Error(tr("The certificate date %1 is before the course started (%2).")
                            .arg(DateText::numeric(c.certificateDate), DateText::numeric(*it)));
    }
    Transaction tx(m_db);
    BulkInsert insert(m_db, QStringLiteral("INSERT INTO enrolment (run_id, teacher_id, status, certificate_number,"
                                           " certificate_date) VALUES (?, ?, 'completed', ?, ?)"),
                      BulkInsert::Returns::Nothing);
    for (const NewCompletion &c : completions)
        insert.bind(c.runId).bind(c.teacherId).bind(c.certificateNumber.simplified()).bind(c.certificateDate).exec();
    tx.commit();
}

// ---------------------------------------------------------------- completions

namespace {

const QString kCompletionColumns = QStringLiteral(
    "SELECT e.teacher_id, e.id, p.title, p.provider, p.hours, p.kind, r.starts, r.ends, e.certificate_number, p.id, r.id");

} // namespace

QList<Completion> TrainingRepository::readCompletions(const QString &which, const QVariantList &binds) const
{
    return readCompletionRows(kCompletionColumns
                                  + QStringLiteral(" FROM enrolment e JOIN course_run r ON r.id = e.run_id"
                                                   " JOIN programme p ON p.id = r.programme_id"
                                                   " WHERE e.status = 'completed' AND ")
                                  + which + QStringLiteral(" ORDER BY e.teacher_id, r.ends, e.id"),
                              binds);
}

QList<Completion> TrainingRepository::readCompletionRows(const QString &sql, const QVariantList &binds) const
{
    QList<Completion> out;
    RowReader q(m_db, sql);
    q.bindAll(binds);
    q.exec();
    // A region's 300,000 courses come from a few hundred programmes: their
    // texts are made once and shared.
    QHash<qint64, Completion> programmes;
    while (q.next()) {
        const qint64 programmeId = q.id(9);
        auto programme = programmes.constFind(programmeId);
        if (programme == programmes.cend()) {
            Completion p;
            p.programme = q.text(2);
            p.provider = q.text(3);
            p.hours = q.integer(4);
            TrainingText::fromCode(q.text(5), &p.kind);
            programme = programmes.insert(programmeId, p);
        }
        Completion c = *programme;
        c.teacherId = q.id(0);
        c.enrolmentId = q.id(1);
        c.starts = q.date(6);
        c.ends = q.date(7);
        c.certificateNumber = q.text(8);
        c.programmeId = programmeId;
        c.runId = q.id(10);
        out.append(std::move(c));
    }
    return out;
}

QList<Completion> TrainingRepository::completionsOfTeachersWithRoutes() const
{
    return readCompletions(QStringLiteral("e.teacher_id IN (SELECT teacher_id FROM route)"), {});
}

QList<Completion> TrainingRepository::completions() const
{
    return readCompletions(QStringLiteral("1 = 1"), {});
}

QList<Completion> TrainingRepository::completionsEnded(QDate after, QDate upTo) const
{
    // The runs of the window first, then their completions (by the
    // enrolment's run key), in no order: a region's course records reach
    // back a decade, and walking them all by teacher to sort them cost
    // the indicators more than everything else they read. CROSS JOIN keeps
    // SQLite's join order (it has no statistics to choose by).
    return readCompletionRows(kCompletionColumns
                                  + QStringLiteral(" FROM course_run r CROSS JOIN enrolment e"
                                                   " JOIN programme p ON p.id = r.programme_id"
                                                   " WHERE e.run_id = r.id AND e.status = 'completed'"
                                                   " AND r.ends > ? AND r.ends <= ?"),
                              {Query::dateText(after), Query::dateText(upTo)});
}

QList<Completion> TrainingRepository::completionsOf(qint64 teacherId) const
{
    return readCompletions(QStringLiteral("e.teacher_id = ?"), {teacherId});
}

} // namespace profrost
