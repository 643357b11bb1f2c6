#pragma once

#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace profrost {

class Database;

// File → «Перенести базу на сервер...» and «Сохранить копию с сервера в
// файл...»: the whole database moved (store/DatabaseCopy) with a progress
// dialog that can cancel, each table's rows compared before the commit;
// a receiving registry is replaced only when the user says so. The GUI's
// `profrost-cli server push` and `server pull`.
class DatabaseTransfer
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseTransfer)
public:
    // Asks for the server's database (made and set up when missing) and
    // copies the open file into it. The server's database when the user
    // then wants to work there, else nothing.
    static std::optional<ConnectionSpec> pushToServer(QWidget *parent, Database &file);
    // Asks for a file and copies the open server's database into it. The
    // file when the user then wants to work on it, else empty.
    static QString pullToFile(QWidget *parent, Database &server);
    // The copy itself under a progress dialog: true when done (a failure or
    // a cancel has been shown and changed nothing). `summary` is set to
    // "N rows of M tables ...".
    static bool copyWithProgress(QWidget *parent, Database &from, Database &to, bool replace, QString *summary);
};

} // namespace profrost
