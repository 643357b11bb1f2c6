#include <catch2/catch.hpp>

#include "store/ConnectionSpec.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"
#include "store/Query.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QDir>
#include <QProcess>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("A database is opened from a connection description, and a reader from the same description", "[database][file]")
{
    TempDatabase t;
    Organisation o;
    o.name = u"МБОУ СОШ № 1"_s;
    o.municipalityId = 1;
    Query(t.db(), u"INSERT INTO municipality (id, name) VALUES (1, 'Ермаковский район')"_s).exec();
    const qint64 id = OrganisationRepository(t.db()).insert(o);

    const ConnectionSpec spec = t.db().connectionSpec();
    CHECK(spec.isFile());
    CHECK(spec.file == t.path());
    CHECK(spec == ConnectionSpec::sqliteFile(t.path()));

    // A worker's reader: its own connection from the same description, read only.
    Database reader(spec);
    reader.openForReading();
    CHECK(OrganisationRepository(reader).get(id).name == u"МБОУ СОШ № 1"_s);
    CHECK_THROWS_AS(Query(reader, u"DELETE FROM organisation"_s).exec(), Error);
    CHECK(OrganisationRepository(t.db()).all().size() == 1);

    // A second main connection opened from the description sees the same data.
    Database again(spec);
    Database::OpenOptions options;
    options.create = false;
    CHECK(again.open(options) == Database::Opened::Existing);
    CHECK(OrganisationRepository(again).all().size() == 1);
}

TEST_CASE("A connection description names a file or a server for the user", "[database]")
{
    const ConnectionSpec file = ConnectionSpec::sqliteFile(u"/home/metodist/ПрофРост/profrost.sqlite"_s);
    CHECK(file.shortName() == u"profrost.sqlite"_s);
    CHECK(file.fullName() == QDir::toNativeSeparators(u"/home/metodist/ПрофРост/profrost.sqlite"_s));

    const ConnectionSpec server = ConnectionSpec::postgres(u"imc.local"_s, 5433, u"profrost"_s, u"metodist"_s, u"secret"_s);
    CHECK_FALSE(server.isFile());
    CHECK(server.shortName() == u"profrost@imc.local"_s);
    CHECK(server.fullName() == u"metodist@imc.local:5433/profrost"_s); // never the password
    CHECK(server.dialect().kind() == SqlDialect::Kind::Postgres);
}

TEST_CASE("What the user types for a database is a server's URL or a file's path", "[database]")
{
    const ConnectionSpec server = ConnectionSpec::fromText(u"postgresql://metodist@imc.local:5433/profrost"_s);
    CHECK_FALSE(server.isFile());
    CHECK(server.host == u"imc.local"_s);
    CHECK(server.port == 5433);
    CHECK(server.databaseName == u"profrost"_s);
    CHECK(server.user == u"metodist"_s);
    CHECK(server.password.isEmpty());
    CHECK(server.url() == u"postgresql://metodist@imc.local:5433/profrost"_s);
    // The short scheme, and the port PostgreSQL listens on by default.
    const ConnectionSpec plain = ConnectionSpec::fromText(u"postgres://rmo@10.0.0.5/region"_s);
    CHECK(plain.port == 5432);
    CHECK(plain.host == u"10.0.0.5"_s);
    CHECK(plain.databaseName == u"region"_s);
    CHECK(ConnectionSpec::fromText(plain.url()) == plain);
    // Anything else is a file, even with a colon in it (a Windows path).
    const ConnectionSpec file = ConnectionSpec::fromText(u"C:/ИМЦ/profrost.sqlite"_s);
    CHECK(file.isFile());
    CHECK(file.file == u"C:/ИМЦ/profrost.sqlite"_s);
    CHECK_FALSE(ConnectionSpec::isServerUrl(u"postgresql.sqlite"_s));
}

TEST_CASE("Only SQLite files get the file checks, PRAGMAs and the online backup statement", "[database]")
{
    const SqlDialect sqlite(SqlDialect::Kind::Sqlite);
    CHECK(sqlite.integrityCheckStatement() == u"PRAGMA quick_check"_s);
    CHECK(sqlite.readOnlyConnectOptions().contains(u"QSQLITE_OPEN_READONLY"_s));
    CHECK(sqlite.connectionSetup().contains(u"PRAGMA foreign_keys = ON"_s));
    CHECK(sqlite.onlineBackupStatement() == u"VACUUM INTO ?"_s);

    const SqlDialect postgres(SqlDialect::Kind::Postgres);
    CHECK(postgres.driverName() == u"QPSQL"_s);
    CHECK(postgres.integrityCheckStatement().isEmpty());
    CHECK(postgres.readOnlyConnectOptions().isEmpty());
    CHECK(postgres.connectionSetup().isEmpty());
    CHECK(postgres.onlineBackupStatement().isEmpty());
    CHECK(postgres.tableNamesStatement().contains(u"information_schema.tables"_s));
}

namespace {

QProcess::ExitStatus runLayerCheck(const QString &layer, const QStringList &allowed, const QStringList &files,
                                   int *exitCode, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(PROFROST_CMAKE_COMMAND),
            {u"-DLAYER="_s + layer, u"-DALLOWED="_s + allowed.join(u';'), u"-DROOT="_s + QStringLiteral(PROFROST_SOURCE_DIR),
             u"-DFILES="_s + files.join(u';'), u"-P"_s, QStringLiteral(PROFROST_SOURCE_DIR "/cmake/CheckLayerIncludes.cmake")});
    p.waitForFinished(60000);
    *exitCode = p.exitCode();
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus();
}

} // namespace

TEST_CASE("The build refuses a core file that includes a higher layer, naming the file and the include", "[layers]")
{
    int code = 0;
    QString output;
    runLayerCheck(u"domain"_s, {u"util"_s, u"domain"_s},
                  {QStringLiteral(PROFROST_SOURCE_DIR "/tests/data/layers/UpwardInclude.h")}, &code, &output);
    CHECK(code != 0);
    CHECK(output.contains(u"core/domain may include only util, domain"_s));
    CHECK(output.contains(u"tests/data/layers/UpwardInclude.h: #include \"store/TeacherRepository.h\""_s));
    CHECK_FALSE(output.contains(u"domain/Teacher.h"_s));

    // The real domain layer passes the same check.
    QStringList domain;
    for (const QFileInfo &f : QDir(QStringLiteral(PROFROST_SOURCE_DIR "/core/domain")).entryInfoList({u"*.h"_s, u"*.cpp"_s}))
        domain << f.absoluteFilePath();
    REQUIRE(domain.size() > 10);
    runLayerCheck(u"domain"_s, {u"util"_s, u"domain"_s}, domain, &code, &output);
    CHECK(code == 0);
}
