#include "support/TestSupport.h"

#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace profrost::test {

namespace {

bool serverHasDatabase(const ConnectionSpec &admin, const QString &database)
{
    const QString name = QStringLiteral("profrost-test-probe");
    bool found = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setDatabaseName(admin.databaseName);
        db.setUserName(admin.user);
        REQUIRE(db.open());
        {
            QSqlQuery q(db); // its prepared statement goes before the connection
            q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
            q.addBindValue(database);
            REQUIRE(q.exec());
            found = q.next();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

} // namespace

// Runs `sql` on the server's administrative database (no transaction:
// CREATE and DROP DATABASE refuse one); the server's message on failure.
// No Catch macro here: a static TempDatabase drops its database after
// Catch has gone.
QString runOnServer(const ConnectionSpec &admin, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("profrost-test-admin-%1").arg(++counter);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setDatabaseName(admin.databaseName);
        db.setUserName(admin.user);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    failure = sql + QStringLiteral(": ") + q.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

QString testServer()
{
    return qEnvironmentVariable("PROFROST_TEST_POSTGRES");
}

TempDatabase::TempDatabase() : m_path(m_dir.filePath(QStringLiteral("test.profrost")))
{
    const QString server = testServer();
    if (server.isEmpty()) {
        m_db = std::make_unique<Database>(m_path);
        m_db->open();
        return;
    }
    const ConnectionSpec admin = ConnectionSpec::fromText(server);
    const QString templateName = qEnvironmentVariable("PROFROST_TEST_POSTGRES_TEMPLATE", QStringLiteral("profrost_template"));
    if (!serverHasDatabase(admin, templateName)) {
        const QString failure = runOnServer(admin, QStringLiteral("CREATE DATABASE %1").arg(templateName));
        INFO(failure.toStdString());
        REQUIRE(failure.isEmpty());
        ConnectionSpec spec = admin;
        spec.databaseName = templateName;
        Database migrated(spec);
        migrated.open();
    }
    static int counter = 0;
    m_serverDatabase = QStringLiteral("profrost_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString failure =
        runOnServer(admin, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_serverDatabase, templateName));
    INFO(failure.toStdString());
    REQUIRE(failure.isEmpty());
    ConnectionSpec spec = admin;
    spec.databaseName = m_serverDatabase;
    m_db = std::make_unique<Database>(spec);
    m_db->open();
}

QString TempDatabase::location() const
{
    return onServer() ? m_db->connectionSpec().url() : m_path;
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (onServer()) {
        const QString failure = runOnServer(ConnectionSpec::fromText(testServer()),
                                            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
        if (!failure.isEmpty())
            qWarning("%s", qPrintable(failure));
    }
}

int createAtVersion(const QString &path, int version, const std::function<void(Database &)> &fill)
{
    Database old(path);
    Database::OpenOptions options;
    options.targetVersion = version;
    old.open(options);
    fill(old);
    return old.schemaVersion();
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(PROFROST_TEST_DATA_DIR) + u'/' + name;
}

} // namespace profrost::test
