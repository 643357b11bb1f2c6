// File → «Журнал изменений...»: the server's audit log in the program, for
// its administrator. On scripts/test's PostgreSQL pass the window is on a
// server; on a file the menu has no such entry (a file keeps no log).
#include <catch2/catch.hpp>

#include "shell/AuditLogDialog.h"
#include "shell/MainWindow.h"
#include "store/Query.h"
#include "store/ServerSecurity.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QTableWidget>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QAction *auditAction(MainWindow &window)
{
    return window.menuBar()->findChild<QAction *>(u"auditLogAction"_s);
}

} // namespace

TEST_CASE("The audit log window lists the server's entries newest first and filters them", "[ui][server]")
{
    ClockScope clock;
    TempDatabase t;
    if (!t.onServer()) {
        auto window = openWindow(registryDatabase(t.file(u"file.sqlite"_s)));
        CHECK_FALSE(auditAction(*window));
        return;
    }
    ServerSecurity::install(t.db());
    Query(t.db(), u"INSERT INTO municipality (name) VALUES ('Ермаковский округ')"_s).exec();
    Query(t.db(), u"INSERT INTO teacher (surname, name, phone) VALUES ('Андреева', 'Анна', '100')"_s).exec();
    Query(t.db(), u"UPDATE teacher SET phone = '555'"_s).exec();

    auto db = std::make_unique<Database>(t.db().connectionSpec());
    db->open();
    auto window = openWindow(std::move(db));
    QAction *action = auditAction(*window);
    REQUIRE(action); // the owner of the test database is its administrator

    AuditLogDialog dialog(t.db(), window.get());
    auto *list = dialog.findChild<QTableWidget *>(u"auditList"_s);
    REQUIRE(dialog.rowCount() == 3);
    CHECK(list->item(0, 2)->text() == u"changed"_s); // newest first
    CHECK(list->item(0, 3)->text() == u"teacher"_s);
    CHECK(list->item(0, 5)->text() == u"phone: 100 → 555"_s);
    CHECK(list->item(2, 3)->text() == u"municipality"_s);
    CHECK(dialog.findChild<QLabel *>(u"auditCount"_s)->text() == u"3 entries"_s);

    auto *table = dialog.findChild<QComboBox *>(u"auditTable"_s);
    table->setCurrentIndex(table->findData(u"municipality"_s));
    CHECK(dialog.rowCount() == 1);
    table->setCurrentIndex(0);
    CHECK(dialog.rowCount() == 3);
}
