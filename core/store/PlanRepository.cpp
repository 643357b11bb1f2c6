#include "store/PlanRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "util/Error.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const QString kColumns = u"id, kind, title, association_id, start_year, period_from, period_to, theme, goal, tasks,"
                         " approval_position, approval_name, approval_date, review_body, review_date, review_number, row_version"_s;

QVariant ref(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

MethodicalPlan readHeader(const Query &q)
{
    MethodicalPlan p;
    p.id = q.id(0);
    PlanText::fromCode(q.text(1), &p.kind);
    p.title = q.text(2);
    p.associationId = q.id(3);
    p.startYear = q.value(4).toInt();
    p.periodFrom = q.date(5);
    p.periodTo = q.date(6);
    p.theme = q.text(7);
    p.goal = q.text(8);
    p.tasks = q.text(9);
    p.approval = {q.text(10), q.text(11), q.date(12)};
    p.review = {q.text(13), q.date(14), q.text(15)};
    p.version.value = q.value(16).toInt();
    return p;
}

} // namespace

QList<MethodicalPlan> PlanRepository::headers() const
{
    QList<MethodicalPlan> out;
    Query q(m_db, u"SELECT "_s + kColumns + u" FROM methodical_plan ORDER BY start_year DESC, kind, title, id"_s);
    q.exec();
    while (q.next())
        out.append(readHeader(q));
    return out;
}

QList<MethodicalPlan> PlanRepository::plansOf(qint64 associationId) const
{
    QList<MethodicalPlan> out;
    Query q(m_db, u"SELECT "_s + kColumns
                      + u" FROM methodical_plan WHERE association_id = ? ORDER BY start_year DESC, id"_s);
    q.bind(associationId).exec();
    while (q.next())
        out.append(readHeader(q));
    return out;
}

MethodicalPlan PlanRepository::get(qint64 id) const
{
    MethodicalPlan p;
    {
        Query q(m_db, u"SELECT "_s + kColumns + u" FROM methodical_plan WHERE id = ?"_s);
        q.bind(id).exec();
        if (!q.next())
            throw Error(tr("The plan no longer exists."));
        p = readHeader(q);
    }
    {
        Query q(m_db, u"SELECT title FROM plan_stage WHERE plan_id = ? ORDER BY number"_s);
        q.bind(id).exec();
        while (q.next())
            p.stages.append(q.text(0));
    }
    Query q(m_db, u"SELECT id, stage, title, form, result, date_from, date_to, term, level, responsible, is_meeting"
                  " FROM plan_item WHERE plan_id = ? ORDER BY position, id"_s);
    q.bind(id).exec();
    while (q.next()) {
        PlanItem item;
        item.id = q.id(0);
        item.stage = q.value(1).toInt();
        item.title = q.text(2);
        item.form = q.text(3);
        item.result = q.text(4);
        item.from = q.date(5);
        item.to = q.date(6);
        item.term = q.text(7);
        item.level = q.text(8);
        item.responsible = q.text(9);
        item.isMeeting = q.value(10).toInt() != 0;
        p.items.append(item);
    }
    return p;
}

qint64 PlanRepository::findYearPlan(qint64 associationId, int startYear) const
{
    Query q(m_db, u"SELECT id FROM methodical_plan WHERE association_id = ? AND start_year = ? AND kind = 'rmo_year'"
                  " ORDER BY id LIMIT 1"_s);
    return q.bind(associationId).bind(startYear).scalar().toLongLong();
}

bool PlanRepository::hasPlanForYear(qint64 associationId, int startYear) const
{
    return findYearPlan(associationId, startYear) != 0;
}

void PlanRepository::checkPlan(const MethodicalPlan &plan) const
{
    if (const QStringList problems = PlanRules::check(plan); !problems.isEmpty())
        throw Error(tr("The plan «%1» cannot be stored: %2").arg(plan.title.trimmed(), problems.join(u"; "_s)));
    if (plan.kind == PlanKind::RmoYear) {
        const qint64 other = findYearPlan(plan.associationId, plan.startYear);
        if (other != 0 && other != plan.id)
            throw Error(tr("Year: the association already has a plan for %1.")
                            .arg(PlanText::academicYear(plan.startYear)));
    }
}

void PlanRepository::writeBody(qint64 planId, const MethodicalPlan &plan)
{
    Query(m_db, u"DELETE FROM plan_stage WHERE plan_id = ?"_s).bind(planId).exec();
    for (qsizetype i = 0; i < plan.stages.size(); ++i)
        Query(m_db, u"INSERT INTO plan_stage (plan_id, number, title) VALUES (?, ?, ?)"_s)
            .bind(planId).bind(int(i + 1)).bind(plan.stages.at(i).simplified()).exec();
    // Items that stay keep their ids (meetings point at them); the others go.
    QSet<qint64> kept;
    for (const PlanItem &item : plan.items)
        if (item.id != 0)
            kept.insert(item.id);
    QSet<qint64> existing;
    {
        QList<qint64> gone;
        Query q(m_db, u"SELECT id FROM plan_item WHERE plan_id = ?"_s);
        q.bind(planId).exec();
        while (q.next()) {
            existing.insert(q.id(0));
            if (!kept.contains(q.id(0)))
                gone.append(q.id(0));
        }
        for (qint64 id : gone)
            Query(m_db, u"DELETE FROM plan_item WHERE id = ?"_s).bind(id).exec();
    }
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        PlanItem item = plan.items.at(i);
        // An id this plan does not hold (a snapshot taken before the item was
        // removed: undo of an edit) is a new row; updating it would lose it.
        if (!existing.contains(item.id))
            item.id = 0;
        Query q(m_db, item.id == 0
                          ? u"INSERT INTO plan_item (position, stage, title, form, result, date_from, date_to, term,"
                            " level, responsible, is_meeting, plan_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                          : u"UPDATE plan_item SET position = ?, stage = ?, title = ?, form = ?, result = ?,"
                            " date_from = ?, date_to = ?, term = ?, level = ?, responsible = ?, is_meeting = ?"
                            " WHERE plan_id = ? AND id = ?"_s);
        q.bind(int(i + 1)).bind(item.stage).bind(item.title.trimmed()).bind(item.form.trimmed())
            .bind(item.result.trimmed()).bind(item.from).bind(item.to).bind(item.term.trimmed())
            .bind(item.level.trimmed()).bind(item.responsible.trimmed()).bind(item.isMeeting).bind(planId);
        if (item.id != 0)
            q.bind(item.id);
        q.exec();
    }
}

QHash<qint64, int> PlanRepository::itemCounts() const
{
    QHash<qint64, int> out;
    Query q(m_db, u"SELECT plan_id, COUNT(*) FROM plan_item GROUP BY plan_id"_s);
    q.exec();
    while (q.next())
        out.insert(q.id(0), q.value(1).toInt());
    return out;
}

// The plan's row: a new id when *id is 0, else that id (restore).
void PlanRepository::insertHeader(const MethodicalPlan &plan, qint64 *id)
{
    Query q(m_db, *id == 0
                      ? u"INSERT INTO methodical_plan (kind, title, association_id, start_year, period_from, period_to,"
                        " theme, goal, tasks, approval_position, approval_name, approval_date, review_body,"
                        " review_date, review_number)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s
                      : u"INSERT INTO methodical_plan (kind, title, association_id, start_year, period_from, period_to,"
                        " theme, goal, tasks, approval_position, approval_name, approval_date, review_body,"
                        " review_date, review_number, id)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(PlanText::code(plan.kind)).bind(plan.title.simplified()).bind(ref(plan.associationId))
        .bind(plan.startYear == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(plan.startYear))
        .bind(plan.periodFrom).bind(plan.periodTo).bind(plan.theme.trimmed()).bind(plan.goal.trimmed())
        .bind(plan.tasks.trimmed()).bind(plan.approval.position.trimmed()).bind(plan.approval.name.trimmed())
        .bind(plan.approval.date).bind(plan.review.body.trimmed()).bind(plan.review.protocolDate)
        .bind(plan.review.protocolNumber.trimmed());
    if (*id != 0)
        q.bind(*id);
    *id = q.scalar().toLongLong();
    MethodicalPlan fresh = plan;
    for (PlanItem &item : fresh.items)
        item.id = 0; // a new plan's items are new rows
    writeBody(*id, fresh);
}

qint64 PlanRepository::insert(const MethodicalPlan &plan)
{
    Transaction tx(m_db);
    checkPlan(plan);
    qint64 id = 0;
    insertHeader(plan, &id);
    tx.commit();
    return id;
}

void PlanRepository::restore(const MethodicalPlan &plan)
{
    if (plan.id == 0)
        throw Error(tr("The plan cannot be restored: it has no id."));
    Transaction tx(m_db);
    MethodicalPlan header = plan;
    header.id = 0; // checked as a new plan: a year plan for the same year is refused
    checkPlan(header);
    qint64 id = plan.id;
    insertHeader(plan, &id);
    tx.commit();
}

void PlanRepository::update(const MethodicalPlan &plan)
{
    Transaction tx(m_db);
    checkPlan(plan);
    Query q(m_db, u"UPDATE methodical_plan SET kind = ?, title = ?, association_id = ?, start_year = ?,"
                  " period_from = ?, period_to = ?, theme = ?, goal = ?, tasks = ?, approval_position = ?,"
                  " approval_name = ?, approval_date = ?, review_body = ?, review_date = ?, review_number = ?"_s
                      + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(plan.version.value));
    q.bind(PlanText::code(plan.kind)).bind(plan.title.simplified()).bind(ref(plan.associationId))
        .bind(plan.startYear == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(plan.startYear))
        .bind(plan.periodFrom).bind(plan.periodTo).bind(plan.theme.trimmed()).bind(plan.goal.trimmed())
        .bind(plan.tasks.trimmed()).bind(plan.approval.position.trimmed()).bind(plan.approval.name.trimmed())
        .bind(plan.approval.date).bind(plan.review.body.trimmed()).bind(plan.review.protocolDate)
        .bind(plan.review.protocolNumber.trimmed()).bind(plan.id);
    RowVersion::exec(m_db, q, plan.version.value, u"methodical_plan"_s, plan.id, plan.title.simplified(),
                     tr("The plan no longer exists."));
    writeBody(plan.id, plan);
    tx.commit();
}

void PlanRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM methodical_plan WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

qint64 PlanRepository::copyToNextYear(qint64 planId)
{
    Transaction tx(m_db);
    const qint64 id = insert(PlanRules::nextYearDraft(get(planId)));
    tx.commit();
    return id;
}

} // namespace profrost
