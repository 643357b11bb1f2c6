// The active pedagogical workers by the category they hold at D
// (indicators/CategoryCounts), on inputs built by hand, worked out by hand.
#include <catch2/catch.hpp>

#include "indicators/CategoryCounts.h"
#include "indicators/IndicatorEngine.h"

using namespace profrost;
using namespace Qt::StringLiterals;

namespace {

struct Hand
{
    IndicatorInputs in;
    qint64 next = 1;

    Hand()
    {
        in.at = QDate(2026, 12, 1);
        in.settings.validityYears = 5;
    }
    qint64 teacher(const QString &surname, qint64 organisation, bool pedagogical = true)
    {
        TeacherRow t;
        t.id = next++;
        t.surname = surname;
        t.name = u"Анна"_s;
        t.pedagogical = pedagogical;
        t.organisationIds = {organisation};
        in.teachers << t;
        return t.id;
    }
    void category(qint64 teacher, Category c, QDate granted)
    {
        AttestationRecord r;
        r.teacherId = teacher;
        r.kind = AttestationKind::Category;
        r.category = c;
        r.granted = granted;
        in.attestation << r;
    }
    void fitness(qint64 teacher, QDate granted)
    {
        AttestationRecord r;
        r.teacherId = teacher;
        r.kind = AttestationKind::Fitness;
        r.granted = granted;
        r.decidedBy = AttestationDecider::Organisation;
        in.attestation << r;
    }
};

} // namespace

TEST_CASE("The categories at D count a valid category, else a valid SZD, else none, each active teacher once",
          "[indicators][attestation]")
{
    Hand h; // D = 01.12.2026, a category valid 5 years, СЗД 5 years
    // Highest of 15.03.2023: valid until 14.03.2028.
    const qint64 a = h.teacher(u"Абрамова"_s, 10);
    h.category(a, Category::Highest, QDate(2023, 3, 15));
    // First of 10.01.2019 lapsed on 10.01.2024, no СЗД since: none.
    const qint64 b = h.teacher(u"Белова"_s, 10);
    h.category(b, Category::First, QDate(2019, 1, 10));
    // The same lapsed first, then СЗД on 01.02.2024 (valid until 31.01.2029): СЗД.
    const qint64 v = h.teacher(u"Волкова"_s, 20);
    h.category(v, Category::First, QDate(2019, 1, 10));
    h.fitness(v, QDate(2024, 2, 1));
    // СЗД of 30.11.2020, valid until 29.11.2025: expired, none.
    const qint64 g = h.teacher(u"Галкина"_s, 20);
    h.fitness(g, QDate(2020, 11, 30));
    // First of 02.12.2021: its last valid day is D itself.
    const qint64 d = h.teacher(u"Данилова"_s, 20);
    h.category(d, Category::First, QDate(2021, 12, 2));
    // First of 01.12.2021: its last day was 30.11.2026, the day before D.
    const qint64 e = h.teacher(u"Егорова"_s, 20);
    h.category(e, Category::First, QDate(2021, 12, 1));
    // A manager with the highest: not a pedagogical worker, not counted.
    const qint64 zh = h.teacher(u"Жукова"_s, 20, false);
    h.category(zh, Category::Highest, QDate(2024, 1, 1));
    // Teacher-mentor of 01.05.2025.
    const qint64 i = h.teacher(u"Ильина"_s, 20);
    h.category(i, Category::Mentor, QDate(2025, 5, 1));

    const QList<CategoryHolder> holders = CategoryCounts::holders(h.in);
    CHECK(holders.size() == 7);
    const QMap<CategoryGroup, QList<qint64>> all = CategoryCounts::count(holders);
    CHECK(all.value(CategoryGroup::Highest) == QList<qint64>{a});
    CHECK(all.value(CategoryGroup::First) == QList<qint64>{d});
    CHECK(all.value(CategoryGroup::Mentor) == QList<qint64>{i});
    CHECK(all.value(CategoryGroup::Fitness) == QList<qint64>{v});
    CHECK(all.value(CategoryGroup::None) == QList<qint64>({b, g, e}));
    CHECK_FALSE(all.contains(CategoryGroup::Methodist)); // nobody: no slice

    // The categories are I6's numerator: 3 valid of 7.
    const IndicatorValue i6 = IndicatorEngine(h.in).value(IndicatorId::I6);
    CHECK(i6.numerator == 3);
    CHECK(i6.denominator == 7);

    // One organisation: those whose main post is there.
    const QMap<CategoryGroup, QList<qint64>> first =
        CategoryCounts::count(holders, [](const CategoryHolder &x) { return x.organisationId == 10; });
    CHECK(first.value(CategoryGroup::Highest) == QList<qint64>{a});
    CHECK(first.value(CategoryGroup::None) == QList<qint64>{b});
    CHECK(first.size() == 2);
}
