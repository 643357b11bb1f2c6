#include "io/TableReader.h"

#include "io/CsvReader.h"
#include "io/XlsxReader.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

bool isZip(const QByteArray &head) { return head.startsWith("PK\x03\x04"); }

// OLE compound document: Excel 97-2003 .xls (or a password-protected .xlsx).
bool isOle(const QByteArray &head) { return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"); }

[[noreturn]] void throwOldExcel(const QString &fileName)
{
    throw Error(TableReader::tr("%1 is an old Excel 97-2003 (.xls) file, which ProfRost does not read. "
                                "Open it in Excel or LibreOffice Calc and save it as .xlsx or .csv.")
                    .arg(fileName));
}

} // namespace

Table TableReader::read(const QString &path)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists())
        throw Error(tr("File %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        throw Error(tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path)));

    const QString suffix = info.suffix().toLower();
    if (suffix == u"xls")
        throwOldExcel(fileName);
    const bool text = suffix == u"csv" || suffix == u"txt";
    if (!text && suffix != u"xlsx") {
        throw Error(tr("%1: ProfRost reads .xlsx and .csv tables only. Save the table in one of "
                       "these formats.")
                        .arg(fileName));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.read(8);
    file.close();

    if (suffix == u"xlsx")
        return XlsxReader::read(path); // it explains .xls and encrypted files itself
    // A workbook renamed to .csv by hand: read what it really is.
    if (isZip(head))
        return XlsxReader::read(path);
    if (isOle(head))
        throwOldExcel(fileName);
    return CsvReader::read(path);
}

} // namespace profrost
