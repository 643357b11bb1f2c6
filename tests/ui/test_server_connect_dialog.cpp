// File → «Подключиться к серверу...»: the dialog, the connections it
// remembers (never a password), and the window moving onto a server's
// database. On scripts/test's PostgreSQL pass (PROFROST_TEST_POSTGRES) the
// window really connects; without a server, the refusal is what is seen.
#include <catch2/catch.hpp>

#include "shell/MainWindow.h"
#include "shell/ServerConnectDialog.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

#include <functional>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

void fill(ServerConnectDialog *d, const ConnectionSpec &s)
{
    d->findChild<QLineEdit *>(u"host"_s)->setText(s.host);
    d->findChild<QSpinBox *>(u"port"_s)->setValue(s.port);
    d->findChild<QLineEdit *>(u"database"_s)->setText(s.databaseName);
    d->findChild<QLineEdit *>(u"user"_s)->setText(s.user);
    d->findChild<QLineEdit *>(u"password"_s)->setText(s.password);
}

QAction *connectAction(MainWindow &window)
{
    for (QAction *a : window.menuBar()->findChildren<QAction *>()) {
        if (a->text() == u"Connect to a &server..."_s)
            return a;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The server dialog remembers the last connections without their passwords", "[ui][server]")
{
    QSettings().remove(u"server/recent"_s);
    {
        ServerConnectDialog d;
        CHECK(d.findChild<QComboBox *>(u"recentConnections"_s)->isHidden()); // nothing to choose yet
        fill(&d, ConnectionSpec::postgres(u"imc.local"_s, 5433, u"profrost"_s, u"metodist"_s, u"s3cret"_s));
        CHECK(d.spec().password == u"s3cret"_s);
        CHECK(d.spec().url() == u"postgresql://metodist@imc.local:5433/profrost"_s);
        // Without a server's name the dialog stays open and says what is missing.
        d.findChild<QLineEdit *>(u"host"_s)->clear();
        d.accept();
        CHECK(d.result() != QDialog::Accepted);
        CHECK(d.findChild<QLabel *>(u"message"_s)->text() == u"Enter the server's name or address."_s);
        // libpq's English refusal, said plainly first.
        d.setMessage(u"Cannot open metodist@imc.local:5433/profrost: fe_sendauth: no password supplied"_s);
        CHECK(d.findChild<QLabel *>(u"message"_s)->text().startsWith(u"The server asks for a password: enter it.\n"_s));
    }
    for (int i = 0; i < 9; ++i)
        ServerConnectDialog::remember(ConnectionSpec::postgres(u"host%1"_s.arg(i), 5432, u"profrost"_s, u"u"_s, u"pw"_s));
    ServerConnectDialog::remember(
        ConnectionSpec::postgres(u"imc.local"_s, 5433, u"profrost"_s, u"metodist"_s, u"s3cret"_s));
    ServerConnectDialog::remember(ConnectionSpec::postgres(u"host8"_s, 5432, u"profrost"_s, u"u"_s, u"pw"_s));
    const QStringList recent = ServerConnectDialog::recent();
    CHECK(recent.size() == 8); // the oldest go
    CHECK(recent.first() == u"postgresql://u@host8:5432/profrost"_s); // the latest first, once
    CHECK(recent.count(u"postgresql://u@host8:5432/profrost"_s) == 1);
    CHECK(recent.at(1) == u"postgresql://metodist@imc.local:5433/profrost"_s);
    CHECK_FALSE(recent.join(u' ').contains(u"s3cret"_s));
    CHECK_FALSE(recent.join(u' ').contains(u"pw"_s));

    // The next time, the last connection is filled in, the password asked again.
    ServerConnectDialog again;
    CHECK_FALSE(again.findChild<QComboBox *>(u"recentConnections"_s)->isHidden());
    CHECK(again.spec().host == u"host8"_s);
    CHECK(again.spec().password.isEmpty());
    QSettings().remove(u"server/recent"_s);
}

TEST_CASE("File, Connect to a server moves the window onto the server's database, or says why not",
          "[ui][server]")
{
    ClockScope clock;
    TempDatabase t;
    TempDatabase file; // the window starts on a file whatever the engine of the tests
    const QString path = file.file(u"start.sqlite"_s);
    auto window = openWindow(registryDatabase(path));
    QAction *action = connectAction(*window);
    REQUIRE(action);

    // A server that is not there: the dialog stays, with the reason, until cancelled.
    QString shown;
    // The dialog again, once it carries the refusal: read it, then cancel.
    std::function<void()> refused = [&] {
        QTimer::singleShot(10, [&] {
            auto *d = activeModal<ServerConnectDialog>();
            if (!d || d->findChild<QLabel *>(u"message"_s)->text().isEmpty()) {
                refused();
                return;
            }
            shown = d->findChild<QLabel *>(u"message"_s)->text();
            d->reject();
        });
    };
    whenModal<ServerConnectDialog>([&](ServerConnectDialog *d) {
        fill(d, ConnectionSpec::postgres(u"127.0.0.1"_s, 1, u"profrost"_s, u"metodist"_s));
        refused();
        d->accept();
    });
    action->trigger();
    CHECK(shown.contains(u"127.0.0.1"_s));
    CHECK(window->windowTitle().contains(u"start.sqlite"_s)); // still on its file

    if (!t.onServer())
        return;
    // The test server's database: the window is now there, and says who is connected where.
    const ConnectionSpec server = t.db().connectionSpec();
    whenModal<ServerConnectDialog>([&](ServerConnectDialog *d) {
        fill(d, server);
        d->accept();
    });
    action = connectAction(*window);
    REQUIRE(action);
    action->trigger();
    // Who is connected where, and as what: the owner of the test database is its administrator.
    CHECK(window->findChild<QLabel *>(u"databaseLabel"_s)->text() == server.fullName() + u" — administrator"_s);
    CHECK(QSettings().value(u"database/path"_s).toString() == server.url());
    CHECK(ServerConnectDialog::recent().value(0) == server.url());
}
