// File → «Перенести базу на сервер...»: the open file copied onto a server's
// database (made when missing) under a progress dialog, the rows of every
// table compared, then the offer to work there. On a server's database the
// menu offers a copy in a file instead. Without a server, the menu only.
#include <catch2/catch.hpp>

#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/ServerConnectDialog.h"
#include "store/Query.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSpinBox>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QAction *menuAction(MainWindow &window, const QString &name)
{
    return window.menuBar()->findChild<QAction *>(name);
}

struct DropDatabase
{
    QString name;
    ~DropDatabase()
    {
        if (!testServer().isEmpty())
            runOnServer(ConnectionSpec::fromText(testServer()), u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    }
};

} // namespace

TEST_CASE("File, Move the database to a server copies the open file there and offers to work there",
          "[ui][server]")
{
    ClockScope clock;
    TempDatabase files; // a folder; the window's database is a file whatever the engine of the tests
    auto window = openWindow(registryDatabase(files.file(u"district.sqlite"_s)));
    QAction *push = menuAction(*window, u"pushToServerAction"_s);
    REQUIRE(push);
    CHECK_FALSE(menuAction(*window, u"pullToFileAction"_s));
    if (testServer().isEmpty())
        return;

    ConnectionSpec target = ConnectionSpec::fromText(testServer());
    target.databaseName = u"profrost_ui_push_%1"_s.arg(QCoreApplication::applicationPid());
    DropDatabase drop{target.databaseName};
    whenModal<ServerConnectDialog>([&](ServerConnectDialog *d) {
        d->setSpec(target);
        d->accept();
    });
    QString said;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->button(QMessageBox::No)->click(); // stay on the file
    });
    push->trigger();
    CHECK(said.contains(u"every table's rows agree"_s));
    CHECK(said.contains(u"Work on the server now?"_s));
    CHECK(window->windowTitle().contains(u"district.sqlite"_s));

    Database server(target);
    server.open();
    // The registry of teachers_good.csv: four teachers (Иванова holds two posts, in two rows).
    const int onFile = Query(window->context().db(), u"SELECT count(*) FROM teacher"_s).scalar().toInt();
    CHECK(onFile == 4);
    CHECK(Query(server, u"SELECT count(*) FROM teacher"_s).scalar().toInt() == onFile);
    auto serverDb = std::make_unique<Database>(target);
    serverDb->open();
    auto onServer = openWindow(std::move(serverDb));
    CHECK(menuAction(*onServer, u"pullToFileAction"_s));
    CHECK_FALSE(menuAction(*onServer, u"pushToServerAction"_s));
}
