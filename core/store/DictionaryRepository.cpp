#include "store/DictionaryRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <algorithm>

namespace profrost {

namespace {

// SQLite's ORDER BY compares bytes: «Физика» before «алгебра», ё after я.
// Lists are read alphabetically as a person reads them.
template<typename T>
void sortByName(QList<T> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) { return alphabeticalLess(a.name, b.name); });
}

} // namespace

QList<Municipality> DictionaryRepository::municipalities() const
{
    QList<Municipality> out;
    Query q(m_db, QStringLiteral("SELECT id, name FROM municipality ORDER BY name"));
    q.exec();
    while (q.next())
        out.append({q.id(0), q.text(1)});
    return out;
}

qint64 DictionaryRepository::ensureMunicipality(const QString &rawName)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        throw Error(tr("The municipality has no name."));
    for (const Municipality &m : municipalities()) {
        if (normalizedKey(m.name) == normalizedKey(name))
            return m.id;
    }
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO municipality (name) VALUES (?) RETURNING id"));
    const qint64 id = q.bind(name).scalar().toLongLong();
    tx.commit();
    return id;
}

QList<Position> DictionaryRepository::positions() const
{
    QList<Position> out;
    Query q(m_db, QStringLiteral("SELECT id, name, kind FROM position ORDER BY name"));
    q.exec();
    while (q.next())
        out.append({q.id(0), q.text(1), PositionCatalog::kindFromCode(q.text(2))});
    sortByName(out);
    return out;
}

Position DictionaryRepository::position(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT id, name, kind FROM position WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return {};
    return {q.id(0), q.text(1), PositionCatalog::kindFromCode(q.text(2))};
}

qint64 DictionaryRepository::ensurePosition(const QString &rawName, PositionKind kindIfNew, bool *created)
{
    const QString name = rawName.simplified();
    if (created)
        *created = false;
    if (name.isEmpty())
        throw Error(tr("The position has no name."));
    const QString key = normalizedKey(name);
    for (const Position &p : positions()) {
        if (normalizedKey(p.name) == key)
            return p.id;
    }
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO position (name, kind) VALUES (?, ?) RETURNING id"));
    const qint64 id = q.bind(name).bind(PositionCatalog::kindCode(kindIfNew)).scalar().toLongLong();
    tx.commit();
    if (created)
        *created = true;
    return id;
}

void DictionaryRepository::setPositionKind(qint64 id, PositionKind kind)
{
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("UPDATE position SET kind = ? WHERE id = ?"))
        .bind(PositionCatalog::kindCode(kind)).bind(id).exec();
    tx.commit();
}

QList<Subject> DictionaryRepository::subjects() const
{
    QList<Subject> out;
    Query q(m_db, QStringLiteral("SELECT id, name FROM subject ORDER BY name"));
    q.exec();
    while (q.next())
        out.append({q.id(0), q.text(1)});
    sortByName(out);
    return out;
}

qint64 DictionaryRepository::ensureSubject(const QString &rawName, bool *created)
{
    const QString name = rawName.simplified();
    if (created)
        *created = false;
    if (name.isEmpty())
        throw Error(tr("The subject has no name."));
    const QString key = normalizedKey(name);
    for (const Subject &s : subjects()) {
        if (normalizedKey(s.name) == key)
            return s.id;
    }
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO subject (name) VALUES (?) RETURNING id"));
    const qint64 id = q.bind(name).scalar().toLongLong();
    tx.commit();
    if (created)
        *created = true;
    return id;
}

void DictionaryRepository::seedDefaults()
{
    Transaction tx(m_db);
    for (const Position &p : PositionCatalog::defaultPositions())
        ensurePosition(p.name, p.kind);
    for (const QString &s : PositionCatalog::defaultSubjects())
        ensureSubject(s);
    tx.commit();
}

} // namespace profrost
