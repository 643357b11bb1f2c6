#include "associations/MeetingEditing.h"

#include "common/ConflictResolution.h"
#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/MeetingRepository.h"
#include "store/RecordComparison.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace profrost::MeetingEditing {

namespace {

// Undo and redo store a removed meeting again with restore(): under its old
// id, so that the other steps on the stack that name it (an edit before the
// removal) still find it. The agenda item ids of the snapshot are stale; the
// repository writes the items anew.
StoreOps<Meeting> ops(AppContext &ctx)
{
    return {[&ctx](const Meeting &m) { return MeetingRepository(ctx.db()).restore(m); },
            [&ctx](const Meeting &m) { MeetingRepository(ctx.db()).update(m); },
            [&ctx](qint64 id) { MeetingRepository(ctx.db()).remove(id); }, u"meeting"_s};
}

void push(AppContext &ctx, std::optional<Meeting> before, std::optional<Meeting> after, const QString &label)
{
    ctx.undoStack()->push(new StoredChangeCommand<Meeting>(ctx, ops(ctx), std::move(before), std::move(after), label));
}

} // namespace

bool save(AppContext &ctx, const std::optional<Meeting> &before, const Meeting &after, QString *error,
          qint64 *savedId, QWidget *parent, bool *reopen)
{
    Meeting stored = after;
    std::optional<Meeting> replaced = before;
    if (reopen)
        *reopen = false;
    try {
        MeetingRepository repo(ctx.db());
        if (before) {
            stored.id = before->id;
            // Another user (an association's head, a methodist) may have saved it since it was opened.
            const ConflictSave<Meeting> done = ConflictResolution::save<Meeting>(
                parent, stored, [&](const Meeting &mine) { repo.update(mine); }, [&] { return repo.get(stored.id); },
                [&](const Meeting &mine, const Meeting &theirs) {
                    return RecordComparison::meetings(ctx.db(), mine, theirs);
                });
            if (const std::optional<bool> answer =
                    ConflictResolution::unsaved(done, stored.id, savedId, error, reopen)) {
                ctx.notifyChanged(); // the lists show what is stored
                return *answer;
            }
            if (done.replaced)
                replaced = done.replaced; // undo brings back what was stored: theirs
        } else {
            stored.id = repo.insert(stored);
        }
        // What undo restores and redo writes again is what the store holds
        // (trimmed texts, agenda ids, the version), not the dialog's raw values.
        stored = repo.get(stored.id);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (savedId)
        *savedId = stored.id;
    push(ctx, replaced, stored, before ? QCoreApplication::translate("MeetingEditing", "edit meeting")
                                  : QCoreApplication::translate("MeetingEditing", "new meeting"));
    return true;
}

bool remove(AppContext &ctx, qint64 meetingId, QString *error)
{
    Meeting before;
    try {
        MeetingRepository repo(ctx.db());
        before = repo.get(meetingId);
        repo.remove(meetingId);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    push(ctx, before, std::nullopt, QCoreApplication::translate("MeetingEditing", "delete meeting"));
    return true;
}

} // namespace profrost::MeetingEditing
