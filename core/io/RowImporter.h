#pragma once

#include "io/ImportColumns.h"
#include "io/ImportPipeline.h"
#include "io/ImportPreview.h"
#include "io/RowCells.h"
#include "io/Table.h"
#include "store/Database.h"

#include <QDate>

namespace profrost {

// Whether apply() first keeps a copy of the database (the import dialog
// does: a large import cannot be undone step by step).
enum class ImportBackup { None, BeforeApply };

// One kind of import over the shared pipeline. A subclass gives its column
// map (ImportColumns), validates a row into a Record — problems and warnings
// go to the RowCells, naming row, column and reason — and applies one valid
// record; reading, header checks, the preview, progress, cancellation and
// the one all-or-nothing transaction are the same for every kind.
template <typename Record>
class RowImporter : public ImportColumns
{
public:
    using Preview = ImportPlan<Record>;

    // `today`: the reference date of the rules (dates after it are refused).
    RowImporter(Database &db, QDate today) : m_db(db), m_today(today) {}

    Preview preview(const Table &table)
    {
        Preview out;
        m_access = UserAccess::current(m_db);
        if (!ImportPipeline::checkRole(m_access, editedArea(), &out))
            return out;
        const HeaderMap map = ImportPipeline::mapHeader(*this, table, &out);
        if (out.fileRejected())
            return out;
        m_rowCount = table.rows.size();
        beginPreview();
        const QList<ImportPipeline::CellLimit> limits = ImportPipeline::cellLimits(*this);
        out.records.reserve(table.rows.size());
        for (const TableRow &row : table.rows) {
            RowCells cells(map, row, m_today);
            // Over-long values and control characters reject the row before
            // the importer reads it: none of it can reach a key or the store.
            ImportPipeline::checkCells(limits, &cells);
            if (!cells.issues.isEmpty()) {
                ImportPipeline::settle(cells, &out);
                continue;
            }
            Record record = validate(cells);
            if (ImportPipeline::settle(cells, &out))
                out.records.append(std::move(record));
        }
        return out;
    }

    // Applies the valid rows in one transaction; throws ImportRejected for a
    // rejected file, profrost::Error on failure or cancellation, and leaves
    // the database untouched then.
    ImportOutcome apply(const Preview &preview, const ImportProgress &progress = {},
                        ImportBackup backup = ImportBackup::None)
    {
        ImportPipeline::checkApplicable(preview);
        if (backup == ImportBackup::BeforeApply)
            ImportPipeline::backup(m_db);
        ImportOutcome outcome;
        Transaction tx(m_db);
        m_rowCount = preview.records.size();
        beginApply();
        // endApply() however the loop ends, before the transaction ends.
        const EndApply end{this};
        ImportPipeline::Ticker ticker(progress, int(preview.records.size()));
        for (const Record &record : preview.records) {
            applyRow(record, &outcome);
            ticker.step();
        }
        finishApply(&outcome);
        tx.commit();
        return outcome;
    }

protected:
    // What the rows write, for the role's check: the whole file is refused
    // when the user's role may not change it.
    virtual UserAccess::Area editedArea() const = 0;
    // Before the first row: load what validation compares with, forget the
    // rows of an earlier preview.
    virtual void beginPreview() {}
    // The row's record; it is rejected when cells.issues is not empty.
    virtual Record validate(RowCells &cells) = 0;
    // Inside the transaction, before the first record.
    virtual void beginApply() {}
    virtual void applyRow(const Record &record, ImportOutcome *outcome) = 0;
    // Inside the transaction, after the last record.
    virtual void finishApply(ImportOutcome *outcome) { Q_UNUSED(outcome); }
    // After the commit, or on a failure before the rollback: lets go of what
    // beginApply() took (statements prepared in it). Must not throw.
    virtual void endApply() {}

    Database &m_db;
    QDate m_today;
    // The table's rows in a preview, the records in an apply: what the
    // importer's hashes are reserved to before the first row.
    qsizetype m_rowCount = 0;
    // Who imports (UserAccess::current at the preview): an importer limits
    // its rows to the role's reach, as the server will.
    UserAccess m_access = UserAccess::administrator();

private:
    struct EndApply
    {
        RowImporter *importer;
        ~EndApply() { importer->endApply(); }
    };
};

} // namespace profrost
