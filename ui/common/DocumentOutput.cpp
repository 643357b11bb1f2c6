#include "common/DocumentOutput.h"

#include "common/ScreenFit.h"
#include "documents/DocumentStyle.h"
#include "documents/DocumentWriter.h"
#include "util/Error.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QThread>
#include <QUrl>

namespace profrost {

namespace {

const QString kFolderKey = QStringLiteral("paths/documents");

struct Written
{
    int pages = 0;
    QString error;
};

} // namespace

void DocumentOutput::output(QWidget *parent, const QString &title, const Builder &build, bool toFile)
{
    if (toFile)
        saveAs(parent, tr("Save the document"), fileName(title, QStringLiteral("pdf")), build);
    else
        preview(parent, title, build);
}

QString DocumentOutput::fileName(const QString &title, const QString &suffix)
{
    QString name = title;
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|]+"));
    name.replace(refused, QStringLiteral(" "));
    name = name.simplified();
    if (name.endsWith(u'.'))
        name.chop(1);
    return name + u'.' + suffix;
}

int DocumentOutput::write(QWidget *parent, const QString &path, const Builder &build)
{
    QProgressDialog progress(tr("Laying out the pages of %1...").arg(QFileInfo(path).fileName()), QString(), 0, 0,
                             parent);
    progress.setWindowTitle(tr("Writing the document"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);

    // The builder and the writer only touch the document they make: safe on
    // a worker thread (QPdfWriter paints on its own device).
    Written result;
    std::unique_ptr<QThread> worker(QThread::create([&result, build, path] {
        try {
            const std::unique_ptr<QTextDocument> doc = build();
            if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0) {
                result.pages = DocumentWriter::writePdf(*doc, path);
            } else {
                DocumentWriter::writeOdt(*doc, path);
                result.pages = DocumentWriter::pageCount(*doc);
            }
        } catch (const Error &e) {
            result.error = e.message();
        }
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    if (!worker->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    progress.close();
    if (!result.error.isEmpty())
        throw Error(result.error);
    return result.pages;
}

QString DocumentOutput::saveAs(QWidget *parent, const QString &title, const QString &suggestedName,
                               const Builder &build)
{
    QSettings settings;
    const QString folder =
        settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(suggestedName),
        tr("PDF document (*.pdf);;OpenDocument text for Word and LibreOffice (*.odt)"), &selected);
    if (path.isEmpty())
        return {};
    QString target = path;
    if (!DocumentWriter::isSupported(target)) // no extension typed: the chosen filter's
        target += selected.contains(QStringLiteral("*.odt")) ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    try {
        const int pages = write(parent, target, build);
        settings.setValue(kFolderKey, QFileInfo(target).absolutePath());
        QMessageBox box(QMessageBox::Information, title,
                        tr("%1 is written: %n page(s).", nullptr, pages).arg(QDir::toNativeSeparators(target)),
                        QMessageBox::NoButton, parent);
        QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(target));
        return target;
    } catch (const Error &e) {
        QMessageBox::warning(parent, title, e.message());
        return {};
    }
}

void DocumentOutput::preview(QWidget *parent, const QString &title, const Builder &build)
{
    std::unique_ptr<QTextDocument> doc;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            doc = build();
        } catch (const Error &e) {
            QApplication::restoreOverrideCursor();
            QMessageBox::warning(parent, title, e.message());
            return;
        }
        QApplication::restoreOverrideCursor();
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DocumentStyle::pageLayout(*doc));
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(title));
    ScreenFit::resize(&dialog, {1100, 800});
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&doc](QPrinter *target) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        DocumentWriter::print(*doc, *target);
        QApplication::restoreOverrideCursor();
    });
    dialog.exec();
}

} // namespace profrost
