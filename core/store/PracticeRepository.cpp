#include "store/PracticeRepository.h"

#include "domain/CompetencyAreas.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "util/Error.h"
#include "util/TextNormalize.h"
#include "util/WordStems.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const QString kTextTable = u"practice_text"_s;

QString joinedTags(const QStringList &tags)
{
    return tags.join(u"; "_s);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

// Full names of the authors of each practice, in their order.
QHash<qint64, QStringList> authorNames(const Database &db, const QString &where, const QVariantList &binds)
{
    QHash<qint64, QStringList> out;
    Query q(db, u"SELECT a.practice_id, t.surname, t.name, t.patronymic FROM practice_author a"
                " JOIN teacher t ON t.id = a.teacher_id JOIN practice p ON p.id = a.practice_id"_s
                + (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" ORDER BY a.practice_id, a.position"_s);
    q.bindAll(binds);
    q.exec();
    while (q.next())
        out[q.id(0)] << QStringList{q.text(1), q.text(2), q.text(3)}.join(u' ').simplified();
    return out;
}

} // namespace

qint64 PracticeRepository::save(const Practice &p)
{
    if (const QStringList problems = PracticeRules::check(p); !problems.isEmpty())
        throw Error(problems.join(u" "_s));
    Transaction tx(m_db);
    qint64 id = p.id;
    const bool stored = id != 0
        && Query(m_db, u"SELECT COUNT(*) FROM practice WHERE id = ?"_s).bind(id).scalar().toInt() == 1;
    const auto bindFields = [&p](Query &q) -> Query & {
        return q.bind(p.title.simplified())
            .bind(p.subject.simplified())
            .bind(PracticeText::code(p.level))
            .bind(p.description.trimmed())
            .bind(joinedTags(PracticeText::splitTags(p.tags.join(u";"_s))));
    };
    QSet<qint64> keptFiles;
    if (stored) {
        // Another methodist may have saved it since it was read (store/RowVersion).
        Query q(m_db, u"UPDATE practice SET title = ?, subject = ?, level = ?, description = ?, tags = ?"_s
                          + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(p.version.value));
        bindFields(q).bind(id);
        RowVersion::exec(m_db, q, p.version.value, u"practice"_s, id, p.title.simplified(),
                         tr("The practice no longer exists."));
        Query(m_db, u"DELETE FROM practice_author WHERE practice_id = ?"_s).bind(id).exec();
        Query(m_db, u"DELETE FROM practice_area WHERE practice_id = ?"_s).bind(id).exec();
        Query files(m_db, u"SELECT id FROM practice_file WHERE practice_id = ?"_s);
        files.bind(id).exec();
        QSet<qint64> storedFiles;
        while (files.next())
            storedFiles.insert(files.id(0));
        for (const PracticeFile &f : p.files) {
            if (f.id != 0 && f.content.isEmpty() && storedFiles.contains(f.id))
                keptFiles.insert(f.id);
        }
        for (const qint64 fileId : storedFiles) {
            if (!keptFiles.contains(fileId))
                Query(m_db, u"DELETE FROM practice_file WHERE id = ?"_s).bind(fileId).exec();
        }
    } else {
        Query q(m_db, id != 0 ? u"INSERT INTO practice (id, title, subject, level, description, tags)"
                                 " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s
                              : u"INSERT INTO practice (title, subject, level, description, tags)"
                                 " VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = bindFields(q).scalar().toLongLong();
        if (id == 0)
            throw Error(tr("The practice was not stored."));
    }
    int position = 0;
    for (const qint64 teacherId : p.authors) {
        Query(m_db, u"INSERT INTO practice_author (practice_id, teacher_id, position) VALUES (?, ?, ?)"_s)
            .bind(id).bind(teacherId).bind(position++).exec();
    }
    for (const CompetencyArea &area : p.areas)
        Query(m_db, u"INSERT INTO practice_area (practice_id, area) VALUES (?, ?)"_s).bind(id).bind(area.code()).exec();
    position = 0;
    for (const PracticeFile &f : p.files) {
        if (keptFiles.contains(f.id)) {
            Query(m_db, u"UPDATE practice_file SET position = ?, name = ? WHERE id = ?"_s)
                .bind(position++).bind(f.name.trimmed()).bind(f.id).exec();
            continue;
        }
        Query(m_db, u"INSERT INTO practice_file (practice_id, position, name, size, content) VALUES (?, ?, ?, ?, ?)"_s)
            .bind(id)
            .bind(position++)
            .bind(f.name.trimmed())
            .bind(qint64(f.content.size()))
            .bind(QVariant(f.content.isNull() ? QByteArray("") : f.content))
            .exec();
    }
    index(id);
    tx.commit();
    return id;
}

void PracticeRepository::index(qint64 id)
{
    const QString key = m_db.dialect().fullTextKeyColumn();
    Query(m_db, u"DELETE FROM %1 WHERE %2 = ?"_s.arg(kTextTable, key)).bind(id).exec();
    Query q(m_db, u"SELECT title, subject, tags, description FROM practice WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        return;
    const QString title = q.text(0);
    const QString tags = q.text(1) + u" "_s + q.text(2);
    const QString description = q.text(3);
    const QStringList authors = authorNames(m_db, u"a.practice_id = ?"_s, {id}).value(id);
    Query(m_db, u"INSERT INTO %1 (%2, title, description, tags, authors) VALUES (?, ?, ?, ?, ?)"_s.arg(kTextTable, key))
        .bind(id)
        .bind(QVariant(WordStems::stemmedText(title)))
        .bind(QVariant(WordStems::stemmedText(description)))
        .bind(QVariant(WordStems::stemmedText(tags)))
        .bind(QVariant(WordStems::stemmedText(authors.join(u" "_s))))
        .exec();
}

void PracticeRepository::rebuildIndex()
{
    Transaction tx(m_db);
    QList<qint64> ids;
    Query q(m_db, u"SELECT id FROM practice"_s);
    q.exec();
    while (q.next())
        ids << q.id(0);
    for (const qint64 id : ids)
        index(id);
    tx.commit();
}

void PracticeRepository::reindexAuthor(qint64 teacherId)
{
    QList<qint64> ids;
    Query q(m_db, u"SELECT practice_id FROM practice_author WHERE teacher_id = ?"_s);
    q.bind(teacherId).exec();
    while (q.next())
        ids << q.id(0);
    if (ids.isEmpty())
        return;
    Transaction tx(m_db);
    for (const qint64 id : ids)
        index(id);
    tx.commit();
}

void PracticeRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM %1 WHERE %2 = ?"_s.arg(kTextTable, m_db.dialect().fullTextKeyColumn())).bind(id).exec();
    Query(m_db, u"DELETE FROM practice_file WHERE practice_id = ?"_s).bind(id).exec();
    Query(m_db, u"DELETE FROM practice_area WHERE practice_id = ?"_s).bind(id).exec();
    Query(m_db, u"DELETE FROM practice_author WHERE practice_id = ?"_s).bind(id).exec();
    Query(m_db, u"DELETE FROM practice WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

std::optional<Practice> PracticeRepository::get(qint64 id, bool withContents) const
{
    QList<Practice> found = read(u"p.id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    if (withContents) {
        for (PracticeFile &f : found.first().files)
            f.content = fileContent(f.id);
    }
    return found.first();
}

QByteArray PracticeRepository::fileContent(qint64 fileId) const
{
    return Query(m_db, u"SELECT content FROM practice_file WHERE id = ?"_s).bind(fileId).scalar().toByteArray();
}

QList<Practice> PracticeRepository::all() const
{
    return read({}, {});
}

QList<Practice> PracticeRepository::ofAuthor(qint64 teacherId) const
{
    return read(u"p.id IN (SELECT practice_id FROM practice_author WHERE teacher_id = ?)"_s, {teacherId});
}

QList<Practice> PracticeRepository::ofAuthors(const QList<qint64> &teacherIds) const
{
    if (teacherIds.isEmpty())
        return {};
    QVariantList binds;
    for (const qint64 id : teacherIds)
        binds << id;
    QStringList marks(teacherIds.size(), u"?"_s);
    return read(u"p.id IN (SELECT practice_id FROM practice_author WHERE teacher_id IN (%1))"_s.arg(marks.join(u", "_s)),
                binds);
}

QList<Practice> PracticeRepository::forAreas(const QList<CompetencyArea> &areas, int limit) const
{
    if (areas.isEmpty())
        return {};
    QVariantList binds;
    for (const CompetencyArea &a : areas)
        binds << a.code();
    QList<Practice> found = read(u"p.id IN (SELECT practice_id FROM practice_area WHERE area IN (%1))"_s
                                     .arg(placeholders(areas.size())), binds);
    const QSet<CompetencyArea> wanted(areas.cbegin(), areas.cend());
    const auto covered = [&wanted](const Practice &p) {
        int n = 0;
        for (const CompetencyArea &a : p.areas)
            n += wanted.contains(a) ? 1 : 0;
        return n;
    };
    std::stable_sort(found.begin(), found.end(), [&covered](const Practice &a, const Practice &b) {
        const int ca = covered(a);
        const int cb = covered(b);
        if (ca != cb)
            return ca > cb;
        if (a.level != b.level)
            return int(a.level) > int(b.level);
        return alphabeticalLess(a.title, b.title);
    });
    if (limit > 0 && found.size() > limit)
        found.resize(limit);
    return found;
}

int PracticeRepository::count() const
{
    return Query(m_db, u"SELECT COUNT(*) FROM practice"_s).scalar().toInt();
}

QStringList PracticeRepository::queryStems(const QString &text)
{
    // Words that carry no meaning in a query: a practice need not hold them.
    static const QSet<QString> kStop{u"и"_s, u"в"_s, u"во"_s, u"не"_s, u"на"_s, u"с"_s, u"со"_s, u"к"_s, u"ко"_s,
                                     u"по"_s, u"о"_s, u"об"_s, u"от"_s, u"для"_s, u"из"_s, u"за"_s, u"у"_s,
                                     u"а"_s, u"но"_s, u"до"_s, u"как"_s, u"при"_s};
    QStringList out;
    for (const WordStems::Word &w : WordStems::words(text)) {
        if (kStop.contains(lowerKey(text.mid(w.start, w.length))) || w.stem.isEmpty() || out.contains(w.stem))
            continue;
        out << w.stem;
    }
    return out;
}

PracticeSearchResult PracticeRepository::search(const QString &text, int limit) const
{
    PracticeSearchResult result;
    result.stems = queryStems(text);
    // The last word is taken as the beginning of a word while the user types,
    // unless the text ends with a space or punctuation.
    result.lastIsPrefix = !text.isEmpty() && text.back().isLetterOrNumber();
    if (result.stems.isEmpty())
        return result;
    const SqlDialect &dialect = m_db.dialect();
    QList<QPair<qint64, double>> ranked;
    {
        Query q(m_db, dialect.fullTextSearchStatement(kTextTable));
        q.bind(QVariant(dialect.fullTextQuery(result.stems, result.lastIsPrefix))).bind(limit > 0 ? limit : 1000000);
        q.exec();
        while (q.next())
            ranked << qMakePair(q.id(0), q.value(1).toDouble());
    }
    if (ranked.isEmpty())
        return result;
    QVariantList ids;
    for (const auto &r : ranked)
        ids << r.first;
    const QString where = u"p.id IN (%1)"_s.arg(placeholders(ids.size()));
    QHash<qint64, Practice> practices;
    for (const Practice &p : read(where, ids))
        practices.insert(p.id, p);
    const QHash<qint64, QStringList> names = authorNames(m_db, where, ids);
    for (const auto &[id, score] : ranked) {
        const auto it = practices.constFind(id);
        if (it == practices.cend())
            continue;
        PracticeHit hit;
        hit.id = id;
        hit.score = score;
        hit.title = it->title;
        hit.subject = it->subject;
        hit.level = it->level;
        hit.description = it->description;
        hit.tags = it->tags;
        hit.authors = names.value(id);
        result.hits << hit;
    }
    std::stable_sort(result.hits.begin(), result.hits.end(), [](const PracticeHit &a, const PracticeHit &b) {
        if (a.score != b.score)
            return a.score < b.score;
        return alphabeticalLess(a.title, b.title);
    });
    return result;
}

QList<Practice> PracticeRepository::read(const QString &where, const QVariantList &binds, const QString &order) const
{
    const QString condition = where.isEmpty() ? QString() : u" WHERE "_s + where;
    QList<Practice> out;
    QHash<qint64, qsizetype> index;
    {
        Query q(m_db, u"SELECT p.id, p.title, p.subject, p.level, p.description, p.tags, p.row_version FROM practice p"_s + condition
                          + (order.isEmpty() ? u" ORDER BY p.title, p.id"_s : order));
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            Practice p;
            p.id = q.id(0);
            p.title = q.text(1);
            p.subject = q.text(2);
            PracticeText::fromCode(q.text(3), &p.level);
            p.description = q.text(4);
            p.tags = PracticeText::splitTags(q.text(5));
            p.version.value = q.value(6).toInt();
            index.insert(p.id, out.size());
            out << p;
        }
    }
    if (out.isEmpty())
        return out;
    {
        Query q(m_db, u"SELECT a.practice_id, a.teacher_id FROM practice_author a JOIN practice p ON p.id = a.practice_id"_s
                          + condition + u" ORDER BY a.practice_id, a.position"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            if (const auto it = index.constFind(q.id(0)); it != index.cend())
                out[*it].authors << q.id(1);
        }
    }
    {
        const CompetencyAreas dictionary = CompetencyAreas::current();
        Query q(m_db, u"SELECT a.practice_id, a.area FROM practice_area a JOIN practice p ON p.id = a.practice_id"_s
                          + condition + u" ORDER BY a.practice_id"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            if (const auto it = index.constFind(q.id(0)); it != index.cend())
                out[*it].areas << CompetencyArea(q.text(1));
        }
        for (Practice &p : out) {
            std::stable_sort(p.areas.begin(), p.areas.end(), [&dictionary](const CompetencyArea &a, const CompetencyArea &b) {
                return dictionary.indexOf(a) < dictionary.indexOf(b);
            });
        }
    }
    {
        Query q(m_db, u"SELECT f.practice_id, f.id, f.name, f.size FROM practice_file f JOIN practice p ON p.id = f.practice_id"_s
                          + condition + u" ORDER BY f.practice_id, f.position"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            PracticeFile f;
            f.id = q.id(1);
            f.name = q.text(2);
            f.size = q.value(3).toLongLong();
            if (const auto it = index.constFind(q.id(0)); it != index.cend())
                out[*it].files << f;
        }
    }
    return out;
}

} // namespace profrost
