#include "store/OrganisationRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

namespace profrost {

namespace {

const QString kColumns = QStringLiteral(
    "o.id, o.name, o.short_name, o.type, o.municipality_id, o.low_results, o.unfavourable, o.address, o.director, o.row_version");

Organisation readOrganisation(const Query &q)
{
    Organisation o;
    o.id = q.id(0);
    o.name = q.text(1);
    o.shortName = q.text(2);
    o.type = OrganisationTypeText::fromCode(q.text(3));
    o.municipalityId = q.id(4);
    o.lowResults = q.value(5).toInt() != 0;
    o.unfavourableConditions = q.value(6).toInt() != 0;
    o.address = q.text(7);
    o.director = q.text(8);
    o.version.value = q.value(9).toInt();
    return o;
}

} // namespace

QString OrganisationRepository::validate(const Organisation &o)
{
    if (o.name.trimmed().isEmpty())
        return tr("The organisation needs a name.");
    if (o.municipalityId <= 0)
        return tr("Choose the municipality of the organisation.");
    return {};
}

QList<Organisation> OrganisationRepository::all() const
{
    QList<Organisation> out;
    Query q(m_db, u"SELECT " + kColumns + u" FROM organisation o ORDER BY o.name");
    q.exec();
    while (q.next())
        out.append(readOrganisation(q));
    return out;
}

QList<OrganisationRow> OrganisationRepository::rows(QDate at) const
{
    QList<OrganisationRow> out;
    Query q(m_db, u"SELECT " + kColumns + u", m.name,"
                  u" (SELECT COUNT(DISTINCT e.teacher_id) FROM employment e WHERE e.organisation_id = o.id"
                  u"  AND (e.hired IS NULL OR e.hired <= ?) AND (e.dismissed IS NULL OR e.dismissed > ?))"
                  u" FROM organisation o JOIN municipality m ON m.id = o.municipality_id ORDER BY o.name");
    const QString day = at.toString(Qt::ISODate);
    q.bind(day).bind(day).exec();
    while (q.next())
        out.append({readOrganisation(q), q.text(10), q.value(11).toInt()});
    return out;
}

Organisation OrganisationRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT " + kColumns + u" FROM organisation o WHERE o.id = ?");
    q.bind(id).exec();
    if (!q.next())
        throw Error(tr("The organisation no longer exists."));
    return readOrganisation(q);
}

qint64 OrganisationRepository::findByName(qint64 municipalityId, const QString &name) const
{
    const QString key = normalizedKey(name);
    Query q(m_db, QStringLiteral("SELECT id, name FROM organisation WHERE municipality_id = ?"));
    q.bind(municipalityId).exec();
    while (q.next()) {
        if (normalizedKey(q.text(1)) == key)
            return q.id(0);
    }
    return 0;
}

void OrganisationRepository::check(const Organisation &o) const
{
    check(o, sameNameAs(o));
}

void OrganisationRepository::check(const Organisation &o, qint64 sameName) const
{
    if (const QString problem = validate(o); !problem.isEmpty())
        throw Error(problem);
    if (sameName != 0 && sameName != o.id)
        throw Error(tr("An organisation named \"%1\" already exists in this municipality.").arg(o.name.simplified()));
}

qint64 OrganisationRepository::sameNameAs(const Organisation &o) const
{
    // An invalid organisation is refused by check() before any look-up.
    return validate(o).isEmpty() ? findByName(o.municipalityId, o.name) : 0;
}

qint64 OrganisationRepository::insert(const Organisation &o)
{
    return insert(o, sameNameAs(o));
}

qint64 OrganisationRepository::insert(const Organisation &o, qint64 sameName)
{
    check(o, sameName);
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO organisation (name, short_name, type, municipality_id, low_results,"
                                 " unfavourable, address, director) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(o.name.simplified()).bind(o.shortName.simplified()).bind(OrganisationTypeText::code(o.type))
        .bind(o.municipalityId).bind(o.lowResults).bind(o.unfavourableConditions)
        .bind(o.address.simplified()).bind(o.director.simplified());
    const qint64 id = q.scalar().toLongLong();
    tx.commit();
    return id;
}

void OrganisationRepository::restore(const Organisation &o)
{
    check(o);
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO organisation (id, name, short_name, type, municipality_id, low_results,"
                                 " unfavourable, address, director) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(o.id).bind(o.name.simplified()).bind(o.shortName.simplified()).bind(OrganisationTypeText::code(o.type))
        .bind(o.municipalityId).bind(o.lowResults).bind(o.unfavourableConditions)
        .bind(o.address.simplified()).bind(o.director.simplified()).exec();
    tx.commit();
}

void OrganisationRepository::update(const Organisation &o)
{
    check(o);
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE organisation SET name = ?, short_name = ?, type = ?, municipality_id = ?,"
                                 " low_results = ?, unfavourable = ?, address = ?, director = ?%1 WHERE id = ?%2")
                      .arg(RowVersion::bump(), RowVersion::guard(o.version.value)));
    q.bind(o.name.simplified()).bind(o.shortName.simplified()).bind(OrganisationTypeText::code(o.type))
        .bind(o.municipalityId).bind(o.lowResults).bind(o.unfavourableConditions)
        .bind(o.address.simplified()).bind(o.director.simplified()).bind(o.id);
    RowVersion::exec(m_db, q, o.version.value, QStringLiteral("organisation"), o.id, o.displayName(),
                     tr("The organisation no longer exists."));
    tx.commit();
}

void OrganisationRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query count(m_db, QStringLiteral("SELECT COUNT(*) FROM employment WHERE organisation_id = ?"));
    const int n = count.bind(id).scalar().toInt();
    if (n > 0)
        throw Error(tr("The organisation cannot be deleted: %n employment record(s) refer to it. "
                       "Move or delete those teachers first.", nullptr, n));
    Query(m_db, QStringLiteral("DELETE FROM organisation WHERE id = ?")).bind(id).exec();
    tx.commit();
}

} // namespace profrost
