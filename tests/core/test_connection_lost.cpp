// A lost connection to the server (issue 17 item 2): the statement that
// meets it says so in the user's words, the change it was part of is not
// half-written, the window is told once, and a reconnect works on. The
// server ends the connection as a restart or a network failure would.
#include <catch2/catch.hpp>

#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/Query.h"
#include "support/TestSupport.h"
#include "util/Error.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// Ends every other session of the test's database, as the server's
// administrator would (pg_terminate_backend).
void cutConnections(Database &db)
{
    REQUIRE(runOnServer(ConnectionSpec::fromText(testServer()),
                        u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'"_s.arg(
                            db.connectionSpec().databaseName))
                .isEmpty());
}

} // namespace

TEST_CASE("A lost connection is said plainly, leaves nothing half-written and is reconnected", "[store][server]")
{
    TempDatabase t;
    if (!t.onServer()) {
        CHECK(t.db().checkConnection()); // a file has no connection to lose
        return;
    }
    Database &db = t.db();
    int told = 0;
    db.setConnectionLostHandler([&told] { ++told; });
    const qint64 before = Query(db, u"SELECT count(*) FROM municipality"_s).scalar().toLongLong();

    SECTION("a change cut in the middle is not written")
    {
        cutConnections(db);
        try {
            Transaction tx(db);
            DictionaryRepository(db).ensureMunicipality(u"Шушенский округ"_s);
            tx.commit();
            FAIL("the change went through a dead connection");
        } catch (const Error &e) {
            CHECK_THAT(e.message().toStdString(), Catch::StartsWith("The connection to the server 127.0.0.1:"));
            CHECK_THAT(e.message().toStdString(), Catch::Contains("nothing is half-written"));
        }
        CHECK(db.connectionLost());
        CHECK(told == 1);
        // Every later statement says the same, and the window is not told again.
        CHECK_THROWS_WITH(Query(db, u"SELECT count(*) FROM teacher"_s).scalar(),
                          Catch::StartsWith("The connection to the server"));
        CHECK(told == 1);
        db.reconnect();
        CHECK_FALSE(db.connectionLost());
        CHECK(Query(db, u"SELECT count(*) FROM municipality"_s).scalar().toLongLong() == before);
        DictionaryRepository(db).ensureMunicipality(u"Шушенский округ"_s);
        CHECK(Query(db, u"SELECT count(*) FROM municipality"_s).scalar().toLongLong() == before + 1);
    }

    SECTION("a connection lost while nothing runs is noticed by the check")
    {
        cutConnections(db);
        // The first statement meets the server's goodbye; the check after it knows.
        CHECK_THROWS(Query(db, u"SELECT 1"_s).scalar());
        CHECK_FALSE(db.checkConnection());
        CHECK(told == 1);
    }
}
