#include "common/SheetExport.h"

#include "io/TableWriter.h"
#include "util/Error.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace profrost {

namespace {

const QString kFolderKey = QStringLiteral("paths/export");

} // namespace

QString SheetExport::askPath(QWidget *parent, const QString &title, const QString &fileName)
{
    const QString dir =
        QSettings().value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    return QFileDialog::getSaveFileName(parent, title, QDir(dir).filePath(fileName),
                                        tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"));
}

bool SheetExport::write(QWidget *parent, const QString &title, const QString &path, const std::function<void()> &write)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        write();
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, title, e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    return true;
}

bool SheetExport::writeSheet(QWidget *parent, const QString &title, const QString &path,
                             const std::function<TableSheet()> &sheet)
{
    return write(parent, title, path, [&] {
        const TableSheet made = sheet();
        TableWriter::write(path, made.header, made.rows, made.name, made.fills);
    });
}

} // namespace profrost
