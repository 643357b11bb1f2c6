#include "io/ImportPipeline.h"

#include "io/ImportRejected.h"
#include "io/TableReader.h"
#include "store/BackupService.h"

using namespace Qt::StringLiterals;

namespace profrost {

Table ImportPipeline::read(const QString &path)
{
    try {
        return TableReader::read(path);
    } catch (const ImportRejected &) {
        throw;
    } catch (const Error &e) {
        // The readers explain what is wrong with the file; the message stays theirs.
        throw ImportRejected(e.message());
    }
}

HeaderMap ImportPipeline::mapHeader(const ImportColumns &kind, const Table &table, ImportPreview *preview)
{
    HeaderMap map(kind.columns(), table.header, kind.extraAliases());
    preview->totalRows = int(table.rows.size());
    for (const QString &target : map.unknownTargets())
        preview->errors.append({0, target, tr("no column is called \"%1\"; a column can be assigned only to a "
                                              "column of this kind of file").arg(target)});
    kind.checkHeader(map, &preview->errors);
    for (const int required : kind.requiredColumns()) {
        if (!map.has(required))
            preview->errors.append({0, map.canonical(required),
                                    tr("the file has no column \"%1\"; its columns are: %2")
                                        .arg(map.canonical(required), map.foundColumns())});
    }
    for (const QString &h : map.duplicateHeaders())
        preview->warnings.append({0, h, tr("the column is given twice; the first one is used")});
    for (const QString &h : map.unknownHeaders())
        preview->warnings.append({0, h, tr("unknown column, ignored")});
    return map;
}

bool ImportPipeline::settle(const RowCells &cells, ImportPreview *preview)
{
    if (!cells.issues.isEmpty()) {
        // A rejected row's warnings would only distract from what to correct.
        preview->errors.append(cells.issues);
        return false;
    }
    preview->warnings.append(cells.warnings);
    preview->updates.append(cells.updates);
    ++preview->validRows;
    return true;
}

void ImportPipeline::checkApplicable(const ImportPreview &preview)
{
    if (preview.fileRejected())
        throw ImportRejected(tr("The file cannot be imported: %1").arg(preview.rejection()));
}

void ImportPipeline::backup(Database &db)
{
    BackupService(db).backupNow(u"before-import"_s);
}

void ImportPipeline::Ticker::step()
{
    ++m_done;
    if (m_progress && (m_done % 200 == 0 || m_done == m_total) && !m_progress(m_done, m_total))
        throw Error(tr("The import was cancelled; nothing was changed."));
}

} // namespace profrost
