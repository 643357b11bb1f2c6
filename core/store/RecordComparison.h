#pragma once

#include "domain/Association.h"
#include "domain/AttestationPlanEntry.h"
#include "domain/Attestation.h"
#include "domain/Competition.h"
#include "domain/DevelopmentTrack.h"
#include "domain/InnovationSite.h"
#include "domain/Meeting.h"
#include "domain/MethodicalPlan.h"
#include "domain/MethodicalEvent.h"
#include "domain/Mentorship.h"
#include "domain/Organisation.h"
#include "domain/Practice.h"
#include "domain/Recommendation.h"
#include "domain/Route.h"
#include "domain/SavedPlanGraph.h"
#include "domain/Teacher.h"
#include "domain/Training.h"
#include "domain/TrainingPlanEntry.h"
#include "domain/Vacancy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace profrost {

class Database;

// One field of a record in two versions, as the user reads them.
struct ComparedField
{
    QString label;
    QString mine;   // what this user was saving
    QString theirs; // what the store holds now (another user's save)
    bool differs() const { return mine != theirs; }
};

// Two versions of one record side by side, field by field, in the words of
// its card: what the conflict of an edit shows (store/RowVersion) when
// another user saved the record first. The ids of posts, subjects and
// organisations are named from the registry.
class RecordComparison
{
    Q_DECLARE_TR_FUNCTIONS(RecordComparison)
public:
    static QList<ComparedField> teachers(Database &db, const Teacher &mine, const Teacher &theirs);
    static QList<ComparedField> organisations(Database &db, const Organisation &mine, const Organisation &theirs);
    static QList<ComparedField> meetings(Database &db, const Meeting &mine, const Meeting &theirs);
    static QList<ComparedField> plans(const MethodicalPlan &mine, const MethodicalPlan &theirs);
    // An association with its members (the association's dialog edits both).
    static QList<ComparedField> associations(Database &db, const Association &mine,
                                             const QList<AssociationMember> &myMembers, const Association &theirs,
                                             const QList<AssociationMember> &theirMembers);
    // The work of the centre (RecordComparisonWork.cpp).
    static QList<ComparedField> events(Database &db, const MethodicalEvent &mine, const MethodicalEvent &theirs);
    static QList<ComparedField> competitions(Database &db, const Competition &mine, const Competition &theirs);
    static QList<ComparedField> routes(const IndividualRoute &mine, const IndividualRoute &theirs);
    static QList<ComparedField> sites(Database &db, const InnovationSite &mine, const InnovationSite &theirs);
    // The support around a teacher (RecordComparisonSupport.cpp).
    static QList<ComparedField> programmes(Database &db, const Programme &mine, const Programme &theirs);
    static QList<ComparedField> attestationRecords(Database &db, const AttestationRecord &mine,
                                                   const AttestationRecord &theirs);
    static QList<ComparedField> courseRuns(Database &db, const CourseRun &mine, const CourseRun &theirs);
    static QList<ComparedField> mentorships(Database &db, const Mentorship &mine, const Mentorship &theirs);
    static QList<ComparedField> practices(Database &db, const Practice &mine, const Practice &theirs);
    static QList<ComparedField> vacancies(Database &db, const Vacancy &mine, const Vacancy &theirs);
    static QList<ComparedField> recommendations(const Recommendation &mine, const Recommendation &theirs);
    static QList<ComparedField> tracks(const DevelopmentTrack &mine, const DevelopmentTrack &theirs);
    static QList<ComparedField> trackEnrolments(Database &db, const TrackEnrolment &mine, const TrackEnrolment &theirs);

    // Two versions of a plan-graph (RecordComparisonPlans.cpp): the number
    // of lines, then each teacher whose line differs, by name — the first
    // kMaxPlanLines of them, and how many more.
    static QList<ComparedField> trainingPlans(Database &db, const SavedPlanGraph<TrainingPlanEntry> &mine,
                                              const SavedPlanGraph<TrainingPlanEntry> &theirs);
    static QList<ComparedField> attestationPlans(Database &db, const SavedPlanGraph<AttestationPlanEntry> &mine,
                                                 const SavedPlanGraph<AttestationPlanEntry> &theirs);
    static constexpr int kMaxPlanLines = 200;

private:
    static QString yesNo(bool flag);
    // The lines of two plans as text by teacher: the fields of those that differ.
    static QList<ComparedField> planLines(Database &db, const QHash<qint64, QString> &mine,
                                          const QHash<qint64, QString> &theirs);
};

} // namespace profrost
