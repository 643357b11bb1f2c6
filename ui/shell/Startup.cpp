#include "shell/Startup.h"

#include "shell/ServerConnectDialog.h"

#include "demo/DemoGenerator.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <optional>

namespace profrost {

QString Startup::databasePath()
{
    const QString remembered = QSettings().value(QStringLiteral("database/path")).toString();
    if (!remembered.isEmpty())
        return remembered;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("profrost.sqlite"));
}

void Startup::rememberDatabasePath(const QString &path)
{
    // A server's URL is kept as it is (it names no file).
    QSettings().setValue(QStringLiteral("database/path"),
                         ConnectionSpec::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath());
}

std::unique_ptr<Database> Startup::openInteractive(QString path, bool demoIfMissing, QString *note)
{
    std::optional<ConnectionSpec> typed; // a server's connection as the user completed it (the password)
    for (;;) {
        const ConnectionSpec spec = typed ? *typed : ConnectionSpec::fromText(path);
        const bool fresh = spec.isFile() && !QFileInfo::exists(path);
        auto db = std::make_unique<Database>(spec);
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            // The integrity check reads the whole file (seconds for a region):
            // the main window runs it on a worker thread after its first frame,
            // with the daily backup.
            Database::OpenOptions options;
            options.quickCheck = false;
            db->open(options);
            if (fresh && demoIfMissing) {
                DemoOptions demo;
                demo.today = Clock::instance().today();
                const DemoSummary summary = DemoGenerator::generate(*db, demo);
                if (note)
                    *note = tr("A demo database was created: %1 organisations, %2 teachers. "
                               "Use File → Open database to work with your own.")
                                .arg(summary.organisations)
                                .arg(summary.teachers);
            }
            QApplication::restoreOverrideCursor();
            rememberDatabasePath(spec.isFile() ? path : spec.url()); // never a password
            ServerConnectDialog::remember(spec);
            return db;
        } catch (const Error &e) {
            QApplication::restoreOverrideCursor();
            if (!spec.isFile()) {
                // The server asks for a password, or is not there: the
                // connection's dialog, with its words, to try again.
                ServerConnectDialog dialog(nullptr, e.message());
                dialog.setSpec(spec);
                if (dialog.exec() == QDialog::Accepted) {
                    typed = dialog.spec();
                    continue;
                }
                typed.reset();
            }
            QMessageBox box(QMessageBox::Critical, tr("ProfRost"), e.message());
            box.setInformativeText(tr("The file was not changed. Open another database, start a new one, or quit."));
            QPushButton *other = box.addButton(tr("Open another..."), QMessageBox::AcceptRole);
            QPushButton *create = box.addButton(tr("New database..."), QMessageBox::ActionRole);
            box.addButton(QMessageBox::Close);
            box.exec();
            QString next;
            if (box.clickedButton() == other)
                next = QFileDialog::getOpenFileName(nullptr, tr("Open database"), QFileInfo(path).absolutePath(),
                                                    tr("ProfRost database (*.sqlite *.profrost);;All files (*)"));
            else if (box.clickedButton() == create)
                next = QFileDialog::getSaveFileName(nullptr, tr("New database"), QFileInfo(path).absolutePath(),
                                                    tr("ProfRost database (*.sqlite)"));
            if (next.isEmpty())
                return nullptr;
            path = next;
            typed.reset();
            demoIfMissing = false;
        }
    }
}

} // namespace profrost
