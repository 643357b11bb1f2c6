#include "documents/TrainingReports.h"

#include "planning/TrainingStatus.h"
#include "domain/TrainingRules.h"

#include "documents/CentreSignatures.h"
#include "documents/DocumentStyle.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QTextDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// The municipality of the centre's card, else the one a one-district database
// serves; empty when it spans several.
QString issuerOf(Database &db, const CentreCard &card)
{
    if (!card.municipality.trimmed().isEmpty())
        return card.municipality.trimmed();
    const QList<Municipality> all = DictionaryRepository(db).municipalities();
    return all.size() == 1 ? all.constFirst().name : QString();
}

} // namespace

TrainingPlanDocumentData TrainingReports::planData(Database &db, int firstYear)
{
    TrainingPlanDocumentData data;
    data.firstYear = firstYear;
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = issuerOf(db, card);
    data.approval = CentreSignatures::approval(card);
    data.signature = CentreSignatures::signature(card, SignedDocument::TrainingPlan);
    data.teachers = TeacherRepository(db).rows(QDate(firstYear, 1, 1));
    TrainingRepository training(db);
    data.completions = training.completions();
    for (const Programme &p : training.programmes())
        data.programmeTitles.insert(p.id, p.title);
    const TrainingPlanRepository plans(db);
    data.intervalYears = TrainingStatus(db).intervalYears();
    data.entries = plans.exists(firstYear)
        ? plans.load(firstYear)
        : TrainingPlan::propose(data.teachers, data.completions, firstYear, data.intervalYears);
    return data;
}

CourseScheduleDocumentData TrainingReports::scheduleData(Database &db, QDate from, QDate to)
{
    CourseScheduleDocumentData data;
    data.from = from;
    data.to = to;
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = issuerOf(db, card);
    data.approval = CentreSignatures::approval(card);
    data.signature = CentreSignatures::signature(card, SignedDocument::CourseSchedule);

    TrainingRepository training(db);
    QHash<qint64, QString> forms;
    for (const Programme &p : training.programmes())
        forms.insert(p.id, TrainingText::russian(p.form));
    QHash<qint64, QString> organisations;
    for (const Organisation &o : OrganisationRepository(db).all())
        organisations.insert(o.id, o.displayName());
    QHash<qint64, const TeacherRow *> teachers;
    TeacherRepository teacherRepository(db);
    const QList<TeacherRow> rows = teacherRepository.rows(to.isValid() ? to : from);
    for (const TeacherRow &t : rows)
        teachers.insert(t.id, &t);
    const QHash<qint64, QList<Employment>> posts = teacherRepository.employmentsByTeacher();

    QCollator collator{QLocale(QLocale::Russian, QLocale::Russia)};
    collator.setNumericMode(true);
    for (const CourseRunRow &r : training.runs(from, to)) {
        CourseScheduleDocumentData::Run run;
        run.row = r;
        run.form = forms.value(r.run.programmeId);
        for (const Enrolment &e : training.enrolments(r.run.id)) {
            if (!TrainingRules::holdsSeat(e.status))
                continue;
            const TeacherRow *t = teachers.value(e.teacherId);
            if (!t)
                continue;
            const qint64 where = TrainingRules::participantOrganisation(e, posts.value(e.teacherId), r.run.starts);
            run.participants.append({QStringList{t->surname, t->name, t->patronymic}.join(u' ').simplified(),
                                     organisations.value(where)});
        }
        std::sort(run.participants.begin(), run.participants.end(), [&](const auto &a, const auto &b) {
            return collator.compare(a.name, b.name) < 0;
        });
        data.runs.append(run);
    }
    return data;
}

std::unique_ptr<QTextDocument> TrainingReports::trainingPlan(Database &db, int firstYear)
{
    return TrainingPlanDocument::build(planData(db, firstYear));
}

std::unique_ptr<QTextDocument> TrainingReports::courseSchedule(Database &db, QDate from, QDate to)
{
    return CourseScheduleDocument::build(scheduleData(db, from, to));
}

} // namespace profrost
