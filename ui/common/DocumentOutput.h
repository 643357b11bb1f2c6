#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class QTextDocument;
class QWidget;

namespace profrost {

// The GUI's way to a printed document: print preview (and printing from it)
// or a PDF / ODT file. A builder makes the document from data captured by
// value, so that a long document (a plan-graph of 900 teachers takes
// seconds to lay out) is built and written on a worker thread while a
// progress dialog keeps the window alive.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
public:
    using Builder = std::function<std::unique_ptr<QTextDocument>()>;

    // The print preview on its page layout; Print there sends it to a printer.
    static void preview(QWidget *parent, const QString &title, const Builder &build);

    // Asks where to save (PDF or ODT, the folder remembered), writes on a
    // worker thread and reports in a message box; returns the file written
    // (empty when cancelled or failed).
    static QString saveAs(QWidget *parent, const QString &title, const QString &suggestedName, const Builder &build);

    // A print button's two ways (AssociationWidgets::printButton): the save
    // dialog («Save the document», a PDF named after the title) when toFile,
    // else the preview.
    static void output(QWidget *parent, const QString &title, const Builder &build, bool toFile);

    // Writes `path` (.pdf or .odt) on a worker thread with a progress
    // dialog; returns the pages written; throws profrost::Error on failure.
    static int write(QWidget *parent, const QString &path, const Builder &build);

    // A file name from a title: characters Windows refuses replaced.
    static QString fileName(const QString &title, const QString &suffix);
};

} // namespace profrost
