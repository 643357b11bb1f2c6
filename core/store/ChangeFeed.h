#pragma once

#include <QObject>
#include <QString>

namespace profrost {

class Database;

// Word from a server that another user changed the shared database: every
// table carries a statement trigger that NOTIFYs the channel
// "profrost_changed" with the table's name (ServerSecurity installs it;
// PostgreSQL sends one notice per table and transaction, at its commit).
// The feed LISTENs on the database's own connection and passes on what
// other connections changed; the program's own writes refresh its views
// already. A file has no feed (listening() is false).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // Creates or renews the triggers on every table (ServerSecurity::install
    // calls it; a server's database only).
    static void install(Database &db);
    // The channel the triggers notify.
    static QString channel();

    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;
    bool listening() const { return m_listening; }

signals:
    // Another connection committed a change to `table`.
    void changedElsewhere(const QString &table);

private:
    Database &m_db;
    bool m_listening = false;
    bool m_subscribed = false; // this feed made the subscription, and ends it
};

} // namespace profrost
