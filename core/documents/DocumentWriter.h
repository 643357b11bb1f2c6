#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace profrost {

// Writes a document built by a builder of core/documents to PDF or ODT, on
// the page layout it was built for (DocumentStyle::pageLayout): A4, the
// official margins, page numbers centred in the top margin from page 2.
// Files appear whole or not at all (written aside, then renamed into place).
// Every failure throws profrost::Error naming the file.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)
public:
    // Returns the number of pages written. Needs a QGuiApplication (fonts).
    static int writePdf(const QTextDocument &doc, const QString &path);
    // Needs no QGuiApplication.
    static void writeOdt(const QTextDocument &doc, const QString &path);
    // By the file's extension: .pdf or .odt (any case).
    static void write(const QTextDocument &doc, const QString &path);
    static bool isSupported(const QString &path);

    // Paints every page on `device` (a QPdfWriter, or a QPrinter of the
    // preview), laid out on the device's page layout; returns the pages.
    static int print(const QTextDocument &doc, QPagedPaintDevice &device);
    // The pages the document takes when printed (A4, its orientation).
    static int pageCount(const QTextDocument &doc);
};

} // namespace profrost
