#pragma once

#include "store/TeacherRepository.h"

#include <QCoreApplication>

namespace profrost {

// The teachers table as a spreadsheet whose headers the importer reads back.
class TeacherExport
{
    Q_DECLARE_TR_FUNCTIONS(TeacherExport)
public:
    static QStringList header();
    static QList<QStringList> cells(const QList<TeacherRow> &rows);
    // .xlsx or .csv by the extension; throws profrost::Error.
    static void write(const QString &path, const QList<TeacherRow> &rows);
};

} // namespace profrost
