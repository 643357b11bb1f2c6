#include "store/ServerDatabase.h"

#include "store/Database.h"
#include "store/ServerSecurity.h"
#include "util/Error.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace profrost {

namespace {

QAtomicInt s_counter;

} // namespace

bool ServerDatabase::validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

bool ServerDatabase::createIfMissing(const ConnectionSpec &spec)
{
    if (spec.isFile())
        throw Error(tr("%1 is a file, not a database on a server.").arg(spec.fullName()));
    if (!validName(spec.databaseName))
        throw Error(tr("\"%1\" cannot be a database's name here: use Latin letters, digits and \"_\", starting with a "
                       "letter.").arg(spec.databaseName));
    const QString connection = QStringLiteral("profrost-server-admin-%1").arg(s_counter.fetchAndAddRelaxed(1));
    bool created = false;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(spec.dialect().driverName(), connection);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        if (!db.open()) {
            failure = tr("Cannot connect to the server %1:%2 as %3: %4")
                          .arg(spec.host)
                          .arg(spec.port)
                          .arg(spec.user, db.lastError().text());
        } else {
            {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
                q.addBindValue(spec.databaseName);
                if (!q.exec()) {
                    failure = q.lastError().text();
                } else if (!q.next()) {
                    // The name was checked by validName: nothing in it needs quoting.
                    QSqlQuery create(db);
                    if (create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(spec.databaseName)))
                        created = true;
                    else
                        failure = tr("Cannot create the database %1 on %2: %3")
                                      .arg(spec.databaseName, spec.host, create.lastError().text());
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty())
        throw Error(failure);
    return created;
}

std::unique_ptr<Database> ServerDatabase::initialise(const ConnectionSpec &spec, bool *created)
{
    const bool made = createIfMissing(spec);
    if (created)
        *created = made;
    auto db = std::make_unique<Database>(spec);
    db->open();
    ServerSecurity::install(*db);
    return db;
}

} // namespace profrost
