#pragma once

#include "domain/DeficitRules.h"
#include "domain/Route.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

class Database;

// Closing the loop (core/README.md, «What the routes changed»): for the
// teachers diagnosed again after they did their routes' activities, how the
// score of each area changed, per teacher, per organisation and per
// catalogue programme.

// What the figures are computed from: read once (on a worker thread for a
// region) and computed without reading again.
struct EffectData
{
    QList<IndividualRoute> routes;
    QHash<qint64, QList<DiagnosisResult>> results; // of the teachers with routes
    QHash<qint64, QList<Completion>> finished;     // their completed courses
    QHash<qint64, QList<CompetencyArea>> programmeAreas;
    QHash<qint64, QString> programmeTitles;
    QHash<qint64, QString> teacherNames;            // «Фамилия Имя Отчество»
    QHash<qint64, QList<qint64>> organisationsOf;   // by the posts held on placesOn
    QHash<qint64, QString> organisationNames;
    DeficitThresholds thresholds;
    QDate placesOn;

    // Every route, or those of one teacher (teacherId != 0: the card, which
    // shows no places, so the posts are not read). Throws profrost::Error.
    static EffectData read(Database &db, QDate today, qint64 teacherId = 0);
};

// What became of an area's deficit between the two diagnoses.
enum class DeficitOutcome { Removed, Remained, Appeared, None };

// One area scored before the work on it and after it: the work of a route
// (every done activity addressing the area), or one catalogue course.
struct ScoreChange
{
    qint64 teacherId = 0;
    QString teacherName;    // «Фамилия Имя Отчество»
    QString places;         // the organisations of the posts on the day, «; » between
    int startYear = 0;      // the route's academic year
    qint64 programmeId = 0; // a course's measure; 0: the route's
    CompetencyArea area = CompetencyArea::Subject;
    int before = 0, after = 0; // hundredths of a per cent
    QDate beforeOn, afterOn;   // the days the two results were taken
    bool deficitBefore = false, deficitAfter = false;
    QStringList work;          // the done activities measured, in the plan's order

    int change() const { return after - before; }       // hundredths of a point
    int changeTenths() const;                              // rounded half away from zero
    DeficitOutcome outcome() const;
    bool operator==(const ScoreChange &) const = default;
};

// The figures of a group of measures in one area.
struct EffectFigure
{
    int teachers = 0;       // different teachers behind the figure
    int measures = 0;
    qint64 beforeSum = 0, afterSum = 0; // hundredths
    int deficitsBefore = 0; // measures that started from a deficit
    int removed = 0;        // of them, no deficit after

    // Means in tenths of a percentage point, rounded half away from zero:
    // «+12,3» is 123.
    int meanBeforeTenths() const;
    int meanAfterTenths() const;
    int meanChangeTenths() const;
    // Fewer teachers than RouteEffect::kFewTeachers: a figure not to read as a trend.
    bool isFew() const;
    bool operator==(const EffectFigure &) const = default;
};

struct EffectRow
{
    qint64 key = 0; // the organisation (kUnplaced: no post on the day) or the programme; 0 in the totals
    QString label;
    CompetencyArea area = CompetencyArea::Subject;
    EffectFigure figure;
};

struct RouteEffect
{
    static constexpr int kFewTeachers = 5;
    static constexpr qint64 kUnplaced = -1;

    QList<ScoreChange> byTeacher;   // the routes' measures: by name, year, area
    QList<EffectRow> byOrganisation; // by name, then area; a teacher of two schools in both
    QList<EffectRow> byProgramme;    // the courses' measures: by title, then area
    QList<EffectRow> byArea;         // the routes' measures of everyone, one row per area
    int teachers = 0;                // different teachers measured
    QDate placesOn;
    // Every area of every route together (its teachers: RouteEffect::teachers).
    EffectFigure overall() const;
    DeficitThresholds thresholds;
};

// Computes the loop, in one place for the screen, the card, the sheet, the
// paper and the command.
//
// The areas an activity addresses: its own area when it names one;
// otherwise a course's programme's areas from the catalogue; otherwise the
// route's deficits. Only done activities count (RouteRules::effectiveStatus,
// so a course is done once completed), dated by the completed course, else
// by their own dates (a missing end taken from the start and back); an
// undated one cannot be measured. An area of a route is scored before by
// the latest result measuring it taken on or before the first day of that
// work, and after by the first result taken after its last day: the next
// diagnosis answers for the route, later ones mix in whatever came after.
// A course is measured the same way around its own days, in each area it
// addresses, once per teacher and programme (the first time).
class RouteEffectBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RouteEffectBuilder)
public:
    static RouteEffect build(const EffectData &data);

    // Signed, with a decimal comma: «+12,3», «−4,0», «0,0» (tenths of a point).
    static QString changeText(int tenths);
    // «52,3» (tenths of a per cent).
    static QString meanText(int tenths);
    // «устранён», «остался», «появился», «не было» on paper and sheet.
    static QString outcomeRussian(DeficitOutcome outcome);
    // The same on screen.
    static QString outcomeText(DeficitOutcome outcome);

};

} // namespace profrost
