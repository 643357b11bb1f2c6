#include "store/CompetitionRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "util/Error.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

QString stagesText(const QList<CompetitionLevel> &stages)
{
    QStringList codes;
    for (CompetitionLevel l : CompetitionText::allLevels()) {
        if (stages.contains(l))
            codes << CompetitionText::code(l); // lowest first, whatever the order given
    }
    return codes.join(u',');
}

QList<CompetitionLevel> stagesOf(const QString &text)
{
    QList<CompetitionLevel> out;
    for (const QString &code : text.split(u',', Qt::SkipEmptyParts)) {
        CompetitionLevel l = CompetitionLevel::School;
        if (CompetitionText::fromCode(code, &l))
            out << l;
    }
    return out;
}

} // namespace

qint64 CompetitionRepository::save(const Competition &c)
{
    if (const QStringList problems = CompetitionRules::check(c); !problems.isEmpty())
        throw Error(problems.join(u" "_s));
    Transaction tx(m_db);
    qint64 id = c.id;
    const bool stored = id != 0
        && Query(m_db, u"SELECT COUNT(*) FROM competition WHERE id = ?"_s).bind(id).scalar().toInt() == 1;
    if (stored) {
        // Another user may have saved it since it was read (store/RowVersion).
        Query q(m_db, u"UPDATE competition SET name = ?, year = ?, stages = ?, nominations = ?, note = ?"_s
                          + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(c.version.value));
        q.bind(c.name.simplified())
            .bind(c.year)
            .bind(stagesText(c.stages))
            .bind(c.nominations.join(u'\n'))
            .bind(c.note.trimmed())
            .bind(id);
        RowVersion::exec(m_db, q, c.version.value, u"competition"_s, id, c.name.simplified(),
                         tr("The competition no longer exists."));
        // The results go with their entries (ON DELETE CASCADE is not relied on: SQLite's is per connection).
        Query(m_db, u"DELETE FROM competition_result WHERE entry_id IN (SELECT id FROM competition_entry"
                    " WHERE competition_id = ?)"_s)
            .bind(id)
            .exec();
        Query(m_db, u"DELETE FROM competition_entry WHERE competition_id = ?"_s).bind(id).exec();
    } else {
        // A competition deleted before comes back with its id.
        Query q(m_db, id != 0 ? u"INSERT INTO competition (id, name, year, stages, nominations, note)"
                                 " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s
                              : u"INSERT INTO competition (name, year, stages, nominations, note)"
                                 " VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = q.bind(c.name.simplified())
                 .bind(c.year)
                 .bind(stagesText(c.stages))
                 .bind(c.nominations.join(u'\n'))
                 .bind(c.note.trimmed())
                 .scalar()
                 .toLongLong();
        if (id == 0)
            throw Error(tr("The competition was not stored."));
    }
    for (const CompetitionEntry &e : c.entries) {
        // An entry keeps its id when it has one (undo names the same rows).
        Query q(m_db, e.id != 0 ? u"INSERT INTO competition_entry (id, competition_id, teacher_id, nomination)"
                                   " VALUES (?, ?, ?, ?) RETURNING id"_s
                                : u"INSERT INTO competition_entry (competition_id, teacher_id, nomination)"
                                   " VALUES (?, ?, ?) RETURNING id"_s);
        if (e.id != 0)
            q.bind(e.id);
        // The empty nomination is stored as '' (the key), not as NULL.
        const QString nomination = e.nomination.simplified();
        const qint64 entry =
            q.bind(id).bind(e.teacherId).bind(QVariant(nomination.isEmpty() ? u""_s : nomination)).scalar().toLongLong();
        for (auto it = e.results.cbegin(); it != e.results.cend(); ++it) {
            Query(m_db, u"INSERT INTO competition_result (entry_id, level, result) VALUES (?, ?, ?)"_s)
                .bind(entry)
                .bind(CompetitionText::code(it.key()))
                .bind(CompetitionText::code(it.value()))
                .exec();
        }
    }
    tx.commit();
    return id;
}

void CompetitionRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM competition_result WHERE entry_id IN (SELECT id FROM competition_entry"
                " WHERE competition_id = ?)"_s)
        .bind(id)
        .exec();
    Query(m_db, u"DELETE FROM competition_entry WHERE competition_id = ?"_s).bind(id).exec();
    Query(m_db, u"DELETE FROM competition WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

std::optional<Competition> CompetitionRepository::get(qint64 id) const
{
    const QList<Competition> found = read(u"c.id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Competition> CompetitionRepository::all() const { return read(QString(), {}); }

QList<Competition> CompetitionRepository::ofYear(int year) const { return read(u"c.year = ?"_s, {year}); }

QList<Competition> CompetitionRepository::ofTeacher(qint64 teacherId) const
{
    return read(u"c.id IN (SELECT competition_id FROM competition_entry WHERE teacher_id = ?)"_s, {teacherId});
}

QList<Competition> CompetitionRepository::read(const QString &where, const QVariantList &binds) const
{
    const QString condition = where.isEmpty() ? QString() : u" WHERE "_s + where;
    QList<Competition> out;
    QHash<qint64, qsizetype> index;
    {
        Query q(m_db, u"SELECT c.id, c.name, c.year, c.stages, c.nominations, c.note, c.row_version FROM competition c"_s + condition
                          + u" ORDER BY c.year DESC, c.name, c.id"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            Competition c;
            c.id = q.id(0);
            c.name = q.text(1);
            c.year = q.value(2).toInt();
            c.stages = stagesOf(q.text(3));
            c.nominations = q.text(4).split(u'\n', Qt::SkipEmptyParts);
            c.note = q.text(5);
            c.version.value = q.value(6).toInt();
            index.insert(c.id, out.size());
            out << c;
        }
    }
    if (out.isEmpty())
        return out;
    QHash<qint64, QPair<qsizetype, qsizetype>> entryAt; // entry id -> (competition, entry)
    {
        Query q(m_db, u"SELECT e.id, e.competition_id, e.teacher_id, e.nomination FROM competition_entry e"
                      " JOIN competition c ON c.id = e.competition_id"_s
                      + condition + u" ORDER BY e.competition_id, e.id"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            const auto it = index.constFind(q.id(1));
            if (it == index.cend())
                continue;
            CompetitionEntry e;
            e.id = q.id(0);
            e.teacherId = q.id(2);
            e.nomination = q.text(3);
            entryAt.insert(e.id, {*it, out[*it].entries.size()});
            out[*it].entries << e;
        }
    }
    {
        Query q(m_db, u"SELECT r.entry_id, r.level, r.result FROM competition_result r"
                      " JOIN competition_entry e ON e.id = r.entry_id JOIN competition c ON c.id = e.competition_id"_s
                      + condition);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            const auto it = entryAt.constFind(q.id(0));
            CompetitionLevel level = CompetitionLevel::School;
            CompetitionResult result = CompetitionResult::Participant;
            if (it == entryAt.cend() || !CompetitionText::fromCode(q.text(1), &level)
                || !CompetitionText::fromCode(q.text(2), &result))
                continue;
            out[it->first].entries[it->second].results.insert(level, result);
        }
    }
    return out;
}

} // namespace profrost
