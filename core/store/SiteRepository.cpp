#include "store/SiteRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace profrost {

// --- sites ---------------------------------------------------------------

SiteReport SiteRepository::withFile(SiteReport report, const QString &path)
{
    const QFileInfo info(path);
    if (const QString problem = SiteRules::fileProblem(info.fileName(), info.size()); !problem.isEmpty())
        throw Error(problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    report.file = file.read(SiteRules::kMaxFileBytes + 1);
    if (const QString problem = SiteRules::fileProblem(info.fileName(), report.file.size()); !problem.isEmpty())
        throw Error(problem);
    report.fileName = info.fileName();
    report.fileSize = report.file.size();
    return report;
}

qint64 SiteRepository::save(const InnovationSite &s)
{
    if (const QStringList problems = SiteRules::check(s); !problems.isEmpty())
        throw Error(problems.join(u" "_s));
    Transaction tx(m_db);
    qint64 id = s.id;
    const bool stored = id != 0
        && Query(m_db, u"SELECT COUNT(*) FROM innovation_site WHERE id = ?"_s).bind(id).scalar().toInt() == 1;
    const auto bindFields = [&s](Query &q) -> Query & {
        return q.bind(s.organisationId)
            .bind(SiteText::code(s.status))
            .bind(SiteText::code(s.level))
            .bind(s.topic.simplified())
            .bind(s.orderNumber.simplified())
            .bind(s.orderDate)
            .bind(s.from)
            .bind(s.to)
            .bind(SiteText::code(s.state))
            .bind(s.note.trimmed());
    };
    // The files of reports read without their bytes, kept for their years.
    QHash<int, QByteArray> kept;
    if (stored) {
        for (const SiteReport &r : s.reports) {
            if (r.hasFile() && r.file.isEmpty()) {
                Query q(m_db, u"SELECT file_data FROM site_report WHERE site_id = ? AND year = ? AND file_name = ?"_s);
                q.bind(id).bind(r.year).bind(r.fileName).exec();
                if (q.next())
                    kept.insert(r.year, q.value(0).toByteArray());
            }
        }
        // Another user may have saved it since it was read (store/RowVersion).
        Query q(m_db, u"UPDATE innovation_site SET organisation_id = ?, status = ?, level = ?, topic = ?,"
                      " order_number = ?, order_date = ?, starts = ?, ends = ?, state = ?, note = ?"_s
                          + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(s.version.value));
        bindFields(q).bind(id);
        RowVersion::exec(m_db, q, s.version.value, u"innovation_site"_s, id, s.topic.simplified(),
                         tr("The site no longer exists."));
        Query(m_db, u"DELETE FROM site_person WHERE site_id = ?"_s).bind(id).exec();
        Query(m_db, u"DELETE FROM site_report WHERE site_id = ?"_s).bind(id).exec();
    } else {
        Query q(m_db, id != 0 ? u"INSERT INTO innovation_site (id, organisation_id, status, level, topic, order_number,"
                                 " order_date, starts, ends, state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " RETURNING id"_s
                              : u"INSERT INTO innovation_site (organisation_id, status, level, topic, order_number,"
                                 " order_date, starts, ends, state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = bindFields(q).scalar().toLongLong();
        if (id == 0)
            throw Error(tr("The site was not stored."));
    }
    for (const SitePerson &p : s.people) {
        Query(m_db, u"INSERT INTO site_person (site_id, teacher_id, role) VALUES (?, ?, ?)"_s)
            .bind(id)
            .bind(p.teacherId)
            .bind(p.role.simplified())
            .exec();
    }
    for (const SiteReport &r : s.reports) {
        QVariant data;
        if (r.hasFile())
            data = r.file.isEmpty() ? QVariant(kept.value(r.year)) : QVariant(r.file);
        else
            data = QVariant(QMetaType(QMetaType::QByteArray));
        Query(m_db, u"INSERT INTO site_report (site_id, year, text, file_name, file_data) VALUES (?, ?, ?, ?, ?)"_s)
            .bind(id)
            .bind(r.year)
            .bind(r.text.trimmed())
            .bind(r.fileName)
            .bind(data)
            .exec();
    }
    tx.commit();
    return id;
}

void SiteRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM site_person WHERE site_id = ?"_s).bind(id).exec();
    Query(m_db, u"DELETE FROM site_report WHERE site_id = ?"_s).bind(id).exec();
    Query(m_db, u"DELETE FROM innovation_site WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

std::optional<InnovationSite> SiteRepository::get(qint64 id) const
{
    const QList<InnovationSite> found = read(u"s.id = ?"_s, {id}, true);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<InnovationSite> SiteRepository::all() const
{
    return read({}, {}, false);
}

QList<InnovationSite> SiteRepository::filtered(const SiteFilter &filter) const
{
    QList<InnovationSite> out;
    for (const InnovationSite &s : all()) {
        if (SiteRules::matches(s, filter))
            out << s;
    }
    return out;
}

QList<InnovationSite> SiteRepository::ofOrganisation(qint64 organisationId) const
{
    return read(u"s.organisation_id = ?"_s, {organisationId}, false);
}

QList<InnovationSite> SiteRepository::ofTeacher(qint64 teacherId) const
{
    return read(u"s.id IN (SELECT site_id FROM site_person WHERE teacher_id = ?)"_s, {teacherId}, false);
}

QByteArray SiteRepository::reportFile(qint64 siteId, int year) const
{
    Query q(m_db, u"SELECT file_data FROM site_report WHERE site_id = ? AND year = ?"_s);
    q.bind(siteId).bind(year).exec();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QList<InnovationSite> SiteRepository::read(const QString &where, const QVariantList &binds, bool withFiles) const
{
    const QString condition = where.isEmpty() ? QString() : u" WHERE "_s + where;
    QList<InnovationSite> out;
    QHash<qint64, qsizetype> index;
    {
        Query q(m_db, u"SELECT s.id, s.organisation_id, s.status, s.level, s.topic, s.order_number, s.order_date,"
                      " s.starts, s.ends, s.state, s.note, s.row_version FROM innovation_site s"
                      " JOIN organisation o ON o.id = s.organisation_id"_s
                      + condition + u" ORDER BY COALESCE(o.short_name, o.name), s.starts, s.id"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            InnovationSite s;
            s.id = q.id(0);
            s.organisationId = q.id(1);
            SiteText::fromCode(q.text(2), &s.status);
            SiteText::fromCode(q.text(3), &s.level);
            s.topic = q.text(4);
            s.orderNumber = q.text(5);
            s.orderDate = q.date(6);
            s.from = q.date(7);
            s.to = q.date(8);
            SiteText::fromCode(q.text(9), &s.state);
            s.note = q.text(10);
            s.version.value = q.value(11).toInt();
            index.insert(s.id, out.size());
            out << s;
        }
    }
    if (out.isEmpty())
        return out;
    {
        Query q(m_db, u"SELECT p.site_id, p.teacher_id, p.role FROM site_person p"
                      " JOIN innovation_site s ON s.id = p.site_id"_s
                      + condition + u" ORDER BY p.site_id, p.teacher_id"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            if (const auto it = index.constFind(q.id(0)); it != index.cend())
                out[*it].people << SitePerson{q.id(1), q.text(2)};
        }
    }
    {
        Query q(m_db, (withFiles ? u"SELECT r.site_id, r.year, r.text, r.file_name, LENGTH(r.file_data), r.file_data"_s
                                 : u"SELECT r.site_id, r.year, r.text, r.file_name, LENGTH(r.file_data)"_s)
                          + u" FROM site_report r JOIN innovation_site s ON s.id = r.site_id"_s + condition
                          + u" ORDER BY r.site_id, r.year"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            SiteReport r;
            r.year = q.value(1).toInt();
            r.text = q.text(2);
            r.fileName = q.text(3);
            r.fileSize = r.fileName.isEmpty() ? 0 : q.value(4).toLongLong();
            if (withFiles && !r.fileName.isEmpty())
                r.file = q.value(5).toByteArray();
            if (const auto it = index.constFind(q.id(0)); it != index.cend())
                out[*it].reports << r;
        }
    }
    return out;
}

// --- vacancies -----------------------------------------------------------

qint64 VacancyRepository::save(const Vacancy &v)
{
    if (const QStringList problems = VacancyRules::check(v); !problems.isEmpty())
        throw Error(problems.join(u" "_s));
    Transaction tx(m_db);
    qint64 id = v.id;
    const bool stored =
        id != 0 && Query(m_db, u"SELECT COUNT(*) FROM vacancy WHERE id = ?"_s).bind(id).scalar().toInt() == 1;
    const auto bindFields = [&v](Query &q) -> Query & {
        q.bind(v.organisationId)
            .bind(v.post.simplified())
            .bind(v.subject.simplified())
            .bind(QVariant(v.rate))
            .bind(v.since)
            .bind(v.reason.simplified());
        if (v.filledByTeacherId != 0)
            q.bind(v.filledByTeacherId);
        else
            q.bind(QVariant(QMetaType(QMetaType::LongLong)));
        return q.bind(v.filledByName.simplified()).bind(v.filledOn).bind(v.note.trimmed());
    };
    if (stored) {
        Query q(m_db, u"UPDATE vacancy SET organisation_id = ?, post = ?, subject = ?, rate = ?, since = ?, reason = ?,"
                      " filled_by_teacher = ?, filled_by_name = ?, filled_on = ?, note = ?"_s
                          + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(v.version.value));
        bindFields(q).bind(id);
        // The school's head and a methodist may both fill it (store/RowVersion).
        QStringList named{v.post.simplified(), v.subject.simplified()};
        named.removeAll(QString());
        RowVersion::exec(m_db, q, v.version.value, u"vacancy"_s, id, tr("Vacancy: %1").arg(named.join(u", "_s)),
                         tr("The vacancy no longer exists."));
    } else {
        Query q(m_db, id != 0 ? u"INSERT INTO vacancy (id, organisation_id, post, subject, rate, since, reason,"
                                 " filled_by_teacher, filled_by_name, filled_on, note)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s
                              : u"INSERT INTO vacancy (organisation_id, post, subject, rate, since, reason,"
                                 " filled_by_teacher, filled_by_name, filled_on, note)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = bindFields(q).scalar().toLongLong();
        if (id == 0)
            throw Error(tr("The vacancy was not stored."));
    }
    tx.commit();
    return id;
}

void VacancyRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM vacancy WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

std::optional<Vacancy> VacancyRepository::get(qint64 id) const
{
    const QList<Vacancy> found = read(u"id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Vacancy> VacancyRepository::all() const
{
    return read({}, {});
}

QList<Vacancy> VacancyRepository::ofOrganisation(qint64 organisationId) const
{
    return read(u"organisation_id = ?"_s, {organisationId});
}

VacancyTotals VacancyRepository::totals(QDate day) const
{
    QHash<qint64, QString> municipalities;
    Query q(m_db, u"SELECT o.id, m.name FROM organisation o JOIN municipality m ON m.id = o.municipality_id"_s);
    q.exec();
    while (q.next())
        municipalities.insert(q.id(0), q.text(1));
    return VacancyRules::totals(all(), day, [&](qint64 organisationId) { return municipalities.value(organisationId); });
}

QStringList VacancyRepository::postNames() const
{
    return Query(m_db, u"SELECT DISTINCT post FROM vacancy WHERE post <> ''"_s).texts();
}

QStringList VacancyRepository::subjectNames() const
{
    return Query(m_db, u"SELECT DISTINCT subject FROM vacancy WHERE subject <> ''"_s).texts();
}

QList<Vacancy> VacancyRepository::read(const QString &where, const QVariantList &binds) const
{
    Query q(m_db, u"SELECT id, organisation_id, post, subject, rate, since, reason, filled_by_teacher, filled_by_name,"
                  " filled_on, note, row_version FROM vacancy"_s
                  + (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" ORDER BY since, id"_s);
    q.bindAll(binds);
    q.exec();
    QList<Vacancy> out;
    while (q.next()) {
        Vacancy v;
        v.id = q.id(0);
        v.organisationId = q.id(1);
        v.post = q.text(2);
        v.subject = q.text(3);
        v.rate = q.value(4).toDouble();
        v.since = q.date(5);
        v.reason = q.text(6);
        v.filledByTeacherId = q.value(7).isNull() ? 0 : q.id(7);
        v.filledByName = q.text(8);
        v.filledOn = q.date(9);
        v.note = q.text(10);
        v.version.value = q.value(11).toInt();
        out << v;
    }
    return out;
}

} // namespace profrost
