#include "planning/RouteSuggestions.h"

#include "domain/TrainingRules.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "util/TextNormalize.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

QList<CourseSuggestion> RouteSuggestions::rank(const QList<Programme> &catalogue, const QList<CourseRunRow> &runs,
                                               const QList<Completion> &completed,
                                               const QList<CompetencyArea> &deficits, QDate today,
                                               int intervalYears, const QList<qint64> &positionIds,
                                               const QList<qint64> &subjectIds)
{
    const QDate windowStart = today.addYears(-intervalYears); // the window is (today − N years, today]
    QList<CourseSuggestion> out;
    for (const Programme &p : catalogue) {
        CourseSuggestion s;
        for (CompetencyArea area : deficits) {
            if (p.areas.contains(area))
                s.covers << area;
        }
        if (s.covers.isEmpty())
            continue;
        const bool recent = std::any_of(completed.begin(), completed.end(), [&](const Completion &c) {
            return c.programmeId == p.id && c.ends > windowStart && c.ends <= today;
        });
        if (recent)
            continue;
        s.programme = p;
        for (const CourseRunRow &row : runs) {
            if (row.run.programmeId != p.id || row.run.starts < today)
                continue;
            const int free = row.run.seats == 0 ? -1 : row.run.seats - row.enrolled;
            if (free == 0 || free < -1)
                continue;
            if (!s.run || row.run.starts < s.run->run.starts) {
                s.run = row;
                s.freeSeats = free;
            }
        }
        s.mismatch = TrainingRules::targetMismatch(p, positionIds, subjectIds);
        out << s;
    }
    std::stable_sort(out.begin(), out.end(), [](const CourseSuggestion &a, const CourseSuggestion &b) {
        if (a.programme.federalRegistry != b.programme.federalRegistry)
            return a.programme.federalRegistry;
        if (a.covers.size() != b.covers.size())
            return a.covers.size() > b.covers.size();
        if (a.programme.hours != b.programme.hours)
            return a.programme.hours < b.programme.hours;
        if (a.run.has_value() != b.run.has_value())
            return a.run.has_value();
        if (a.run && a.run->run.starts != b.run->run.starts)
            return a.run->run.starts < b.run->run.starts;
        return alphabeticalLess(a.programme.title, b.programme.title);
    });
    return out;
}

QList<CourseSuggestion> RouteSuggestions::courses(Database &db, qint64 teacherId,
                                                  const QList<CompetencyArea> &deficits, QDate today)
{
    TrainingRepository training(db);
    QList<qint64> positions, subjects;
    for (const Employment &e : TeacherRepository(db).get(teacherId).employments) {
        if (!e.activeOn(today))
            continue;
        positions << e.positionId;
        subjects << e.subjectIds;
    }
    return rank(training.programmes(), training.runs(today, {}), training.completionsOf(teacherId), deficits, today,
                SettingsRepository(db).trainingInterval(), positions, subjects);
}

RouteActivity RouteSuggestions::activityFor(const CourseSuggestion &s, qint64 enrolmentId)
{
    RouteActivity a;
    a.kind = RouteActivityKind::Course;
    a.title = s.programme.title;
    a.programmeId = s.programme.id;
    a.enrolmentId = enrolmentId;
    if (!s.covers.isEmpty()) {
        a.hasArea = true;
        a.area = s.covers.constFirst();
    }
    if (s.run) {
        a.starts = s.run->run.starts;
        a.ends = s.run->run.ends;
    }
    a.expectedResult = expectedResult(s.covers);
    a.evidence = u"удостоверение о повышении квалификации"_s;
    return a;
}

QString RouteSuggestions::expectedResult(const QList<CompetencyArea> &areas)
{
    QStringList names;
    for (CompetencyArea area : areas)
        names << TrainingText::russian(area);
    return names.size() == 1 ? u"устранён дефицит (область: %1)"_s.arg(names.constFirst())
                             : u"устранены дефициты (области: %1)"_s.arg(names.join(u", "_s));
}

qint64 RouteSuggestions::applyFor(Database &db, qint64 teacherId, qint64 runId, QDate today)
{
    TrainingRepository training(db);
    for (const Enrolment &e : training.enrolmentsOfTeacher(teacherId)) {
        if (e.runId == runId && e.status != EnrolmentStatus::Withdrawn)
            return e.id;
    }
    qint64 organisation = 0;
    for (const Employment &e : TeacherRepository(db).get(teacherId).employments) {
        if (organisation == 0 && e.activeOn(today))
            organisation = e.organisationId;
    }
    return training.apply(runId, teacherId, organisation, today);
}

} // namespace profrost
