#include <catch2/catch.hpp>

#include "common/StatusPalette.h"
#include "domain/Competition.h"
#include "registry/TeacherCard.h"
#include "registry/TeacherTableModel.h"
#include "store/CompetitionRepository.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace profrost;
using namespace profrost::test;

namespace {

std::unique_ptr<Database> openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>(path);
    db->open();
    return db;
}

// The card of the teacher `fullName` as the window shows it: Teachers in the
// sidebar, a click on the teacher's row.
QString cardOf(std::unique_ptr<Database> db, const QString &fullName)
{
    auto window = openWindow(std::move(db));
    QWidget *page = goToArea(*window, QStringLiteral("Teachers"));
    auto *table = child<QTableView>(page, "teachersTable");
    REQUIRE(waitUntil([table] { return rowCount(table) > 0; }));
    clickRowWithText(table, TeacherTableModel::FullNameColumn, fullName);
    return child<QTextBrowser>(page, "teacherCard")->toHtml();
}

} // namespace

TEST_CASE("The teacher card says a course is overdue only while the teacher holds a post", "[ui][card]")
{
    ClockScope clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registry.sqlite"));
    std::unique_ptr<Database> db = registryDatabase(path);
    // Козлова: no course recorded, a post since 2012: overdue.
    qint64 kozlova = 0;
    for (const TeacherRow &r : TeacherRepository(*db).rows(referenceDay()))
        if (r.surname == QStringLiteral("Козлова"))
            kozlova = r.id;
    REQUIRE(kozlova != 0);
    const QString kozlovaName = QString::fromUtf8("Козлова Ольга Юрьевна");
    CHECK(cardOf(std::move(db), kozlovaName).contains(QStringLiteral("Overdue")));

    // Dismissed in October (the file changed while no window is open): no course is due any more.
    db = openDatabase(path);
    {
        TeacherRepository again(*db);
        Teacher t = again.get(kozlova);
        for (Employment &e : t.employments)
            e.dismissed = QDate(2026, 10, 1);
        again.update(t);
    }
    const QString card = cardOf(std::move(db), kozlovaName);
    CHECK_FALSE(card.contains(QStringLiteral("Overdue")));
    CHECK(card.contains(QStringLiteral("No current post")));
    // Before the dismissal, the card of that day still says overdue (the rule's reference
    // date is a parameter; the window shows the card of today only).
    db = openDatabase(path);
    CHECK(TeacherCard::html(*db, kozlova, QDate(2026, 9, 1)).contains(QStringLiteral("Overdue")));
}

TEST_CASE("The teacher card lists the competitions with the result at each stage, prizes in green", "[ui][card]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("c.sqlite")));
    const qint64 ivanova = teacherIdBySurname(*db, QStringLiteral("Иванова"));
    CHECK_FALSE(TeacherCard::html(*db, ivanova, referenceDay()).contains(QStringLiteral("Competitions")));
    Competition c;
    c.name = QStringLiteral("Учитель года России");
    c.year = 2026;
    c.stages = {CompetitionLevel::Municipal, CompetitionLevel::Regional};
    c.nominations = {QStringLiteral("Учитель года")};
    CompetitionEntry e;
    e.teacherId = ivanova;
    e.nomination = QStringLiteral("Учитель года");
    e.results = {{CompetitionLevel::Municipal, CompetitionResult::Winner},
                 {CompetitionLevel::Regional, CompetitionResult::Laureate}};
    c.entries = {e};
    CompetitionRepository(*db).save(c);
    const QString card = TeacherCard::html(*db, ivanova, referenceDay());
    CHECK(card.contains(QStringLiteral("<h3>Competitions</h3>")));
    CHECK(card.contains(QStringLiteral("<b>Учитель года России</b> 2026, nomination «Учитель года» — ")));
    CHECK(card.contains(StatusPalette::boldHtml(StatusPalette::ok(), QStringLiteral("municipal stage: winner"))));
    CHECK(card.contains(QStringLiteral("; regional stage: laureate</li>"))); // a laureate is no prize: not green
}
