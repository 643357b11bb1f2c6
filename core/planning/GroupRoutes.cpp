#include "planning/GroupRoutes.h"

#include "domain/DeficitRules.h"
#include "domain/RouteRules.h"
#include "store/AssociationRepository.h"
#include "store/Database.h"
#include "store/DiagnosisRepository.h"
#include "store/RouteRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "util/TextNormalize.h"

#include <QSet>
#include <algorithm>

namespace profrost {

QList<qint64> GroupRoutes::teachersWith(Database &db, CompetencyArea area, const GroupRouteScope &scope, QDate today)
{
    QSet<qint64> inScope;
    if (scope.associationId != 0 && scope.organisationId == 0) {
        for (qint64 id : AssociationRepository(db).membersOn(scope.associationId, today))
            inScope.insert(id);
    } else {
        for (const PostPlace &post : TeacherRepository(db).postPlacesOn(today)) {
            if (scope.organisationId == 0 || post.organisationId == scope.organisationId)
                inScope.insert(post.teacherId);
        }
    }
    const DeficitThresholds thresholds = SettingsRepository(db).deficitThresholds();
    // Every result in one query: a query per teacher of a district would be hundreds.
    const QHash<qint64, QList<DiagnosisResult>> results = DiagnosisRepository(db).allResults();
    QList<qint64> out;
    for (qint64 teacher : inScope) {
        if (DeficitRules::currentDeficits(results.value(teacher), thresholds).contains(area))
            out << teacher;
    }
    std::sort(out.begin(), out.end());
    return out;
}

GroupRouteOutcome GroupRoutes::apply(Database &db, const QList<qint64> &teachers, CompetencyArea area,
                                     const IndividualRoute &templ)
{
    GroupRouteOutcome outcome;
    const DeficitThresholds thresholds = SettingsRepository(db).deficitThresholds();
    DiagnosisRepository diagnoses(db);
    RouteRepository routes(db);
    Transaction tx(db);
    for (qint64 teacher : teachers) {
        std::optional<IndividualRoute> stored = routes.find(teacher, templ.startYear);
        IndividualRoute route;
        if (stored) {
            route = *stored;
        } else {
            route = RouteRules::newRoute(teacher, templ.startYear, diagnoses.resultsOf(teacher), thresholds);
            route.goal = templ.goal;
            route.tasks = templ.tasks;
            route.curator = templ.curator;
        }
        if (!route.deficits.contains(area))
            route.deficits = TrainingText::inAreaOrder(route.deficits << area);
        int added = 0;
        for (RouteActivity a : templ.activities) {
            const bool present = std::any_of(route.activities.begin(), route.activities.end(), [&](const RouteActivity &b) {
                return b.kind == a.kind && normalizedKey(b.title) == normalizedKey(a.title);
            });
            if (present)
                continue;
            a.id = 0;
            a.enrolmentId = 0; // an application is a teacher's own
            route.activities << a;
            ++added;
        }
        if (stored && added == 0 && stored->deficits == route.deficits) {
            ++outcome.unchanged;
            continue;
        }
        routes.save(route);
        ++(stored ? outcome.extended : outcome.created);
    }
    tx.commit();
    return outcome;
}

} // namespace profrost
