// A lost connection to the server, as the user meets it (issue 17 item 2):
// the window notices it by itself, says what was kept and what was not,
// and reconnects on the user's word, reading the lists anew. On a file
// there is nothing to lose and no such menu entry.
#include <catch2/catch.hpp>

#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/Query.h"
#include "store/ServerSecurity.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("The window offers to reconnect when the server's connection is lost", "[ui][server]")
{
    ClockScope clock;
    TempDatabase t;
    if (!t.onServer()) {
        auto window = openWindow(registryDatabase(t.file(u"file.sqlite"_s)));
        CHECK_FALSE(window->findChild<QAction *>(u"reconnectAction"_s));
        return;
    }
    auto window = openWindowOnServer(t);
    Database *db = &window->context().db();
    REQUIRE(window->findChild<QAction *>(u"reconnectAction"_s));
    const QString pid = Query(*db, u"SELECT pg_backend_pid()"_s).scalar().toString();

    // The server ends the window's session, as a restart would.
    REQUIRE(runOnServer(ConnectionSpec::fromText(testServer()), u"SELECT pg_terminate_backend(%1)"_s.arg(pid)).isEmpty());
    // Another user saves meanwhile: the lists must show it after the reconnect.
    Query(t.db(), u"INSERT INTO municipality (name) VALUES ('Шушенский округ')"_s).exec();

    QString said;
    bool offered = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        offered = box->objectName() == u"reconnectBox"_s;
        said = box->text();
        box->findChild<QPushButton *>(u"reconnectButton"_s)->click();
    });
    // Nothing to do for the user: the window's own check notices it.
    REQUIRE(waitUntil([&] { return offered && !db->connectionLost(); }, 15000));
    CHECK(said.startsWith(u"The connection to the server %1 was lost."_s.arg(db->connectionSpec().fullName())));
    CHECK(said.contains(u"nothing is half-written"_s));
    CHECK(window->statusBar()->currentMessage() == u"Connected to the server again: the lists are read anew."_s);
    CHECK(Query(*db, u"SELECT count(*) FROM municipality WHERE name = 'Шушенский округ'"_s).scalar().toInt() == 1);
    CHECK(Query(*db, u"SELECT pg_backend_pid()"_s).scalar().toString() != pid);
}
