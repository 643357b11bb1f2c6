#include "indicators/IndicatorInputs.h"

#include "domain/DateText.h"
#include "store/AssociationRepository.h"
#include "store/AttestationRepository.h"
#include "store/DiagnosisRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PlanRepository.h"
#include "store/RouteRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"

using namespace Qt::StringLiterals;

namespace profrost {

QString IndicatorSettings::targetKey(IndicatorId id) { return u"indicator_target_"_s + IndicatorText::code(id).toLower(); }

QString IndicatorSettings::expiringMonthsKey() { return u"indicator_expiring_months"_s; }

int IndicatorSettings::defaultTarget(IndicatorId id)
{
    // domain.md «Indicators»: the targets of seed 003 and of the law.
    switch (id) {
    case IndicatorId::I1: return 100;
    case IndicatorId::I2: return 30;
    case IndicatorId::I3a: return 30;
    case IndicatorId::I3b: return 15;
    case IndicatorId::I4: return 2;
    case IndicatorId::I5: return 70;
    case IndicatorId::I7: return 100;
    case IndicatorId::I8: return 100;
    case IndicatorId::I9: return 0;
    case IndicatorId::I6:
    case IndicatorId::I10: return 0; // informative
    }
    return 0;
}

IndicatorSettings IndicatorSettings::read(Database &db)
{
    SettingsRepository settings(db);
    IndicatorSettings out;
    for (IndicatorId id : IndicatorText::all()) {
        if (IndicatorText::targetKind(id) != TargetKind::None)
            out.targets.insert(id, settings.intValue(targetKey(id), defaultTarget(id), 0, 100000));
    }
    out.trainingIntervalYears = settings.trainingInterval();
    out.validityYears = settings.validityYears();
    out.expiringMonths = settings.intValue(expiringMonthsKey(), 12, 1, 60);
    out.thresholds = settings.deficitThresholds();
    return out;
}

namespace {

// What depends on the day: the registry on it, the young and their support,
// the routes and the associations of its academic year.
void readDay(Database &db, QDate at, IndicatorInputs &in)
{
    in.at = at;
    in.teachers = TeacherRepository(db).rows(at, TeacherRepository::Detail::Brief);
    in.young = YoungTeachers::list(YoungTeachersData::readWith(db, in.teachers, at));
    const int year = DateText::academicYearStart(at);
    in.routeTeachers = RouteRepository(db).teachersWithRoute(year);
    in.districtAssociations.clear();
    in.associationsWithPlan.clear();
    PlanRepository plans(db);
    for (const Association &a : AssociationRepository(db).all()) {
        if (a.kind != AssociationKind::Rmo || a.level == AssociationLevel::School || !a.activeInYear(year))
            continue;
        in.districtAssociations << a;
        if (plans.hasPlanForYear(a.id, year))
            in.associationsWithPlan.insert(a.id);
    }
}

} // namespace

IndicatorInputs IndicatorInputs::read(Database &db, QDate at, QDate from)
{
    IndicatorInputs in;
    in.from = from.isValid() && from < at ? from : at;
    in.settings = IndicatorSettings::read(db);
    in.employments = TeacherRepository(db).employmentsByTeacher(TeacherRepository::Detail::Brief);
    for (const Position &p : DictionaryRepository(db).positions())
        in.positionKinds.insert(p.id, p.kind);
    for (const Organisation &o : OrganisationRepository(db).all()) {
        in.organisationNames.insert(o.id, o.displayName());
        in.municipalityOf.insert(o.id, o.municipalityId);
    }
    for (const Municipality &m : DictionaryRepository(db).municipalities())
        in.municipalityNames.insert(m.id, m.name);
    TrainingRepository training(db);
    // The courses any day from `from` to `at` can count (TrainingDue's
    // window, a few days wider so that no 29 February is lost; the engine
    // applies the rule itself).
    in.completions = training.completionsEnded(in.from.addYears(-in.settings.trainingIntervalYears).addDays(-3), at);
    for (const Programme &p : training.programmes())
        in.programmes.insert(p.id, p);
    in.diagnoses = DiagnosisRepository(db).allResults();
    in.attestation = AttestationRepository(db).allRecords();
    readDay(db, at, in);
    return in;
}

IndicatorInputs IndicatorInputs::readOn(Database &db, QDate at, const IndicatorInputs &base)
{
    if (at < base.from || at > base.at)
        return read(db, at);
    IndicatorInputs in = base; // Qt's containers share their data: no copy until changed
    readDay(db, at, in);
    return in;
}

} // namespace profrost
