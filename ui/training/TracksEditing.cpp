#include "training/TracksEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/RecordComparison.h"
#include "store/TrackRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace profrost::TracksEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("TracksEditing", source); }

StoreOps<DevelopmentTrack> trackOps(AppContext &ctx)
{
    return {[&ctx](const DevelopmentTrack &t) { return TrackRepository(ctx.db()).saveTrack(t); },
            [&ctx](const DevelopmentTrack &t) { TrackRepository(ctx.db()).saveTrack(t); },
            [&ctx](qint64 id) { TrackRepository(ctx.db()).removeTrack(id); }, QStringLiteral("development_track")};
}

StoreOps<TrackEnrolment> enrolmentOps(AppContext &ctx)
{
    return {[&ctx](const TrackEnrolment &e) { return TrackRepository(ctx.db()).saveEnrolment(e, ctx.today()); },
            [&ctx](const TrackEnrolment &e) { TrackRepository(ctx.db()).saveEnrolment(e, ctx.today()); },
            [&ctx](qint64 id) { TrackRepository(ctx.db()).removeEnrolment(id); }, QStringLiteral("track_enrolment")};
}

std::function<QList<ComparedField>(const TrackEnrolment &, const TrackEnrolment &)> compareEnrolments(AppContext &ctx)
{
    return [&ctx](const TrackEnrolment &mine, const TrackEnrolment &theirs) {
        return RecordComparison::trackEnrolments(ctx.db(), mine, theirs);
    };
}

std::function<std::optional<TrackEnrolment>(qint64)> storedEnrolment(AppContext &ctx)
{
    return [&ctx](qint64 id) { return TrackRepository(ctx.db()).enrolment(id); };
}

} // namespace

bool saveTrack(AppContext &ctx, const std::optional<DevelopmentTrack> &before, const DevelopmentTrack &after,
               QString *error, qint64 *id)
{
    return StoredEditing::save<DevelopmentTrack>(
        ctx, trackOps(ctx), [&ctx](qint64 i) { return TrackRepository(ctx.db()).track(i); }, before, after,
        before ? text(QT_TRANSLATE_NOOP("TracksEditing", "Change track"))
               : text(QT_TRANSLATE_NOOP("TracksEditing", "New track")),
        error, id, &RecordComparison::tracks);
}

bool removeTrack(AppContext &ctx, qint64 id, QString *error)
{
    return StoredEditing::remove<DevelopmentTrack>(
        ctx, trackOps(ctx), [&ctx](qint64 i) { return TrackRepository(ctx.db()).track(i); }, id,
        text(QT_TRANSLATE_NOOP("TracksEditing", "Delete track")),
        text(QT_TRANSLATE_NOOP("TracksEditing", "The track is no longer stored.")), error);
}

bool saveEnrolment(AppContext &ctx, const std::optional<TrackEnrolment> &before, const TrackEnrolment &after,
                   QString *error)
{
    return StoredEditing::save<TrackEnrolment>(ctx, enrolmentOps(ctx), storedEnrolment(ctx), before, after,
                                               after.completed
                                                   ? text(QT_TRANSLATE_NOOP("TracksEditing", "Mark track completed"))
                                                   : text(QT_TRANSLATE_NOOP("TracksEditing", "Change enrolment")),
                                               error, nullptr, compareEnrolments(ctx));
}

bool enrol(AppContext &ctx, qint64 trackId, HalfYear halfYear, const QList<qint64> &teachers,
           QList<qint64> *already, QString *error)
{
    QList<qint64> fresh;
    try {
        QSet<qint64> enrolled;
        for (const TrackEnrolment &e : TrackRepository(ctx.db()).enrolmentsIn(halfYear)) {
            if (e.trackId == trackId)
                enrolled.insert(e.teacherId);
        }
        for (qint64 teacher : teachers)
            (enrolled.contains(teacher) ? *already : fresh) << teacher;
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    if (fresh.isEmpty())
        return true;
    QUndoStack *stack = ctx.undoStack();
    stack->beginMacro(text(QT_TRANSLATE_NOOP("TracksEditing", "Enrol on a track")));
    for (qint64 teacher : fresh) {
        TrackEnrolment e;
        e.trackId = trackId;
        e.teacherId = teacher;
        e.halfYear = halfYear;
        if (!StoredEditing::save<TrackEnrolment>(ctx, enrolmentOps(ctx), storedEnrolment(ctx), std::nullopt, e,
                                                 text(QT_TRANSLATE_NOOP("TracksEditing", "Enrol on a track")),
                                                 error)) {
            stack->endMacro();
            stack->undo(); // the ones written before the refusal
            return false;
        }
    }
    stack->endMacro();
    return true;
}

bool toggleCompleted(AppContext &ctx, const QList<TrackEnrolment> &chosen, QString *error)
{
    if (chosen.isEmpty())
        return true;
    QUndoStack *stack = ctx.undoStack();
    stack->beginMacro(text(QT_TRANSLATE_NOOP("TracksEditing", "Mark track completed")));
    for (const TrackEnrolment &before : chosen) {
        TrackEnrolment after = before;
        after.completed = !before.completed;
        if (!saveEnrolment(ctx, before, after, error)) {
            stack->endMacro();
            stack->undo(); // the ones changed before the refusal
            return false;
        }
    }
    stack->endMacro();
    return true;
}

bool removeEnrolments(AppContext &ctx, const QList<qint64> &ids, QString *error)
{
    QUndoStack *stack = ctx.undoStack();
    stack->beginMacro(text(QT_TRANSLATE_NOOP("TracksEditing", "Remove from a track")));
    for (qint64 id : ids) {
        if (!StoredEditing::remove<TrackEnrolment>(ctx, enrolmentOps(ctx), storedEnrolment(ctx), id,
                                                   text(QT_TRANSLATE_NOOP("TracksEditing", "Remove from a track")),
                                                   text(QT_TRANSLATE_NOOP("TracksEditing",
                                                                          "The enrolment is no longer stored.")),
                                                   error)) {
            stack->endMacro();
            stack->undo();
            return false;
        }
    }
    stack->endMacro();
    return true;
}

} // namespace profrost::TracksEditing
