// Word from the server that another user changed the shared database
// (ChangeFeed): the notice arrives on the listening connection for another
// connection's commit, once per table and transaction, and not for its own.
#include <catch2/catch.hpp>

#include "store/ChangeFeed.h"
#include "store/Query.h"
#include "store/ServerSecurity.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// The tables noticed within `ms` milliseconds, the event loop running.
QStringList noticesWithin(ChangeFeed &feed, int ms, int enough = 1000)
{
    QStringList tables;
    const QMetaObject::Connection c =
        QObject::connect(&feed, &ChangeFeed::changedElsewhere, [&tables](const QString &t) { tables << t; });
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms && tables.size() < enough)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QObject::disconnect(c);
    return tables;
}

} // namespace

TEST_CASE("Another connection's commit reaches the listening program as one notice per table", "[feed][server]")
{
    TempDatabase t;
    if (!t.onServer()) {
        ChangeFeed fileFeed(t.db());
        CHECK_FALSE(fileFeed.listening()); // a file has no other users to hear from
        return;
    }
    ServerSecurity::install(t.db());
    ChangeFeed feed(t.db());
    REQUIRE(feed.listening());

    Database other(t.db().connectionSpec());
    other.open();
    {
        Transaction tx(other);
        Query(other, u"INSERT INTO municipality (name) VALUES ('Ермаковский округ')"_s).exec();
        for (const char *surname : {"Андреева", "Борисова", "Васильева"})
            Query(other, u"INSERT INTO teacher (surname, name) VALUES (?, 'Анна')"_s).bind(QString::fromUtf8(surname)).exec();
        // Nothing is heard before the commit.
        CHECK(noticesWithin(feed, 300).isEmpty());
        tx.commit();
    }
    QStringList heard = noticesWithin(feed, 5000, 2);
    heard.sort();
    CHECK(heard == QStringList{u"municipality"_s, u"teacher"_s}); // three teachers, one notice
    CHECK(noticesWithin(feed, 300).isEmpty());

    // The program's own write: its views are current already, nothing is passed on.
    Query(t.db(), u"UPDATE teacher SET phone = '100'"_s).exec();
    CHECK(noticesWithin(feed, 500).isEmpty());
}
