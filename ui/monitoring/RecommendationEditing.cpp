#include "monitoring/RecommendationEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/RecommendationRepository.h"
#include "store/RecordComparison.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace profrost::RecommendationEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("RecommendationEditing", source); }

StoreOps<Recommendation> ops(AppContext &ctx)
{
    return {[&ctx](const Recommendation &r) { return RecommendationRepository(ctx.db()).save(r); },
            [&ctx](const Recommendation &r) { RecommendationRepository(ctx.db()).save(r); },
            [&ctx](qint64 id) { RecommendationRepository(ctx.db()).remove(id); }, u"recommendation"_s};
}

std::optional<Recommendation> stored(AppContext &ctx, qint64 id) { return RecommendationRepository(ctx.db()).get(id); }

} // namespace

bool save(AppContext &ctx, const std::optional<Recommendation> &before, const Recommendation &after, QString *error,
          qint64 *id)
{
    return StoredEditing::save<Recommendation>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, before, after,
        before ? text(QT_TRANSLATE_NOOP("RecommendationEditing", "Change recommendation"))
               : text(QT_TRANSLATE_NOOP("RecommendationEditing", "New recommendation")),
        error, id, [](const Recommendation &mine, const Recommendation &theirs) {
            return RecordComparison::recommendations(mine, theirs);
        });
}

bool remove(AppContext &ctx, qint64 id, QString *error)
{
    return StoredEditing::remove<Recommendation>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, id,
        text(QT_TRANSLATE_NOOP("RecommendationEditing", "Delete recommendation")),
        text(QT_TRANSLATE_NOOP("RecommendationEditing", "The recommendation is no longer stored.")), error);
}

} // namespace profrost::RecommendationEditing
