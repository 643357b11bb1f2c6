#include "store/CompetencyAreaRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// The schema version that made the dictionary (Migrations.cpp, step 13).
constexpr int kDictionaryVersion = 13;

// Russian letters in Latin, as passports write them (ГОСТ Р 52535.1-2006).
QString latin(QChar c)
{
    static const QHash<QChar, QString> table = [] {
        const QString from = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя"_s;
        const QStringList to{u"a"_s,  u"b"_s,  u"v"_s,   u"g"_s,    u"d"_s, u"e"_s, u"e"_s, u"zh"_s, u"z"_s,
                             u"i"_s,  u"i"_s,  u"k"_s,   u"l"_s,    u"m"_s, u"n"_s, u"o"_s, u"p"_s,  u"r"_s,
                             u"s"_s,  u"t"_s,  u"u"_s,   u"f"_s,    u"kh"_s, u"ts"_s, u"ch"_s, u"sh"_s,
                             u"shch"_s, u""_s, u"y"_s,   u""_s,     u"e"_s, u"iu"_s, u"ia"_s};
        QHash<QChar, QString> t;
        for (int i = 0; i < from.size(); ++i)
            t.insert(from.at(i), to.at(i));
        return t;
    }();
    if (const auto it = table.constFind(c); it != table.cend())
        return *it;
    if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
        return QString(c);
    return u"_"_s;
}

// A name as the dictionary keeps it: simplified, its first letter lower-case
// as the defaults are («управленческая», printed «Управленческая» in a
// heading), unless the name starts with an abbreviation («ИКТ-компетентность»).
QString storedName(const QString &raw)
{
    QString name = raw.simplified();
    if (name.size() > 1 && name.at(0).isUpper() && name.at(1).isLower())
        name[0] = name.at(0).toLower();
    return name;
}

// `sql` has one placeholder per use of the area.
int count(const Database &db, const QString &sql, const CompetencyArea &area)
{
    Query q(db, sql);
    for (qsizetype i = sql.count(u'?'); i > 0; --i)
        q.bind(area.code());
    return q.scalar().toInt();
}

} // namespace

CompetencyAreas CompetencyAreaRepository::load() const
{
    if (m_db.schemaVersion() < kDictionaryVersion)
        return CompetencyAreas::defaults();
    QList<CompetencyAreaEntry> entries;
    Query q(m_db, QStringLiteral("SELECT code, name, position, literacy FROM competency_area ORDER BY position, code"));
    q.exec();
    while (q.next())
        entries.append({CompetencyArea(q.text(0)), q.text(1), q.value(2).toInt(), q.value(3).toInt() != 0});
    return CompetencyAreas(entries);
}

void CompetencyAreaRepository::makeCurrent() const
{
    CompetencyAreas::setCurrent(load(), &m_db);
}

QString CompetencyAreaRepository::codeFromName(const QString &name)
{
    QString code;
    for (const QChar c : normalizedKey(name))
        code += latin(c);
    // No runs of '_', none at the ends: «ИКТ-компетентность» → ikt_kompetentnost.
    static const QRegularExpression runs(QStringLiteral("_+"));
    code.replace(runs, QStringLiteral("_"));
    while (code.startsWith(u'_'))
        code.remove(0, 1);
    while (code.endsWith(u'_'))
        code.chop(1);
    return code.left(32);
}

QString CompetencyAreaRepository::checkedName(const QString &raw, const CompetencyArea &except) const
{
    const QString name = storedName(raw);
    if (name.isEmpty())
        throw Error(tr("The competency area has no name."));
    const CompetencyAreas areas = load();
    for (const CompetencyAreaEntry &e : areas.entries()) {
        if (e.area != except && compactKey(e.name) == compactKey(name))
            throw Error(tr("The competency area \"%1\" is in the list already.").arg(e.name));
    }
    return name;
}

CompetencyArea CompetencyAreaRepository::add(const QString &rawName)
{
    const QString name = checkedName(rawName, {});
    const CompetencyAreas areas = load();
    QString base = codeFromName(name);
    if (base.isEmpty())
        base = u"area"_s;
    QString code = base;
    for (int n = 2; areas.contains(CompetencyArea(code)); ++n) {
        const QString suffix = u'_' + QString::number(n);
        code = base.left(32 - int(suffix.size())) + suffix;
    }
    int last = 0;
    for (const CompetencyAreaEntry &e : areas.entries())
        last = std::max(last, e.position);
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO competency_area (code, name, position, literacy) VALUES (?, ?, ?, 0)"))
        .bind(code).bind(name).bind(last + 1).exec();
    tx.commit();
    makeCurrent();
    return CompetencyArea(code);
}

void CompetencyAreaRepository::rename(const CompetencyArea &area, const QString &rawName)
{
    const QString name = checkedName(rawName, area);
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE competency_area SET name = ? WHERE code = ?"));
    q.bind(name).bind(area.code()).exec();
    if (q.numRowsAffected() != 1)
        throw Error(tr("The competency area \"%1\" is not in the list.").arg(area.code()));
    tx.commit();
    makeCurrent();
}

void CompetencyAreaRepository::move(const CompetencyArea &area, int offset)
{
    QList<CompetencyArea> order = load().areas();
    const qsizetype from = order.indexOf(area);
    if (from < 0)
        throw Error(tr("The competency area \"%1\" is not in the list.").arg(area.code()));
    const qsizetype to = from + offset;
    if (to < 0 || to >= order.size() || to == from)
        return;
    order.move(from, to);
    storeOrder(order);
}

void CompetencyAreaRepository::storeOrder(const QList<CompetencyArea> &order)
{
    Transaction tx(m_db);
    for (int i = 0; i < order.size(); ++i)
        Query(m_db, QStringLiteral("UPDATE competency_area SET position = ? WHERE code = ?"))
            .bind(i + 1).bind(order.at(i).code()).exec();
    tx.commit();
    makeCurrent();
}

QString CompetencyAreaRepository::usage(const CompetencyArea &area) const
{
    const int programmes =
        count(m_db, QStringLiteral("SELECT COUNT(*) FROM programme_area WHERE area = ?"), area);
    const int campaigns =
        count(m_db, QStringLiteral("SELECT COUNT(*) FROM diagnosis_campaign_area WHERE area = ?"), area);
    const int scores = count(m_db, QStringLiteral("SELECT COUNT(*) FROM diagnosis_score WHERE area = ?"), area);
    // A route holds an area as a deficit it addresses or as an activity's.
    const int routes = count(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM route WHERE id IN"
                                            " (SELECT route_id FROM route_deficit WHERE area = ?"
                                            " UNION SELECT route_id FROM route_activity WHERE area = ?)"),
                             area);
    const int practices = count(m_db, QStringLiteral("SELECT COUNT(*) FROM practice_area WHERE area = ?"), area);
    QStringList parts;
    if (programmes > 0)
        parts << tr("%n programme(s)", nullptr, programmes);
    if (campaigns > 0)
        parts << tr("%n diagnosis campaign(s)", nullptr, campaigns);
    if (scores > 0)
        parts << tr("%n score(s)", nullptr, scores);
    if (routes > 0)
        parts << tr("%n individual route(s)", nullptr, routes);
    if (practices > 0)
        parts << tr("%n practice(s) of the bank", nullptr, practices);
    return parts.join(u", "_s);
}

void CompetencyAreaRepository::remove(const CompetencyArea &area)
{
    const CompetencyAreas areas = load();
    const CompetencyAreaEntry *entry = areas.find(area);
    if (!entry)
        throw Error(tr("The competency area \"%1\" is not in the list.").arg(area.code()));
    if (entry->literacy)
        throw Error(tr("The area \"%1\" holds the overall score of functional-literacy diagnoses and cannot be "
                       "deleted; rename it if needed.")
                        .arg(entry->name));
    if (areas.entries().size() == 1)
        throw Error(tr("The area \"%1\" is the last one; the list cannot be empty.").arg(entry->name));
    Transaction tx(m_db);
    // Counted inside the transaction, so that nothing takes the area up
    // between the check and the delete.
    if (const QString used = usage(area); !used.isEmpty())
        throw Error(tr("The area \"%1\" cannot be deleted: it is used by %2. Remove it from them first.")
                        .arg(entry->name, used));
    Query(m_db, QStringLiteral("DELETE FROM competency_area WHERE code = ?")).bind(area.code()).exec();
    tx.commit();
    makeCurrent();
}

} // namespace profrost
