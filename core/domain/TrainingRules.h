#pragma once

#include "domain/Teacher.h"
#include "domain/Training.h"

#include <QCoreApplication>

namespace profrost {

// The rules of further training that do not need the database.
class TrainingRules
{
    Q_DECLARE_TR_FUNCTIONS(TrainingRules)
public:
    static constexpr int kMinTrainingHours = 16;   // ПК
    static constexpr int kMinRetrainingHours = 250; // ПП
    // A course at least once in 3 years (273-ФЗ art. 47); the database's
    // setting `training_interval_years` (SettingsRepository) overrides it.
    static constexpr int kDefaultIntervalYears = 3;

    // Empty when the programme can be stored; otherwise the reasons.
    static QStringList checkProgramme(const Programme &p);
    static QStringList checkRun(const CourseRun &r);
    // Whether an enrolment may move from one status to another.
    static bool canMove(EnrolmentStatus from, EnrolmentStatus to);
    // Seed 002, criterion 4: the programme should fit the teacher's post and
    // subject. Empty when it fits (or the programme targets anyone); else why not.
    static QString targetMismatch(const Programme &p, const QList<qint64> &positionIds, const QList<qint64> &subjectIds);
    // Where a participant works, as the course's lists show it: the
    // organisation that sent the application; else that of a post held when
    // the course began (imported completions and old records name none);
    // else the latest post's; 0 when the teacher holds no post.
    static qint64 participantOrganisation(const Enrolment &e, const QList<Employment> &posts, QDate courseStarts);
    // Statuses that hold a seat of the run.
    static bool holdsSeat(EnrolmentStatus s) { return s == EnrolmentStatus::Enrolled || s == EnrolmentStatus::Completed || s == EnrolmentStatus::NotCompleted; }
};

} // namespace profrost
