#include "practices/PracticeEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/PracticeRepository.h"
#include "store/RecordComparison.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace profrost::PracticeEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("PracticeEditing", source); }

// A practice stored again whole: its files from their contents (a file
// deleted with it has no row to keep).
Practice whole(const Practice &p)
{
    Practice out = p;
    for (PracticeFile &f : out.files) {
        if (!f.content.isEmpty())
            f.id = 0;
    }
    return out;
}

StoreOps<Practice> ops(AppContext &ctx)
{
    return {[&ctx](const Practice &p) { return PracticeRepository(ctx.db()).save(whole(p)); },
            [&ctx](const Practice &p) { PracticeRepository(ctx.db()).save(whole(p)); },
            [&ctx](qint64 id) { PracticeRepository(ctx.db()).remove(id); }, u"practice"_s};
}

std::optional<Practice> stored(AppContext &ctx, qint64 id) { return PracticeRepository(ctx.db()).get(id, true); }

} // namespace

bool save(AppContext &ctx, const std::optional<Practice> &before, const Practice &after, QString *error, qint64 *id)
{
    return StoredEditing::save<Practice>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, before, after,
        before ? text(QT_TRANSLATE_NOOP("PracticeEditing", "Change practice"))
               : text(QT_TRANSLATE_NOOP("PracticeEditing", "New practice")),
        error, id, [&ctx](const Practice &mine, const Practice &theirs) {
            return RecordComparison::practices(ctx.db(), mine, theirs);
        });
}

bool remove(AppContext &ctx, qint64 id, QString *error)
{
    return StoredEditing::remove<Practice>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, id,
        text(QT_TRANSLATE_NOOP("PracticeEditing", "Delete practice")),
        text(QT_TRANSLATE_NOOP("PracticeEditing", "The practice is no longer stored.")), error);
}

} // namespace profrost::PracticeEditing
