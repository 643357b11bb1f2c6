#include "store/ChangeFeed.h"

#include "store/Database.h"
#include "store/Query.h"
#include "util/Error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <QSqlDriver>

namespace profrost {

namespace {

constexpr int kPollMs = 2000;

} // namespace

QString ChangeFeed::channel()
{
    return QStringLiteral("profrost_changed");
}

void ChangeFeed::install(Database &db)
{
    // One notice per table and transaction (PostgreSQL folds repeats),
    // whatever the number of rows; statement triggers, so an import of
    // 50,000 rows costs a handful.
    QSqlQuery q(db.connection());
    const auto run = [&q](const QString &sql) {
        if (!q.exec(sql))
            throw Error(tr("The server refused to set up the change notices: %1").arg(q.lastError().text()));
    };
    run(QStringLiteral("CREATE OR REPLACE FUNCTION profrost_notify() RETURNS trigger LANGUAGE plpgsql AS $f$"
                       " BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $f$")
            .arg(channel()));
    const QStringList tables = Query(db, db.dialect().tableNamesStatement()).texts();
    const QStringList notifying = Query(db, QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c"
                                                           " ON c.oid = t.tgrelid WHERE t.tgname = 'profrost_notify'"))
                                      .texts();
    for (const QString &table : tables) {
        // The log changes with every change already noticed.
        if (table != QStringLiteral("audit_log") && !notifying.contains(table))
            run(QStringLiteral("CREATE TRIGGER profrost_notify AFTER INSERT OR UPDATE OR DELETE ON %1"
                               " FOR EACH STATEMENT EXECUTE FUNCTION profrost_notify()")
                    .arg(table));
    }
}

ChangeFeed::ChangeFeed(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return;
    QSqlDriver *driver = db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    // Another feed on this connection may have subscribed already: then it
    // keeps the subscription, and this one only listens.
    m_subscribed = !driver->subscribedToNotifications().contains(channel()) && driver->subscribeToNotification(channel());
    m_listening = driver->subscribedToNotifications().contains(channel());
    // The driver hears a notice when the connection's socket has data, and
    // when a statement of ours reads it along; a window busy with its own
    // work can miss the first way (seen offscreen and under load). A trivial
    // statement now and then makes sure a notice waits no longer than that.
    if (m_listening) {
        auto *poll = new QTimer(this);
        poll->setInterval(kPollMs);
        connect(poll, &QTimer::timeout, this, [this] {
            // Also how a lost connection is noticed while the user does
            // nothing: Qt closes a connection whose socket the server shut.
            if (!m_db.checkConnection() || m_db.inTransaction())
                return;
            if (!QSqlQuery(m_db.connection()).exec(QStringLiteral("SELECT 1")))
                m_db.checkConnection();
        });
        poll->start();
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                // Our own commits come back too: the views that made them are current.
                if (name == channel() && source != QSqlDriver::SelfSource)
                    emit changedElsewhere(payload.toString());
            });
}

ChangeFeed::~ChangeFeed()
{
    if (m_subscribed && m_db.isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(channel());
}

} // namespace profrost
