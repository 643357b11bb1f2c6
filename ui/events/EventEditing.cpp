#include "events/EventEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/EventRepository.h"
#include "store/RecordComparison.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace profrost::EventEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("EventEditing", source); }

StoreOps<MethodicalEvent> ops(AppContext &ctx)
{
    // Undo and redo store what was valid when it was first saved: checked against today as then.
    return {[&ctx](const MethodicalEvent &e) { return EventRepository(ctx.db()).save(e, ctx.today()); },
            [&ctx](const MethodicalEvent &e) { EventRepository(ctx.db()).save(e, ctx.today()); },
            [&ctx](qint64 id) { EventRepository(ctx.db()).remove(id); }, u"methodical_event"_s};
}

std::optional<MethodicalEvent> stored(AppContext &ctx, qint64 id) { return EventRepository(ctx.db()).get(id); }

} // namespace

bool save(AppContext &ctx, const std::optional<MethodicalEvent> &before, const MethodicalEvent &after,
          QString *error, qint64 *id)
{
    return StoredEditing::save<MethodicalEvent>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, before, after,
        before ? text(QT_TRANSLATE_NOOP("EventEditing", "Change event"))
               : text(QT_TRANSLATE_NOOP("EventEditing", "New event")),
        error, id, [&ctx](const MethodicalEvent &mine, const MethodicalEvent &theirs) {
            return RecordComparison::events(ctx.db(), mine, theirs);
        });
}

bool remove(AppContext &ctx, qint64 id, QString *error)
{
    return StoredEditing::remove<MethodicalEvent>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, id,
        text(QT_TRANSLATE_NOOP("EventEditing", "Delete event")),
        text(QT_TRANSLATE_NOOP("EventEditing", "The event is no longer stored.")), error);
}

} // namespace profrost::EventEditing
