#include "store/RouteRepository.h"

#include "domain/RouteRules.h"
#include "store/BulkInsert.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "util/Error.h"

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// An id, or a NULL typed as one (a server's driver wants the type).
QVariant optionalId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

qint64 RouteRepository::save(const IndividualRoute &route)
{
    if (const QStringList problems = RouteRules::check(route); !problems.isEmpty())
        throw Error(problems.join(u"; "_s));
    Transaction tx(m_db);
    const std::optional<IndividualRoute> sameYear = find(route.teacherId, route.startYear);
    if (sameYear && sameYear->id != route.id)
        throw Error(tr("The teacher has a route for %1/%2 already: open it to change it.")
                        .arg(route.startYear)
                        .arg(route.startYear + 1));
    qint64 id = route.id;
    const bool stored = id != 0
        && Query(m_db, u"SELECT COUNT(*) FROM route WHERE id = ?"_s).bind(id).scalar().toInt() == 1;
    if (stored) {
        // Another user (a mentor, a methodist) may have saved it since it was read (store/RowVersion).
        Query q(m_db, u"UPDATE route SET teacher_id = ?, start_year = ?, goal = ?, tasks = ?, curator = ?"_s
                          + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(route.version.value));
        q.bind(route.teacherId)
            .bind(route.startYear)
            .bind(route.goal.trimmed())
            .bind(route.tasks.trimmed())
            .bind(route.curator.simplified())
            .bind(id);
        RowVersion::exec(m_db, q, route.version.value, u"route"_s, id,
                         tr("The individual route for %1/%2").arg(route.startYear).arg(route.startYear + 1),
                         tr("The route no longer exists."));
        Query(m_db, u"DELETE FROM route_deficit WHERE route_id = ?"_s).bind(id).exec();
        Query(m_db, u"DELETE FROM route_activity WHERE route_id = ?"_s).bind(id).exec();
    } else {
        // A route deleted before comes back with its id, so that what refers to it still does.
        Query q(m_db, id != 0 ? u"INSERT INTO route (id, teacher_id, start_year, goal, tasks, curator)"
                                 " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s
                              : u"INSERT INTO route (teacher_id, start_year, goal, tasks, curator)"
                                 " VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = q.bind(route.teacherId)
                 .bind(route.startYear)
                 .bind(route.goal.trimmed())
                 .bind(route.tasks.trimmed())
                 .bind(route.curator.simplified())
                 .scalar()
                 .toLongLong();
        if (id == 0)
            throw Error(tr("The route was not stored."));
    }
    writeParts(route, id);
    tx.commit();
    return id;
}

void RouteRepository::insertNewRoutes(const QList<IndividualRoute> &routes)
{
    for (const IndividualRoute &route : routes) {
        if (const QStringList problems = RouteRules::check(route); !problems.isEmpty())
            throw Error(problems.join(u"; "_s));
    }
    Transaction tx(m_db);
    BulkInsert insertRoute(m_db, u"INSERT INTO route (teacher_id, start_year, goal, tasks, curator) VALUES (?, ?, ?, ?, ?)"_s,
                           BulkInsert::Returns::Id);
    BulkInsert insertDeficit(m_db, u"INSERT INTO route_deficit (route_id, area) VALUES (?, ?)"_s,
                             BulkInsert::Returns::Nothing);
    BulkInsert insertActivity(m_db, u"INSERT INTO route_activity (route_id, position, kind, title, area, programme_id,"
                                    " enrolment_id, starts, ends, expected_result, evidence, status, responsible)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              BulkInsert::Returns::Nothing);
    // An id of 0 is stored as NULL, as save() stores it (BulkInsert: empty text is NULL).
    const auto bindId = [](BulkInsert &b, qint64 id) -> BulkInsert & { return id != 0 ? b.bind(id) : b.bind(QString()); };
    for (const IndividualRoute &route : routes) {
        const qint64 id = insertRoute.bind(route.teacherId)
                              .bind(qint64(route.startYear))
                              .bind(route.goal.trimmed())
                              .bind(route.tasks.trimmed())
                              .bind(route.curator.simplified())
                              .exec();
        if (id == 0)
            throw Error(tr("The route was not stored."));
        for (CompetencyArea area : route.deficits)
            insertDeficit.bind(id).bind(TrainingText::code(area)).exec();
        qint64 position = 0;
        for (const RouteActivity &a : route.activities) {
            insertActivity.bind(id)
                .bind(++position)
                .bind(RouteText::code(a.kind))
                .bind(a.title.simplified())
                .bind(a.hasArea ? TrainingText::code(a.area) : QString());
            bindId(insertActivity, a.programmeId);
            bindId(insertActivity, a.enrolmentId);
            insertActivity.bind(a.starts)
                .bind(a.ends)
                .bind(a.expectedResult.trimmed())
                .bind(a.evidence.trimmed())
                .bind(RouteText::code(a.status))
                .bind(a.responsible.simplified())
                .exec();
        }
    }
    tx.commit();
}

void RouteRepository::writeParts(const IndividualRoute &route, qint64 id)
{
    for (CompetencyArea area : route.deficits) {
        Query(m_db, u"INSERT INTO route_deficit (route_id, area) VALUES (?, ?)"_s)
            .bind(id)
            .bind(TrainingText::code(area))
            .exec();
    }
    int position = 0;
    for (const RouteActivity &a : route.activities) {
        Query q(m_db, a.id != 0 ? u"INSERT INTO route_activity (id, route_id, position, kind, title, area, programme_id,"
                                   " enrolment_id, starts, ends, expected_result, evidence, status, responsible)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                                : u"INSERT INTO route_activity (route_id, position, kind, title, area, programme_id,"
                                   " enrolment_id, starts, ends, expected_result, evidence, status, responsible)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (a.id != 0)
            q.bind(a.id);
        q.bind(id)
            .bind(++position)
            .bind(RouteText::code(a.kind))
            .bind(a.title.simplified())
            .bind(a.hasArea ? TrainingText::code(a.area) : QString())
            .bind(optionalId(a.programmeId))
            .bind(optionalId(a.enrolmentId))
            .bind(a.starts)
            .bind(a.ends)
            .bind(a.expectedResult.trimmed())
            .bind(a.evidence.trimmed())
            .bind(RouteText::code(a.status))
            .bind(a.responsible.simplified())
            .exec();
    }
}

void RouteRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM route WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

QList<IndividualRoute> RouteRepository::read(const QString &where, const QVariantList &binds) const
{
    // The routes, then their deficits and activities by route: three queries.
    QList<IndividualRoute> out;
    QHash<qint64, qsizetype> index;
    {
        Query q(m_db, u"SELECT id, teacher_id, start_year, goal, tasks, curator, row_version FROM route WHERE "_s + where
                          + u" ORDER BY start_year, id"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            IndividualRoute r;
            r.id = q.id(0);
            r.teacherId = q.id(1);
            r.startYear = q.value(2).toInt();
            r.goal = q.text(3);
            r.tasks = q.text(4);
            r.curator = q.text(5);
            r.version.value = q.value(6).toInt();
            index.insert(r.id, out.size());
            out << r;
        }
    }
    if (out.isEmpty())
        return out;
    {
        Query q(m_db, u"SELECT d.route_id, d.area FROM route_deficit d JOIN route ON route.id = d.route_id WHERE "_s
                          + where);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            CompetencyArea area;
            if (const auto it = index.constFind(q.id(0)); it != index.cend() && TrainingText::fromCode(q.text(1), &area))
                out[*it].deficits << area;
        }
    }
    for (IndividualRoute &r : out) // in the areas' order, whatever the store's
        r.deficits = TrainingText::inAreaOrder(r.deficits);
    {
        Query q(m_db, u"SELECT a.route_id, a.id, a.kind, a.title, a.area, a.programme_id, a.enrolment_id, a.starts,"
                      " a.ends, a.expected_result, a.evidence, a.status, a.responsible"
                      " FROM route_activity a JOIN route ON route.id = a.route_id WHERE "_s
                          + where + u" ORDER BY a.route_id, a.position"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            const auto it = index.constFind(q.id(0));
            if (it == index.cend())
                continue;
            RouteActivity a;
            a.id = q.id(1);
            RouteText::fromCode(q.text(2), &a.kind);
            a.title = q.text(3);
            a.hasArea = TrainingText::fromCode(q.text(4), &a.area);
            a.programmeId = q.id(5);
            a.enrolmentId = q.id(6);
            a.starts = q.date(7);
            a.ends = q.date(8);
            a.expectedResult = q.text(9);
            a.evidence = q.text(10);
            RouteText::fromCode(q.text(11), &a.status);
            a.responsible = q.text(12);
            out[*it].activities << a;
        }
    }
    return out;
}

IndividualRoute RouteRepository::get(qint64 id) const
{
    const QList<IndividualRoute> found = read(u"route.id = ?"_s, {id});
    if (found.isEmpty())
        throw Error(tr("There is no route with the id %1.").arg(id));
    return found.constFirst();
}

std::optional<IndividualRoute> RouteRepository::find(qint64 teacherId, int startYear) const
{
    const QList<IndividualRoute> found = read(u"route.teacher_id = ? AND route.start_year = ?"_s, {teacherId, startYear});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<IndividualRoute> RouteRepository::ofYear(int startYear) const
{
    return read(u"route.start_year = ?"_s, {startYear});
}

QSet<qint64> RouteRepository::teachersWithRoute(int startYear) const
{
    Query q(m_db, u"SELECT DISTINCT teacher_id FROM route WHERE start_year = ?"_s);
    q.bind(startYear).exec();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.id(0));
    return out;
}

QList<IndividualRoute> RouteRepository::all() const
{
    return read(u"1 = 1"_s, {});
}

QList<IndividualRoute> RouteRepository::ofTeacher(qint64 teacherId) const
{
    return read(u"route.teacher_id = ?"_s, {teacherId});
}

} // namespace profrost
