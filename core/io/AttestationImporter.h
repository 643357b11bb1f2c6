#pragma once

#include "domain/Attestation.h"
#include "io/HeaderMap.h"
#include "io/ImportReport.h"
#include "io/Table.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace profrost {

class Database;

// One valid row of an attestation-history file.
struct AttestationImportRecord
{
    int row = 0;
    QString teacherName;      // as the registry spells it, for messages
    AttestationRecord record; // teacherId resolved in the preview (the import never creates teachers)
};

// Attestation history from CSV/XLSX, the pipeline of every import: parse →
// validate each row → preview → apply in one transaction. Columns: the
// teacher (СНИЛС, or ФИО / Фамилия + Имя + Отчество with Дата рождения),
// Категория (высшая, первая, педагог-методист, педагог-наставник or СЗД),
// Дата присвоения (the decision), Номер приказа, optional Дата приказа and
// Кем присвоена (регион / ОО; by default the region for a category, the
// employer for СЗД). A record is identified by teacher, kind and decision
// date, so importing the same file twice changes nothing; a row that adds
// an order number or corrects the category updates the record.
class AttestationImporter
{
    Q_DECLARE_TR_FUNCTIONS(AttestationImporter)
public:
    enum Column { FullName, Surname, Name, Patronymic, BirthDate, Snils, CategoryColumn, Granted, OrderNumber,
                  OrderDate, DecidedBy };
    static QList<ColumnSpec> columns();

    struct Preview
    {
        QList<AttestationImportRecord> records; // valid rows, in file order
        QList<RowIssue> errors;                 // rejected rows (and file-level problems with row 0)
        QList<RowIssue> warnings;               // accepted, but the user should know
        int totalRows = 0;
        bool fileRejected() const;              // a missing required column: nothing can be imported
    };
    using Progress = std::function<bool(int done, int total)>;

    // `today`: decisions and orders after it are refused.
    AttestationImporter(Database &db, QDate today);

    Preview preview(const Table &table) const;
    // Applies the valid rows in one transaction (each teacher's current
    // category follows the newest record); throws profrost::Error and leaves
    // the database untouched on failure or cancellation.
    ImportOutcome apply(const Preview &preview, const Progress &progress = {});

    // «высшая», «Первая квалификационная категория», «СЗД», «соответствие
    // занимаемой должности»; false for anything else (and for «нет»).
    static bool parseKind(const QString &text, AttestationKind *kind, Category *category);

private:
    Database &m_db;
    QDate m_today;
};

} // namespace profrost
