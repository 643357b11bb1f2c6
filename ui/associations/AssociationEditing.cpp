#include "associations/AssociationEditing.h"

#include "common/ConflictResolution.h"
#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/Database.h"
#include "store/MeetingRepository.h"
#include "store/PlanRepository.h"
#include "store/RecordComparison.h"
#include "store/RowVersion.h"
#include "util/Error.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AssociationEditing)
};

StoreOps<AssociationRecord> storeOps(AppContext &ctx)
{
    Database &db = ctx.db();
    return {
        // Inserted again by undo or redo: under the old id, which the
        // steps further along the stack name.
        [&db](const AssociationRecord &r) {
            Transaction tx(db);
            AssociationRepository repo(db);
            Association a = r.association;
            a.id = r.id;
            const qint64 id = a.id == 0 ? repo.insert(a) : repo.restore(a);
            repo.replaceMembers(id, r.members);
            tx.commit();
            return id;
        },
        [&db](const AssociationRecord &r) {
            Transaction tx(db);
            AssociationRepository repo(db);
            Association a = r.association;
            a.id = r.id;
            a.version = r.version;
            repo.update(a);
            repo.replaceMembers(r.id, r.members);
            tx.commit();
        },
        [&db](qint64 id) { AssociationRepository(db).remove(id); },
        u"association"_s,
    };
}

// Writes `after` in place of `before` and pushes the step.
bool change(AppContext &ctx, const std::optional<AssociationRecord> &before, std::optional<AssociationRecord> after,
            const QString &text, QString *error, qint64 *id = nullptr)
{
    StoreOps<AssociationRecord> ops = storeOps(ctx);
    try {
        if (before && after) {
            after->id = before->id;
            ops.update(*after);
        } else if (before) {
            ops.remove(before->id);
        } else if (after) {
            after->id = ops.insert(*after);
        }
        if (after) // what undo writes over (store/RowVersion)
            after->version.value = RowVersion::of(ctx.db(), ops.versionedTable, after->id);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (id)
        *id = after ? after->id : 0;
    ctx.undoStack()->push(new StoredChangeCommand<AssociationRecord>(ctx, std::move(ops), before, after, text));
    return true;
}

} // namespace

AssociationRecord AssociationEditing::read(AppContext &ctx, qint64 associationId)
{
    AssociationRepository repo(ctx.db());
    AssociationRecord r;
    r.id = associationId;
    r.association = repo.get(associationId);
    r.members = repo.members(associationId);
    r.version = r.association.version;
    return r;
}

bool AssociationEditing::save(AppContext &ctx, const std::optional<AssociationRecord> &before, AssociationRecord after,
                              QString *error, qint64 *id, QWidget *parent, bool *reopen)
{
    if (reopen)
        *reopen = false;
    after.association.id = after.id;
    AssociationRules::addLeaders(after.association, after.members, ctx.today());
    const QString text = before ? Tr::tr("edit association «%1»").arg(after.association.name)
                                : Tr::tr("new association «%1»").arg(after.association.name);
    if (!before)
        return change(ctx, before, after, text, error, id);
    // Another user (a methodist, the association's head) may have saved it
    // since the dialog was opened.
    after.id = before->id;
    after.version = before->version;
    StoreOps<AssociationRecord> ops = storeOps(ctx);
    std::optional<AssociationRecord> replaced = before;
    try {
        const ConflictSave<AssociationRecord> done = ConflictResolution::save<AssociationRecord>(
            parent, after, [&ops](const AssociationRecord &mine) { ops.update(mine); },
            [&] { return read(ctx, after.id); },
            [&ctx](const AssociationRecord &mine, const AssociationRecord &theirs) {
                return RecordComparison::associations(ctx.db(), mine.association, mine.members, theirs.association,
                                                      theirs.members);
            });
        if (const std::optional<bool> answer = ConflictResolution::unsaved(done, after.id, id, error, reopen)) {
            ctx.notifyChanged(); // the lists show what is stored
            return *answer;
        }
        if (done.replaced)
            replaced = done.replaced; // undo brings back what was stored: theirs
        after = read(ctx, after.id);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (id)
        *id = after.id;
    ctx.undoStack()->push(new StoredChangeCommand<AssociationRecord>(ctx, std::move(ops), replaced, after, text));
    return true;
}

bool AssociationEditing::remove(AppContext &ctx, qint64 associationId, QString *error)
{
    try {
        const AssociationRecord before = read(ctx, associationId);
        const qsizetype plans = PlanRepository(ctx.db()).plansOf(associationId).size();
        const qsizetype meetings = MeetingRepository(ctx.db()).meetingsOf(associationId).size();
        if (plans + meetings > 0) {
            if (error)
                *error = Tr::tr("«%1» has plans (%2) and meetings (%3): their history counts for the indicators. "
                                "Set its last active year instead, or delete its plans and meetings first.")
                             .arg(before.association.name)
                             .arg(plans)
                             .arg(meetings);
            return false;
        }
        return change(ctx, before, std::nullopt, Tr::tr("delete association «%1»").arg(before.association.name),
                      error);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

bool AssociationEditing::addMembers(AppContext &ctx, qint64 associationId, const QList<qint64> &teachers, QDate joined,
                                    QString *error)
{
    try {
        const AssociationRecord before = read(ctx, associationId);
        AssociationRecord after = before;
        const QDate day = joined.isValid() ? joined : ctx.today();
        int added = 0;
        for (qint64 teacher : teachers) {
            if (AssociationRules::memberOnOrLater(after.members, teacher, day))
                continue;
            after.members.append({0, associationId, teacher, day, {}});
            ++added;
        }
        if (added == 0)
            return true;
        return change(ctx, before, after, Tr::tr("add %n member(s)", nullptr, added), error);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

bool AssociationEditing::endMemberships(AppContext &ctx, qint64 associationId, const QList<qint64> &memberIds,
                                        QDate day, QString *error)
{
    try {
        const AssociationRecord before = read(ctx, associationId);
        AssociationRecord after = before;
        for (AssociationMember &m : after.members) {
            if (memberIds.contains(m.id))
                m.left = day;
        }
        return change(ctx, before, after, Tr::tr("%n member(s) left", nullptr, int(memberIds.size())), error);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

bool AssociationEditing::removeMemberships(AppContext &ctx, qint64 associationId, const QList<qint64> &memberIds,
                                           QString *error)
{
    try {
        const AssociationRecord before = read(ctx, associationId);
        AssociationRecord after = before;
        after.members.removeIf([&memberIds](const AssociationMember &m) { return memberIds.contains(m.id); });
        return change(ctx, before, after, Tr::tr("remove %n membership(s)", nullptr, int(memberIds.size())), error);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

} // namespace profrost
