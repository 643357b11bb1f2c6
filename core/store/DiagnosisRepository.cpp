#include "store/DiagnosisRepository.h"

#include "domain/DateText.h"
#include "domain/DiagnosisRules.h"
#include "store/BulkInsert.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RowReader.h"
#include "util/Error.h"

#include <QMap>

#include <QVarLengthArray>

#include <algorithm>
#include <deque>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

DiagnosisCampaign campaignFrom(const Query &q)
{
    DiagnosisCampaign c;
    c.id = q.id(0);
    c.name = q.text(1);
    DiagnosisText::fromCode(q.text(2), &c.kind);
    c.starts = q.date(3);
    c.ends = q.date(4);
    return c;
}

} // namespace

QList<DiagnosisCampaign> DiagnosisRepository::campaigns() const
{
    QMap<qint64, QList<CompetencyArea>> areas;
    Query a(m_db, u"SELECT campaign_id, area FROM diagnosis_campaign_area"_s);
    a.exec();
    while (a.next()) {
        CompetencyArea area;
        if (TrainingText::fromCode(a.text(1), &area))
            areas[a.id(0)].append(area);
    }
    QList<DiagnosisCampaign> out;
    Query q(m_db, u"SELECT id, name, kind, starts, ends FROM diagnosis_campaign ORDER BY starts, name, id"_s);
    q.exec();
    while (q.next()) {
        DiagnosisCampaign c = campaignFrom(q);
        // In the order of the areas' list, whatever order they were stored in.
        for (CompetencyArea area : TrainingText::allAreas()) {
            if (areas.value(c.id).contains(area))
                c.areas << area;
        }
        out << c;
    }
    return out;
}

DiagnosisCampaign DiagnosisRepository::campaign(qint64 id) const
{
    // One campaign by its id: saving a result asks for it, an import once a row.
    Query q(m_db, u"SELECT id, name, kind, starts, ends FROM diagnosis_campaign WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        throw Error(tr("There is no diagnosis with the id %1.").arg(id));
    DiagnosisCampaign c = campaignFrom(q);
    QList<CompetencyArea> stored;
    Query a(m_db, u"SELECT area FROM diagnosis_campaign_area WHERE campaign_id = ?"_s);
    a.bind(id).exec();
    while (a.next()) {
        CompetencyArea area;
        if (TrainingText::fromCode(a.text(0), &area))
            stored << area;
    }
    for (CompetencyArea area : TrainingText::allAreas()) { // in the order of the areas' list
        if (stored.contains(area))
            c.areas << area;
    }
    return c;
}

qint64 DiagnosisRepository::addCampaign(const DiagnosisCampaign &c)
{
    if (const QStringList problems = DiagnosisRules::checkCampaign(c); !problems.isEmpty())
        throw Error(problems.join(u"; "_s));
    Transaction tx(m_db);
    Query q(m_db, u"INSERT INTO diagnosis_campaign (name, kind, starts, ends) VALUES (?, ?, ?, ?) RETURNING id"_s);
    const qint64 id = q.bind(c.name.simplified()).bind(DiagnosisText::code(c.kind)).bind(c.starts).bind(c.ends)
                          .scalar()
                          .toLongLong();
    if (id == 0)
        throw Error(tr("The diagnosis «%1» was not stored.").arg(c.name.simplified()));
    writeAreas(id, c.areas);
    tx.commit();
    return id;
}

void DiagnosisRepository::updateCampaign(const DiagnosisCampaign &c)
{
    if (const QStringList problems = DiagnosisRules::checkCampaign(c); !problems.isEmpty())
        throw Error(problems.join(u"; "_s));
    Transaction tx(m_db);
    Query q(m_db, u"UPDATE diagnosis_campaign SET name = ?, kind = ?, starts = ?, ends = ? WHERE id = ?"_s);
    q.bind(c.name.simplified()).bind(DiagnosisText::code(c.kind)).bind(c.starts).bind(c.ends).bind(c.id).exec();
    if (q.numRowsAffected() != 1)
        throw Error(tr("There is no diagnosis with the id %1.").arg(c.id));
    Query(m_db, u"DELETE FROM diagnosis_campaign_area WHERE campaign_id = ?"_s).bind(c.id).exec();
    writeAreas(c.id, c.areas);
    tx.commit();
}

void DiagnosisRepository::removeCampaign(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM diagnosis_campaign WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

void DiagnosisRepository::writeAreas(qint64 campaignId, const QList<CompetencyArea> &areas)
{
    for (CompetencyArea area : areas) {
        Query(m_db, u"INSERT INTO diagnosis_campaign_area (campaign_id, area) VALUES (?, ?)"_s)
            .bind(campaignId)
            .bind(TrainingText::code(area))
            .exec();
    }
}

qint64 DiagnosisRepository::saveResult(const DiagnosisResult &r)
{
    const DiagnosisCampaign c = campaign(r.campaignId);
    if (const QStringList problems = DiagnosisRules::checkResult(r, c); !problems.isEmpty())
        throw Error(problems.join(u"; "_s));
    Transaction tx(m_db);
    Query find(m_db, u"SELECT id FROM diagnosis_result WHERE teacher_id = ? AND campaign_id = ? AND taken_on = ?"_s);
    qint64 id = find.bind(r.teacherId).bind(r.campaignId).bind(r.takenOn).scalar().toLongLong();
    if (id == 0) {
        Query insert(m_db, u"INSERT INTO diagnosis_result (campaign_id, teacher_id, taken_on) VALUES (?, ?, ?)"
                           " RETURNING id"_s);
        id = insert.bind(r.campaignId).bind(r.teacherId).bind(r.takenOn).scalar().toLongLong();
        if (id == 0)
            throw Error(tr("The result was not stored."));
    } else {
        Query(m_db, u"DELETE FROM diagnosis_score WHERE result_id = ?"_s).bind(id).exec();
    }
    writeScores(id, r.scores);
    tx.commit();
    return id;
}

void DiagnosisRepository::insertNewResults(const QList<DiagnosisResult> &results)
{
    QHash<qint64, DiagnosisCampaign> campaigns;
    for (const DiagnosisResult &r : results) {
        auto c = campaigns.find(r.campaignId);
        if (c == campaigns.end())
            c = campaigns.insert(r.campaignId, campaign(r.campaignId));
        if (const QStringList problems = DiagnosisRules::checkResult(r, *c); !problems.isEmpty())
            throw Error(problems.join(u"; "_s));
    }
    Transaction tx(m_db);
    BulkInsert result(m_db, u"INSERT INTO diagnosis_result (campaign_id, teacher_id, taken_on) VALUES (?, ?, ?)"_s,
                      BulkInsert::Returns::Id);
    BulkInsert score(m_db, u"INSERT INTO diagnosis_score (result_id, area, percent_x100) VALUES (?, ?, ?)"_s,
                     BulkInsert::Returns::Nothing);
    for (const DiagnosisResult &r : results) {
        const qint64 id = result.bind(r.campaignId).bind(r.teacherId).bind(r.takenOn).exec();
        if (id == 0)
            throw Error(tr("The result was not stored."));
        for (const AreaScore &s : r.scores)
            score.bind(id).bind(TrainingText::code(s.area)).bind(qint64(s.hundredths)).exec();
    }
    tx.commit();
}

void DiagnosisRepository::updateResult(const DiagnosisResult &r)
{
    const DiagnosisCampaign c = campaign(r.campaignId);
    if (const QStringList problems = DiagnosisRules::checkResult(r, c); !problems.isEmpty())
        throw Error(problems.join(u"; "_s));
    Transaction tx(m_db);
    Query other(m_db, u"SELECT id FROM diagnosis_result WHERE teacher_id = ? AND campaign_id = ? AND taken_on = ?"
                      " AND id <> ?"_s);
    if (other.bind(r.teacherId).bind(r.campaignId).bind(r.takenOn).bind(r.id).scalar().toLongLong() != 0)
        throw Error(tr("The teacher already has a result of «%1» on %2.")
                        .arg(c.name, DateText::numeric(r.takenOn)));
    Query update(m_db, u"UPDATE diagnosis_result SET teacher_id = ?, taken_on = ? WHERE id = ? AND campaign_id = ?"_s);
    update.bind(r.teacherId).bind(r.takenOn).bind(r.id).bind(r.campaignId).exec();
    if (update.numRowsAffected() != 1)
        throw Error(tr("The result is no longer stored."));
    Query(m_db, u"DELETE FROM diagnosis_score WHERE result_id = ?"_s).bind(r.id).exec();
    writeScores(r.id, r.scores);
    tx.commit();
}

void DiagnosisRepository::writeScores(qint64 resultId, const QList<AreaScore> &scores)
{
    for (const AreaScore &s : scores) {
        Query(m_db, u"INSERT INTO diagnosis_score (result_id, area, percent_x100) VALUES (?, ?, ?)"_s)
            .bind(resultId)
            .bind(TrainingText::code(s.area))
            .bind(s.hundredths)
            .exec();
    }
}

void DiagnosisRepository::removeResult(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM diagnosis_result WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

QList<DiagnosisResult> DiagnosisRepository::read(const QString &where, const QVariantList &binds) const
{
    // One pass over the results joined with their scores in the results'
    // order of entry (SQLite walks both by their keys: no sort of a region's
    // 400,000 scores), then ordered oldest first below.
    QString sql = u"SELECT r.id, r.campaign_id, r.teacher_id, r.taken_on, s.area, s.percent_x100"
                  " FROM diagnosis_result r JOIN diagnosis_score s ON s.result_id = r.id"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY r.id"_s;
    RowReader q(m_db, sql);
    q.bindAll(binds);
    q.exec();
    // The few areas' codes, each decoded once (an unknown area is a newer
    // program's: skipped), with its rank: a result's scores go in the order
    // of the areas' list (the dictionary's positions, then the code).
    struct Known
    {
        QByteArray code;
        std::optional<CompetencyArea> area;
        std::pair<int, QString> rank;
    };
    const QList<CompetencyArea> order = TrainingText::allAreas();
    std::deque<Known> areas; // stays where it is as it grows: `ranks` points into it
    const auto areaOf = [&](QByteArrayView code) -> const Known & {
        for (const Known &known : std::as_const(areas)) {
            if (known.code == code)
                return known;
        }
        Known known{code.toByteArray(), std::nullopt, {}};
        CompetencyArea area;
        if (TrainingText::fromCode(QString::fromUtf8(code), &area)) {
            known.area = area;
            known.rank = {int(order.indexOf(area)), area.code()};
        }
        areas.push_back(known);
        return areas.back();
    };
    QList<DiagnosisResult> out;
    QVarLengthArray<const Known *, 8> ranks; // of the scores of out.last()
    while (q.next()) {
        const qint64 id = q.id(0);
        if (out.isEmpty() || out.constLast().id != id) {
            DiagnosisResult r;
            r.id = id;
            r.campaignId = q.id(1);
            r.teacherId = q.id(2);
            r.takenOn = q.date(3);
            out << r;
            ranks.clear();
        }
        const Known &known = areaOf(q.bytes(4));
        if (!known.area)
            continue;
        // Into its place among the result's few scores.
        QList<AreaScore> &scores = out.last().scores;
        qsizetype at = ranks.size();
        while (at > 0 && known.rank < ranks[at - 1]->rank)
            --at;
        scores.insert(at, AreaScore{*known.area, q.integer(5)});
        ranks.insert(at, &known);
    }
    // Oldest first; results of one day in their order of entry.
    std::stable_sort(out.begin(), out.end(),
                     [](const DiagnosisResult &a, const DiagnosisResult &b) { return a.takenOn < b.takenOn; });
    return out;
}

std::optional<DiagnosisResult> DiagnosisRepository::findResult(qint64 teacherId, qint64 campaignId,
                                                              QDate takenOn) const
{
    Query find(m_db, u"SELECT id FROM diagnosis_result WHERE teacher_id = ? AND campaign_id = ? AND taken_on = ?"_s);
    const qint64 id = find.bind(teacherId).bind(campaignId).bind(takenOn).scalar().toLongLong();
    if (id == 0)
        return std::nullopt;
    return result(id);
}

std::optional<DiagnosisResult> DiagnosisRepository::result(qint64 id) const
{
    const QList<DiagnosisResult> found = read(u"r.id = ?"_s, {id});
    if (found.isEmpty()) // a result without scores is never stored, but read() joins them
        return std::nullopt;
    return found.constFirst();
}

QList<DiagnosisResult> DiagnosisRepository::resultsOf(qint64 teacherId) const
{
    return read(u"r.teacher_id = ?"_s, {teacherId});
}

QList<DiagnosisResult> DiagnosisRepository::resultsOfCampaign(qint64 campaignId) const
{
    return read(u"r.campaign_id = ?"_s, {campaignId});
}

QHash<qint64, int> DiagnosisRepository::resultCounts() const
{
    Query q(m_db, u"SELECT campaign_id, COUNT(*) FROM diagnosis_result GROUP BY campaign_id"_s);
    q.exec();
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.id(0), q.value(1).toInt());
    return out;
}

QHash<qint64, QList<DiagnosisResult>> DiagnosisRepository::allResults() const
{
    QHash<qint64, QList<DiagnosisResult>> out;
    for (DiagnosisResult &r : read(QString(), {}))
        out[r.teacherId].append(std::move(r));
    return out;
}

QHash<qint64, QList<DiagnosisResult>> DiagnosisRepository::resultsOfTeachersWithRoutes() const
{
    QHash<qint64, QList<DiagnosisResult>> out;
    for (DiagnosisResult &r : read(u"r.teacher_id IN (SELECT teacher_id FROM route)"_s, {}))
        out[r.teacherId].append(std::move(r));
    return out;
}

QHash<qint64, QList<DiagnosisResult>> DiagnosisRepository::resultsTaken(QDate from, QDate to) const
{
    // An open end is a date no result has: the statement stays one.
    const QString first = Query::dateText(from.isValid() ? from : QDate(1, 1, 1));
    const QString last = Query::dateText(to.isValid() ? to : QDate(9999, 12, 31));
    QHash<qint64, QList<DiagnosisResult>> out;
    for (DiagnosisResult &r : read(u"r.taken_on BETWEEN ? AND ?"_s, {first, last}))
        out[r.teacherId].append(std::move(r));
    return out;
}

} // namespace profrost
