// Two users on one server: the window of one shows what the other commits
// without a restart (store/ChangeFeed), its status bar saying so. On a
// file nothing listens.
#include <catch2/catch.hpp>

#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/Query.h"
#include "store/ServerSecurity.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStatusBar>
#include <QTimer>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("The window shows another user's change without a restart", "[ui][server]")
{
    ClockScope clock;
    TempDatabase t;
    if (!t.onServer()) {
        auto window = openWindow(registryDatabase(t.file(u"file.sqlite"_s)));
        CHECK_FALSE(window->findChild<QTimer *>(u"otherUsersRefresh"_s)); // a file has no other users to hear
        return;
    }
    auto window = openWindowOnServer(t);
    REQUIRE(window->findChild<QTimer *>(u"otherUsersRefresh"_s));
    int reloads = 0;
    QObject::connect(&window->context(), &AppContext::registryChanged, [&reloads] { ++reloads; });

    // The other user: a municipality and two teachers, in one transaction.
    {
        Transaction tx(t.db());
        Query(t.db(), u"INSERT INTO municipality (name) VALUES ('Ермаковский округ')"_s).exec();
        Query(t.db(), u"INSERT INTO teacher (surname, name) VALUES ('Андреева', 'Анна')"_s).exec();
        Query(t.db(), u"INSERT INTO teacher (surname, name) VALUES ('Борисова', 'Анна')"_s).exec();
        tx.commit();
    }
    QElapsedTimer clockTime;
    clockTime.start();
    while (reloads == 0 && clockTime.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    for (QElapsedTimer settle; !settle.isValid() || settle.elapsed() < 600;) { // any later reload of the same burst
        if (!settle.isValid())
            settle.start();
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    CHECK(reloads == 1); // two tables' notices, one reload
    CHECK(window->statusBar()->currentMessage() == u"Another user changed the data: the lists show it now."_s);
}
