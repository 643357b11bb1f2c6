#pragma once

#include "store/ConnectionSpec.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace profrost {

// File → «Подключиться к серверу...»: where the shared database is (server,
// port, database, user) and the password, with the last connections to
// choose from. The password stays in memory for the connection only: the
// remembered connections are URLs without it (libpq's ~/.pgpass is the
// place for a password the user wants kept).
class ServerConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // `message`: why the dialog is shown again (the server's refusal), or empty.
    explicit ServerConnectDialog(QWidget *parent = nullptr, const QString &message = {});

    // What the user entered, the password included.
    ConnectionSpec spec() const;
    void setSpec(const ConnectionSpec &spec);
    void setMessage(const QString &message);

    // The remembered connections, latest first (URLs, no passwords).
    static QStringList recent();
    // Puts `spec` first among the remembered connections (at most eight).
    static void remember(const ConnectionSpec &spec);

    void accept() override;

private:
    void chooseRecent(int index);

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
};

} // namespace profrost
