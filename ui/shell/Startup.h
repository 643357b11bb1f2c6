#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace profrost {

class Database;

// Which database the program opens on start, and the first-start demo.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    // The remembered database, or the default file in the user's data folder.
    static QString databasePath();
    static void rememberDatabasePath(const QString &path);

    // Opens `path`; a missing file becomes a demo database (when `demoIfMissing`).
    // The file's integrity check and the daily backup are left to the main
    // window (MainWindow::Options::checkInBackground), after its first frame.
    // A file that cannot be used is reported and never changed: the user may
    // choose another file or start a new one. Returns nullptr when they quit.
    static std::unique_ptr<Database> openInteractive(QString path, bool demoIfMissing, QString *note);
};

} // namespace profrost
