#pragma once

#include "documents/DocumentStyle.h"
#include "planning/AttestationReminders.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

// What the list of expiring categories prints (AttestationReports::expiringData).
struct ExpiringCategoriesDocumentData
{
    QDate at;        // the reference date
    int months = 6;  // the window after it
    QString issuer;
    QList<ExpiringCategory> items; // AttestationStatus::expiring
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// «Список педагогических работников, у которых истекает срок действия
// квалификационной категории», landscape: № п/п | Ф.И.О. | ОО | Должность |
// Категория | Дата присвоения | Действительна до | Примечание; the lapsed
// first under their own heading, then those expiring by date; the count
// of each and the signature at the end.
class ExpiringCategoriesDocument
{
    Q_DECLARE_TR_FUNCTIONS(ExpiringCategoriesDocument)
public:
    static QString title();
    static std::unique_ptr<QTextDocument> build(const ExpiringCategoriesDocumentData &data);

    // The same list as a spreadsheet: columns (Russian, as the other
    // exports) and rows; written to .xlsx or .csv (TableWriter), throwing
    // Error naming the file. Here rather than in planning/, which computes
    // the list and writes no files.
    static QStringList tableHeader();
    static QList<QStringList> tableCells(const QList<ExpiringCategory> &items);
    static void writeTable(const QString &path, const QList<ExpiringCategory> &items);
};

} // namespace profrost
