#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace profrost {

struct TableSheet;

// The way lists go to Excel: a save dialog in the folder used last, the
// writing under a wait cursor, a message naming the file when it fails.
class SheetExport
{
    Q_DECLARE_TR_FUNCTIONS(SheetExport)
public:
    // The file chosen (.xlsx or .csv), or empty when cancelled.
    static QString askPath(QWidget *parent, const QString &title, const QString &fileName);
    // Runs `write` (which throws profrost::Error); false after showing the error.
    static bool write(QWidget *parent, const QString &title, const QString &path, const std::function<void()> &write);
    // write() of the one table `sheet` makes (it reads the store, so it may
    // throw too): the way a list whose sheet core builds goes to Excel.
    static bool writeSheet(QWidget *parent, const QString &title, const QString &path,
                           const std::function<TableSheet()> &sheet);
};

} // namespace profrost
