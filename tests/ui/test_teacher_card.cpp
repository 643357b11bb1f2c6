#include <catch2/catch.hpp>

#include "registry/TeacherCard.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QTemporaryDir>

using namespace profrost;
using namespace profrost::test;

TEST_CASE("The teacher card says a course is overdue only while the teacher holds a post", "[ui][card]")
{
    ClockScope clock;
    QTemporaryDir dir;
    std::unique_ptr<Database> db = registryDatabase(dir.filePath(QStringLiteral("registry.sqlite")));
    TeacherRepository teachers(*db);
    // Козлова: no course recorded, a post since 2012: overdue.
    qint64 kozlova = 0;
    for (const TeacherRow &r : teachers.rows(referenceDay()))
        if (r.surname == QStringLiteral("Козлова"))
            kozlova = r.id;
    REQUIRE(kozlova != 0);
    CHECK(TeacherCard::html(*db, kozlova, referenceDay()).contains(QStringLiteral("Overdue")));

    // Dismissed in October: no course is due any more.
    Teacher t = teachers.get(kozlova);
    for (Employment &e : t.employments)
        e.dismissed = QDate(2026, 10, 1);
    teachers.update(t);
    const QString card = TeacherCard::html(*db, kozlova, referenceDay());
    CHECK_FALSE(card.contains(QStringLiteral("Overdue")));
    CHECK(card.contains(QStringLiteral("No current post")));
    // Before the dismissal, the card of that day still says overdue.
    CHECK(TeacherCard::html(*db, kozlova, QDate(2026, 9, 1)).contains(QStringLiteral("Overdue")));
}
