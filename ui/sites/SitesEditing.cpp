#include "sites/SitesEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/RecordComparison.h"
#include "store/SiteRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace profrost::SitesEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("SitesEditing", source); }

StoreOps<InnovationSite> siteOps(AppContext &ctx)
{
    return {[&ctx](const InnovationSite &s) { return SiteRepository(ctx.db()).save(s); },
            [&ctx](const InnovationSite &s) { SiteRepository(ctx.db()).save(s); },
            [&ctx](qint64 id) { SiteRepository(ctx.db()).remove(id); }, u"innovation_site"_s};
}

StoreOps<Vacancy> vacancyOps(AppContext &ctx)
{
    return {[&ctx](const Vacancy &v) { return VacancyRepository(ctx.db()).save(v); },
            [&ctx](const Vacancy &v) { VacancyRepository(ctx.db()).save(v); },
            [&ctx](qint64 id) { VacancyRepository(ctx.db()).remove(id); }, u"vacancy"_s};
}

} // namespace

// A site is kept whole for undo: with its report files' bytes (SiteRepository::get).
bool saveSite(AppContext &ctx, const std::optional<InnovationSite> &before, const InnovationSite &after,
              QString *error, qint64 *id)
{
    return StoredEditing::save<InnovationSite>(
        ctx, siteOps(ctx), [&ctx](qint64 i) { return SiteRepository(ctx.db()).get(i); }, before, after,
        before ? text(QT_TRANSLATE_NOOP("SitesEditing", "Change site"))
               : text(QT_TRANSLATE_NOOP("SitesEditing", "New site")),
        error, id, [&ctx](const InnovationSite &mine, const InnovationSite &theirs) {
            return RecordComparison::sites(ctx.db(), mine, theirs);
        });
}

bool removeSite(AppContext &ctx, qint64 id, QString *error)
{
    return StoredEditing::remove<InnovationSite>(
        ctx, siteOps(ctx), [&ctx](qint64 i) { return SiteRepository(ctx.db()).get(i); }, id,
        text(QT_TRANSLATE_NOOP("SitesEditing", "Delete site")),
        text(QT_TRANSLATE_NOOP("SitesEditing", "The site is no longer stored.")), error);
}

bool saveVacancy(AppContext &ctx, const std::optional<Vacancy> &before, const Vacancy &after, QString *error,
                 qint64 *id)
{
    return StoredEditing::save<Vacancy>(
        ctx, vacancyOps(ctx), [&ctx](qint64 i) { return VacancyRepository(ctx.db()).get(i); }, before, after,
        before ? text(QT_TRANSLATE_NOOP("SitesEditing", "Change vacancy"))
               : text(QT_TRANSLATE_NOOP("SitesEditing", "New vacancy")),
        error, id, [&ctx](const Vacancy &mine, const Vacancy &theirs) {
            return RecordComparison::vacancies(ctx.db(), mine, theirs);
        });
}

bool removeVacancy(AppContext &ctx, qint64 id, QString *error)
{
    return StoredEditing::remove<Vacancy>(
        ctx, vacancyOps(ctx), [&ctx](qint64 i) { return VacancyRepository(ctx.db()).get(i); }, id,
        text(QT_TRANSLATE_NOOP("SitesEditing", "Delete vacancy")),
        text(QT_TRANSLATE_NOOP("SitesEditing", "The vacancy is no longer stored.")), error);
}

} // namespace profrost::SitesEditing
