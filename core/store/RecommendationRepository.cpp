#include "store/RecommendationRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "util/Error.h"

using namespace Qt::StringLiterals;

namespace profrost {

qint64 RecommendationRepository::save(const Recommendation &r)
{
    if (const QStringList problems = RecommendationRules::check(r); !problems.isEmpty())
        throw Error(problems.join(u" "_s));
    const QDate checkedOn = r.state == RecommendationState::Planned ? QDate() : r.checkedOn;
    Transaction tx(m_db);
    qint64 id = r.id;
    const bool stored = id != 0
        && Query(m_db, u"SELECT COUNT(*) FROM recommendation WHERE id = ?"_s).bind(id).scalar().toInt() == 1;
    if (stored) {
        // The head and a methodist may both check it (store/RowVersion).
        Query q(m_db, u"UPDATE recommendation SET made_on = ?, addressee = ?, text = ?, due = ?, indicator = ?,"
                      " state = ?, checked_on = ?, note = ?"_s
                          + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(r.version.value));
        q.bind(r.madeOn)
            .bind(r.addressee.simplified())
            .bind(r.text.trimmed())
            .bind(r.due)
            .bind(r.indicator.trimmed())
            .bind(RecommendationText::code(r.state))
            .bind(checkedOn)
            .bind(r.note.trimmed())
            .bind(id);
        RowVersion::exec(m_db, q, r.version.value, u"recommendation"_s, id,
                         tr("Recommendation: %1").arg(r.text.simplified().left(60)),
                         tr("The recommendation no longer exists."));
    } else {
        Query q(m_db, id != 0 ? u"INSERT INTO recommendation (id, made_on, addressee, text, due, indicator, state,"
                                 " checked_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s
                              : u"INSERT INTO recommendation (made_on, addressee, text, due, indicator, state,"
                                 " checked_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = q.bind(r.madeOn)
                 .bind(r.addressee.simplified())
                 .bind(r.text.trimmed())
                 .bind(r.due)
                 .bind(r.indicator.trimmed())
                 .bind(RecommendationText::code(r.state))
                 .bind(checkedOn)
                 .bind(r.note.trimmed())
                 .scalar()
                 .toLongLong();
        if (id == 0)
            throw Error(tr("The recommendation was not stored."));
    }
    tx.commit();
    return id;
}

void RecommendationRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM recommendation WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

std::optional<Recommendation> RecommendationRepository::get(qint64 id) const
{
    const QList<Recommendation> found = read(u"id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Recommendation> RecommendationRepository::all() const { return read(QString(), {}); }

QList<Recommendation> RecommendationRepository::madeBetween(QDate from, QDate to) const
{
    return read(u"made_on >= ? AND made_on <= ?"_s, {Query::dateText(from), Query::dateText(to)});
}

QList<Recommendation> RecommendationRepository::dueBy(QDate dueBy, QDate madeBefore) const
{
    return read(u"due <= ? AND made_on < ?"_s, {Query::dateText(dueBy), Query::dateText(madeBefore)});
}

QList<Recommendation> RecommendationRepository::read(const QString &where, const QVariantList &binds) const
{
    Query q(m_db, u"SELECT id, made_on, addressee, text, due, indicator, state, checked_on, note,"
                  " row_version FROM recommendation"_s
                      + (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" ORDER BY made_on, id"_s);
    q.bindAll(binds);
    q.exec();
    QList<Recommendation> out;
    while (q.next()) {
        Recommendation r;
        r.id = q.id(0);
        r.madeOn = q.date(1);
        r.addressee = q.text(2);
        r.text = q.text(3);
        r.due = q.date(4);
        r.indicator = q.text(5);
        RecommendationText::fromCode(q.text(6), &r.state);
        r.checkedOn = q.date(7);
        r.note = q.text(8);
        r.version.value = q.value(9).toInt();
        out << r;
    }
    return out;
}

} // namespace profrost
