// RecordComparison of the support around a teacher: a programme and a
// course run, an attestation record, a mentoring pair, a practice of the
// bank, a vacancy, a recommendation of the monitoring, a track of
// development and an enrolment on it, each in the words of its dialog.
#include "store/RecordComparison.h"

#include "domain/CompetencyAreas.h"
#include "domain/DateText.h"
#include "store/ComparedNames.h"
#include "store/OrganisationRepository.h"
#include "store/TrackRepository.h"
#include "store/TrainingRepository.h"

using namespace Qt::StringLiterals;

namespace profrost {

QList<ComparedField> RecordComparison::programmes(Database &db, const Programme &mine, const Programme &theirs)
{
    ComparedNames names(db);
    auto positions = [&](const Programme &p) -> QString {
        QStringList out;
        for (qint64 id : p.positionIds)
            out << names.position(id);
        return out.join(u", "_s);
    };
    auto subjects = [&](const Programme &p) -> QString {
        QStringList out;
        for (qint64 id : p.subjectIds)
            out << names.subject(id);
        return out.join(u", "_s);
    };
    auto areas = [](const Programme &p) -> QString {
        QStringList out;
        for (const CompetencyArea &a : p.areas)
            out << TrainingText::displayName(a);
        return out.join(u", "_s);
    };
    return {
        {tr("Title"), mine.title, theirs.title},
        {tr("Provider"), mine.provider, theirs.provider},
        {tr("Provider kind"), TrainingText::displayName(mine.providerKind), TrainingText::displayName(theirs.providerKind)},
        {tr("Kind"), TrainingText::displayName(mine.kind), TrainingText::displayName(theirs.kind)},
        {tr("Hours"), QString::number(mine.hours), QString::number(theirs.hours)},
        {tr("Form of study"), TrainingText::displayName(mine.form), TrainingText::displayName(theirs.form)},
        {tr("In the federal registry"), yesNo(mine.federalRegistry), yesNo(theirs.federalRegistry)},
        {tr("Competency areas"), areas(mine), areas(theirs)},
        {tr("Posts"), positions(mine), positions(theirs)},
        {tr("Subjects"), subjects(mine), subjects(theirs)},
    };
}

QList<ComparedField> RecordComparison::attestationRecords(Database &db, const AttestationRecord &mine,
                                                          const AttestationRecord &theirs)
{
    ComparedNames people(db);
    // «12-од of 15.03.2024»: the order's number and date, either may be unknown.
    auto order = [](const AttestationRecord &r) -> QString {
        const QString date = DateText::numeric(r.orderDate);
        if (r.orderNumber.isEmpty() || date.isEmpty())
            return r.orderNumber + date;
        return tr("%1 of %2").arg(r.orderNumber, date);
    };
    return {
        {tr("Teacher"), people.of(mine.teacherId), people.of(theirs.teacherId)},
        {tr("Kind"), AttestationText::displayName(mine.kind), AttestationText::displayName(theirs.kind)},
        {tr("Category"), CategoryText::displayName(mine.category), CategoryText::displayName(theirs.category)},
        {tr("Decided on"), DateText::numeric(mine.granted), DateText::numeric(theirs.granted)},
        {tr("Order"), order(mine), order(theirs)},
        {tr("Decided by"), AttestationText::displayName(mine.decidedBy), AttestationText::displayName(theirs.decidedBy)},
    };
}

QList<ComparedField> RecordComparison::courseRuns(Database &db, const CourseRun &mine, const CourseRun &theirs)
{
    TrainingRepository training(db);
    auto programme = [&](const CourseRun &r) -> QString {
        const Programme p = training.programme(r.programmeId);
        return p.provider.isEmpty() ? p.title : p.title + u" ("_s + p.provider + u')';
    };
    auto seats = [](const CourseRun &r) -> QString { return r.seats > 0 ? QString::number(r.seats) : tr("not limited"); };
    return {
        {tr("Programme"), programme(mine), programme(theirs)},
        {tr("Starts"), DateText::numeric(mine.starts), DateText::numeric(theirs.starts)},
        {tr("Ends"), DateText::numeric(mine.ends), DateText::numeric(theirs.ends)},
        {tr("Place"), mine.place, theirs.place},
        {tr("Group"), mine.groupName, theirs.groupName},
        {tr("Seats"), seats(mine), seats(theirs)},
    };
}

QList<ComparedField> RecordComparison::mentorships(Database &db, const Mentorship &mine, const Mentorship &theirs)
{
    ComparedNames people(db);
    return {
        {tr("Mentor"), people.of(mine.mentorId), people.of(theirs.mentorId)},
        {tr("Mentee"), people.of(mine.menteeId), people.of(theirs.menteeId)},
        {tr("Form of mentoring"), MentorshipText::displayName(mine.form), MentorshipText::displayName(theirs.form)},
        {tr("From"), DateText::numeric(mine.starts), DateText::numeric(theirs.starts)},
        {tr("To"), DateText::numeric(mine.ends), DateText::numeric(theirs.ends)},
        {tr("Goals"), mine.goals, theirs.goals},
        {tr("Result"), mine.result, theirs.result},
    };
}

QList<ComparedField> RecordComparison::practices(Database &db, const Practice &mine, const Practice &theirs)
{
    ComparedNames people(db);
    const CompetencyAreas dictionary = CompetencyAreas::current();
    auto authors = [&](const Practice &p) -> QString {
        QStringList out;
        for (qint64 id : p.authors)
            out << people.of(id);
        return out.join(u'\n');
    };
    auto areas = [&](const Practice &p) -> QString {
        QStringList out;
        for (const CompetencyArea &a : p.areas)
            out << dictionary.name(a);
        return out.join(u", "_s);
    };
    auto files = [](const Practice &p) -> QString {
        QStringList out;
        for (const PracticeFile &f : p.files)
            out << f.name;
        return out.join(u'\n');
    };
    return {
        {tr("Title"), mine.title, theirs.title},
        {tr("Authors"), authors(mine), authors(theirs)},
        {tr("Subject or area"), mine.subject, theirs.subject},
        {tr("Level reached"), PracticeText::displayName(mine.level), PracticeText::displayName(theirs.level)},
        {tr("Competency areas"), areas(mine), areas(theirs)},
        {tr("Tags"), mine.tags.join(u", "_s), theirs.tags.join(u", "_s)},
        {tr("Description"), mine.description, theirs.description},
        {tr("Files"), files(mine), files(theirs)},
    };
}

QList<ComparedField> RecordComparison::vacancies(Database &db, const Vacancy &mine, const Vacancy &theirs)
{
    ComparedNames people(db);
    OrganisationRepository organisations(db);
    auto organisation = [&](const Vacancy &v) -> QString { return organisations.get(v.organisationId).displayName(); };
    auto filledBy = [&](const Vacancy &v) -> QString {
        return v.filledByTeacherId != 0 ? people.of(v.filledByTeacherId) : v.filledByName;
    };
    return {
        {tr("Organisation"), organisation(mine), organisation(theirs)},
        {tr("Post"), mine.post, theirs.post},
        {tr("Subject"), mine.subject, theirs.subject},
        {tr("Rate"), VacancyRules::rateText(mine.rate), VacancyRules::rateText(theirs.rate)},
        {tr("Vacant since"), DateText::numeric(mine.since), DateText::numeric(theirs.since)},
        {tr("Reason"), mine.reason, theirs.reason},
        {tr("Filled by"), filledBy(mine), filledBy(theirs)},
        {tr("Filled on"), DateText::numeric(mine.filledOn), DateText::numeric(theirs.filledOn)},
        {tr("Note"), mine.note, theirs.note},
    };
}

QList<ComparedField> RecordComparison::recommendations(const Recommendation &mine, const Recommendation &theirs)
{
    return {
        {tr("Made on"), DateText::numeric(mine.madeOn), DateText::numeric(theirs.madeOn)},
        {tr("To whom"), mine.addressee, theirs.addressee},
        {tr("What"), mine.text, theirs.text},
        {tr("By"), DateText::numeric(mine.due), DateText::numeric(theirs.due)},
        {tr("Indicator"), mine.indicator, theirs.indicator},
        {tr("Done?"), RecommendationText::displayName(mine.state), RecommendationText::displayName(theirs.state)},
        {tr("Checked on"), DateText::numeric(mine.checkedOn), DateText::numeric(theirs.checkedOn)},
        {tr("Note"), mine.note, theirs.note},
    };
}

QList<ComparedField> RecordComparison::tracks(const DevelopmentTrack &mine, const DevelopmentTrack &theirs)
{
    return {
        {tr("Name"), mine.name, theirs.name},
        {tr("Description"), mine.description, theirs.description},
    };
}

QList<ComparedField> RecordComparison::trackEnrolments(Database &db, const TrackEnrolment &mine,
                                                       const TrackEnrolment &theirs)
{
    ComparedNames people(db);
    TrackRepository tracks(db);
    auto track = [&](qint64 id) -> QString {
        const std::optional<DevelopmentTrack> t = tracks.track(id);
        return t ? t->name : QString();
    };
    return {
        {tr("Track"), track(mine.trackId), track(theirs.trackId)},
        {tr("Teacher"), people.of(mine.teacherId), people.of(theirs.teacherId)},
        {tr("Half-year"), TrackText::halfYear(mine.halfYear), TrackText::halfYear(theirs.halfYear)},
        {tr("Completed"), yesNo(mine.completed), yesNo(theirs.completed)},
    };
}

} // namespace profrost
