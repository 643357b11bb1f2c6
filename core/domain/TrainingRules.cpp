#include "domain/TrainingRules.h"

#include "domain/DateText.h"

namespace profrost {

QStringList TrainingRules::checkProgramme(const Programme &p)
{
    QStringList out;
    if (p.title.trimmed().isEmpty())
        out << tr("the programme needs a title");
    if (p.provider.trimmed().isEmpty())
        out << tr("give the provider of the programme");
    if (p.kind == ProgrammeKind::Training && p.hours < kMinTrainingHours)
        out << tr("further training lasts at least %1 hours (%2 given)").arg(kMinTrainingHours).arg(p.hours);
    if (p.kind == ProgrammeKind::Retraining && p.hours < kMinRetrainingHours)
        out << tr("retraining lasts at least %1 hours (%2 given)").arg(kMinRetrainingHours).arg(p.hours);
    return out;
}

QStringList TrainingRules::checkRun(const CourseRun &r)
{
    QStringList out;
    if (r.programmeId <= 0)
        out << tr("choose the programme of the course");
    if (!r.starts.isValid() || !r.ends.isValid())
        out << tr("give the dates of the course");
    else if (r.ends < r.starts)
        out << tr("the course ends (%1) before it starts (%2)").arg(DateText::numeric(r.ends), DateText::numeric(r.starts));
    if (r.seats < 0)
        out << tr("the number of seats cannot be negative");
    return out;
}

qint64 TrainingRules::participantOrganisation(const Enrolment &e, const QList<Employment> &posts, QDate courseStarts)
{
    if (e.organisationId > 0)
        return e.organisationId;
    for (const Employment &post : posts) {
        if (post.activeOn(courseStarts))
            return post.organisationId;
    }
    return posts.isEmpty() ? 0 : posts.constLast().organisationId;
}

QString TrainingRules::targetMismatch(const Programme &p, const QList<qint64> &positionIds, const QList<qint64> &subjectIds)
{
    auto meets = [](const QList<qint64> &wanted, const QList<qint64> &held) {
        if (wanted.isEmpty())
            return true;
        for (qint64 id : held) {
            if (wanted.contains(id))
                return true;
        }
        return false;
    };
    if (!meets(p.positionIds, positionIds))
        return tr("the programme is meant for other posts");
    if (!meets(p.subjectIds, subjectIds))
        return tr("the programme is meant for other subjects");
    return {};
}

bool TrainingRules::canMove(EnrolmentStatus from, EnrolmentStatus to)
{
    using S = EnrolmentStatus;
    if (from == to)
        return true;
    switch (from) {
    case S::Applied: return to == S::Enrolled || to == S::Waiting || to == S::Withdrawn;
    case S::Waiting: return to == S::Enrolled || to == S::Withdrawn;
    case S::Enrolled: return to == S::Completed || to == S::NotCompleted || to == S::Withdrawn;
    case S::Completed: return to == S::Enrolled;     // a mistaken mark is taken back
    case S::NotCompleted: return to == S::Enrolled;
    case S::Withdrawn: return to == S::Applied;
    }
    return false;
}

} // namespace profrost
