#include "shell/DatabaseTransfer.h"

#include "shell/ServerConnectDialog.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/ServerDatabase.h"
#include "util/Error.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace profrost {


bool DatabaseTransfer::copyWithProgress(QWidget *parent, Database &from, Database &to, bool replace, QString *summary)
{
    QProgressDialog progress(tr("Copying the database..."), tr("Cancel"), 0, 1, parent);
    progress.setObjectName(u"transferProgress"_s);
    progress.setWindowTitle(tr("Copying the database"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    try {
        const QList<DatabaseCopy::TableCount> counts =
            DatabaseCopy::copy(from, to, replace, [&progress](int done, int total) {
                progress.setMaximum(total);
                progress.setValue(done);
                progress.setLabelText(tr("Copying the database: table %1 of %2...").arg(done).arg(total));
                QApplication::processEvents();
                return !progress.wasCanceled();
            });
        qint64 rows = 0;
        for (const DatabaseCopy::TableCount &c : counts)
            rows += c.target;
        if (summary)
            *summary = tr("%1 rows of %2 tables copied from %3 to %4; every table's rows agree.")
                           .arg(rows)
                           .arg(counts.size())
                           .arg(from.connectionSpec().fullName(), to.connectionSpec().fullName());
        return true;
    } catch (const Error &e) {
        progress.close();
        QMessageBox::warning(parent, tr("Copying the database"), e.message());
        return false;
    }
}

std::optional<ConnectionSpec> DatabaseTransfer::pushToServer(QWidget *parent, Database &file)
{
    ServerConnectDialog dialog(parent);
    dialog.setWindowTitle(tr("Move the database to a server"));
    std::unique_ptr<Database> server;
    while (!server) {
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            server = ServerDatabase::initialise(dialog.spec());
            QApplication::restoreOverrideCursor();
        } catch (const Error &e) {
            QApplication::restoreOverrideCursor();
            dialog.setMessage(e.message()); // and again, with the server's words
        }
    }
    bool replace = false;
    if (DatabaseCopy::holdsRegistry(*server)) {
        const auto answer = QMessageBox::question(
            parent, tr("Move the database to a server"),
            tr("%1 already holds a registry. Replace it with the registry of %2? Its users and audit log stay.")
                .arg(server->connectionSpec().fullName(), file.connectionSpec().shortName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return std::nullopt;
        replace = true;
    }
    QString summary;
    if (!copyWithProgress(parent, file, *server, replace, &summary))
        return std::nullopt;
    ServerConnectDialog::remember(server->connectionSpec());
    const auto answer = QMessageBox::question(parent, tr("Move the database to a server"),
                                              summary + u"\n\n"_s + tr("Work on the server now?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    return server->connectionSpec();
}

QString DatabaseTransfer::pullToFile(QWidget *parent, Database &server)
{
    QSettings settings;
    const QString dir = settings.value(u"transfer/dir"_s, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save a copy of the server's database"),
                                                      QDir(dir).filePath(server.connectionSpec().databaseName + u".sqlite"_s),
                                                      tr("ProfRost database (*.sqlite *.profrost)"));
    if (path.isEmpty())
        return QString();
    settings.setValue(u"transfer/dir"_s, QFileInfo(path).absolutePath());
    // The file dialog has asked before an existing file is replaced.
    const bool replace = QFile::exists(path);
    std::unique_ptr<Database> file;
    try {
        file = std::make_unique<Database>(path);
        file->open();
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Save a copy of the server's database"), e.message());
        return QString();
    }
    QString summary;
    if (!copyWithProgress(parent, server, *file, replace, &summary))
        return QString();
    const auto answer = QMessageBox::question(parent, tr("Save a copy of the server's database"),
                                              summary + u"\n\n"_s + tr("Open the file now?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes ? path : QString();
}

} // namespace profrost
