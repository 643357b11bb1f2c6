// The associations of the demo database: what a methodist opening it sees.

#include <catch2/catch.hpp>

#include "demo/DemoGenerator.h"
#include "documents/AssociationReports.h"
#include "store/AssociationRepository.h"
#include "store/MeetingRepository.h"
#include "store/PlanRepository.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

void fill(Database &db, int teachers, quint32 seed)
{
    DemoOptions options;
    options.teachers = teachers;
    options.seed = seed;
    options.today = referenceDay();
    DemoGenerator::generate(db, options);
}

QStringList shape(Database &db)
{
    QStringList out;
    AssociationRepository repo(db);
    for (const Association &a : repo.all())
        out << u"%1 %2 %3 %4"_s.arg(a.name).arg(a.headId).arg(a.secretaryId).arg(repo.members(a.id).size());
    return out;
}

} // namespace

TEST_CASE("The demo district has RMO with members, plans for this year and protocols", "[demo][associations]")
{
    ClockScope clock;
    TempDatabase t;
    fill(t.db(), 900, 1);
    AssociationRepository repo(t.db());
    PlanRepository plans(t.db());
    MeetingRepository meetings(t.db());
    const int year = 2026; // 22.11.2026 is in 2026/2027
    int rmo = 0, shmo = 0, held = 0, young = 0;
    for (const Association &a : repo.all()) {
        if (a.kind == AssociationKind::YoungTeachers) { // DemoMentoring's school of the young teacher
            ++young;
            CHECK(a.headId != 0);
            CHECK(repo.membersOn(a.id, referenceDay()).size() >= 3);
            continue;
        }
        if (a.kind == AssociationKind::Shmo) {
            ++shmo;
            CHECK(a.organisationId != 0);
            continue;
        }
        REQUIRE(a.kind == AssociationKind::Rmo);
        ++rmo;
        INFO(a.name.toStdString());
        CHECK(a.headId != 0);
        CHECK(a.secretaryId != 0);
        CHECK(repo.membersOn(a.id, referenceDay()).contains(a.headId));
        CHECK(repo.membersOn(a.id, referenceDay()).size() >= 3);
        REQUIRE(plans.hasPlanForYear(a.id, year));
        REQUIRE(plans.hasPlanForYear(a.id, year - 1));
        const MethodicalPlan plan = plans.get(plans.findYearPlan(a.id, year));
        const auto meetingsPlanned = std::count_if(plan.items.cbegin(), plan.items.cend(),
                                                   [](const PlanItem &i) { return i.isMeeting; });
        CHECK(meetingsPlanned >= 4);
        CHECK(meetingsPlanned <= 6);
        CHECK(plan.approval.date.isValid());
        CHECK(plan.title.contains(u"2026/2027"));
        // Last year's five meetings were all held, each with a protocol; this year's first one too.
        const MeetingRepository::PlanProgress last = meetings.progress(plans.findYearPlan(a.id, year - 1));
        CHECK(last.held == last.planned);
        const MeetingRepository::PlanProgress now = meetings.progress(plan.id);
        CHECK(now.held >= 1);
        CHECK(now.held < now.planned);
        for (const Meeting &m : meetings.meetingsOf(a.id)) {
            CHECK(m.date < referenceDay());
            CHECK(m.agenda.size() >= 2);
            CHECK_FALSE(m.attendees.isEmpty());
            ++held;
        }
    }
    CHECK(rmo >= 8);
    CHECK(shmo >= 1);
    CHECK(young == 1); // one municipality, one school of the young teacher
    CHECK(held >= rmo * 6);
    int centre = 0, roadmaps = 0;
    for (const MethodicalPlan &p : plans.headers()) {
        centre += p.kind == PlanKind::CentreWork ? 1 : 0;
        if (p.kind == PlanKind::Roadmap) {
            ++roadmaps;
            CHECK(plans.get(p.id).stages.size() == 3);
        }
    }
    CHECK(centre == 1);
    CHECK(roadmaps == 1);
    // Some school subjects have no ШМО yet: the hint has something to say.
    CHECK_FALSE(AssociationReports::shmoHints(t.db(), referenceDay()).isEmpty());
}

TEST_CASE("The demo associations depend only on the seed", "[demo][associations]")
{
    ClockScope clock;
    TempDatabase a, b, c;
    fill(a.db(), 300, 7);
    fill(b.db(), 300, 7);
    fill(c.db(), 300, 8);
    CHECK_FALSE(shape(a.db()).isEmpty());
    CHECK(shape(a.db()) == shape(b.db()));
    CHECK(shape(a.db()) != shape(c.db()));
}
