#include "events/EventEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/EventRepository.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace profrost::EventEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("EventEditing", source); }

StoreOps<MethodicalEvent> ops(AppContext &ctx)
{
    // Undo and redo store what was valid when it was first saved: checked against today as then.
    return {[&ctx](const MethodicalEvent &e) { return EventRepository(ctx.db()).save(e, ctx.today()); },
            [&ctx](const MethodicalEvent &e) { EventRepository(ctx.db()).save(e, ctx.today()); },
            [&ctx](qint64 id) { EventRepository(ctx.db()).remove(id); }};
}

} // namespace

bool save(AppContext &ctx, const std::optional<MethodicalEvent> &before, const MethodicalEvent &after,
          QString *error, qint64 *id)
{
    MethodicalEvent e = after;
    try {
        e.id = before ? before->id : 0;
        e.id = EventRepository(ctx.db()).save(e, ctx.today());
        e = *EventRepository(ctx.db()).get(e.id); // as stored, for undo
    } catch (const Error &err) {
        *error = err.message();
        return false;
    }
    if (id)
        *id = e.id;
    ctx.undoStack()->push(new StoredChangeCommand<MethodicalEvent>(
        ctx, ops(ctx), before, e,
        before ? text(QT_TRANSLATE_NOOP("EventEditing", "Change event"))
               : text(QT_TRANSLATE_NOOP("EventEditing", "New event"))));
    return true;
}

bool remove(AppContext &ctx, qint64 id, QString *error)
{
    MethodicalEvent before;
    try {
        EventRepository repo(ctx.db());
        const std::optional<MethodicalEvent> stored = repo.get(id);
        if (!stored) {
            *error = text(QT_TRANSLATE_NOOP("EventEditing", "The event is no longer stored."));
            return false;
        }
        before = *stored;
        repo.remove(id);
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    ctx.undoStack()->push(new StoredChangeCommand<MethodicalEvent>(
        ctx, ops(ctx), before, std::nullopt, text(QT_TRANSLATE_NOOP("EventEditing", "Delete event"))));
    return true;
}

} // namespace profrost::EventEditing
