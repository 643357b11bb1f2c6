#pragma once

#include "domain/Route.h"
#include "store/TrainingRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace profrost {

class Database;

// A course of the catalogue proposed for a teacher's deficits.
struct CourseSuggestion
{
    Programme programme;
    QList<CompetencyArea> covers;    // the teacher's deficits among its areas
    std::optional<CourseRunRow> run; // the nearest run not begun, with a free seat
    int freeSeats = -1;              // of that run; -1: not limited
    QString mismatch;                // TrainingRules::targetMismatch for the teacher's posts; empty: fits
};

// What a route proposes (core/README.md «Individual routes»): the catalogue's
// programmes whose competency areas cover the deficits, those of the federal
// registry first, then those covering more of them, the shorter, the one
// with the nearest run with a free seat; a programme the teacher completed
// within the further-training interval (3 years) is not proposed again.
class RouteSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(RouteSuggestions)
public:
    static QList<CourseSuggestion> courses(Database &db, qint64 teacherId, const QList<CompetencyArea> &deficits,
                                           QDate today);

    // The same from what it reads: the catalogue, the runs from today on,
    // the teacher's completions, their posts' positions and subjects.
    static QList<CourseSuggestion> rank(const QList<Programme> &catalogue, const QList<CourseRunRow> &runs,
                                        const QList<Completion> &completed, const QList<CompetencyArea> &deficits,
                                        QDate today, int intervalYears, const QList<qint64> &positionIds = {},
                                        const QList<qint64> &subjectIds = {});

    // The route's activity for a chosen suggestion: the course, the first
    // deficit it covers, its run's dates, the expected result and the
    // certificate as the evidence; `enrolmentId` when an application was made.
    static RouteActivity activityFor(const CourseSuggestion &s, qint64 enrolmentId = 0);
    // «устранён дефицит (область: цифровая)», «устранены дефициты (области: …)»:
    // what a course for the deficits is expected to achieve.
    static QString expectedResult(const QList<CompetencyArea> &areas);
    // The teacher's application for the run, sent by the school of their
    // first post held on `today`; an application already on the run's list
    // (not withdrawn) is kept. Returns the enrolment's id; throws profrost::Error.
    static qint64 applyFor(Database &db, qint64 teacherId, qint64 runId, QDate today);
};

} // namespace profrost
