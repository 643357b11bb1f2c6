#include "io/ImportPipeline.h"

#include "io/ImportRejected.h"
#include "io/TableReader.h"
#include "store/BackupService.h"
#include "util/QuotedValue.h"

#include <algorithm>

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

Table ImportPipeline::read(const QString &path, const QList<ColumnSpec> &specs)
{
    Table table = read(path);
    locateHeader(specs, &table);
    return table;
}

void ImportPipeline::locateHeader(const QList<ColumnSpec> &specs, Table *table)
{
    const auto named = [&specs](const QStringList &cells) {
        const HeaderMap map(specs, cells);
        return int(std::count_if(specs.cbegin(), specs.cend(), [&map](const ColumnSpec &s) { return map.has(s.id); }));
    };
    int best = -1; // index into rows; -1: the header as read
    int bestCount = std::max(1, named(table->header));
    for (int i = 0; i < std::min<int>(kHeaderSearchRows, int(table->rows.size())); ++i) {
        if (const int count = named(table->rows.at(i).cells); count > bestCount) {
            best = i;
            bestCount = count;
        }
    }
    if (best < 0)
        return;
    TableRow header = table->rows.at(best);
    while (!header.cells.isEmpty() && header.cells.constLast().isEmpty())
        header.cells.removeLast();
    table->header = header.cells;
    table->headerRow = header.sourceRow;
    table->titleRows += best + 1;
    table->rows.remove(0, best + 1);
    // The readers padded the rows to the old header's width.
    for (TableRow &row : table->rows) {
        while (row.cells.size() < table->header.size())
            row.cells.append(QString());
    }
}

HeaderMap ImportPipeline::mapHeader(const ImportColumns &kind, const Table &table, ImportPreview *preview)
{
    HeaderMap map(kind.columns(), table.header, kind.extraAliases());
    preview->totalRows = int(table.rows.size());
    // The rows above the header as the spreadsheet numbers them, the blank
    // ones between the title lines included: that is what the user sees.
    if (table.titleRows > 0 && table.headerRow == 2)
        preview->warnings.append({0, QString(),
                                  tr("the column headers are in row 2; row 1 above them is the file's title and is "
                                     "not imported")});
    else if (table.titleRows > 0)
        preview->warnings.append({0, QString(),
                                  tr("the column headers are in row %1; rows 1–%2 above them are the file's title and "
                                     "are not imported")
                                      .arg(table.headerRow)
                                      .arg(table.headerRow - 1)});
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
    for (const QString &h : map.unknownHeaders()) {
        // A column the kind refuses (a score of an area the dictionary lacks)
        // is not also «ignored»: the two messages would contradict.
        const bool refused = std::any_of(preview->errors.cbegin(), preview->errors.cend(),
                                         [&h](const RowIssue &e) { return e.row == 0 && e.column == h; });
        if (!refused)
            preview->warnings.append({0, h, tr("unknown column, ignored")});
    }
    return map;
}

QList<ImportPipeline::CellLimit> ImportPipeline::cellLimits(const ImportColumns &kind)
{
    const QList<int> names = kind.nameColumns();
    QList<CellLimit> limits;
    for (const ColumnSpec &spec : kind.columns())
        limits.append({spec.id, names.contains(spec.id) ? kMaxNameLength : kMaxTextLength});
    return limits;
}

void ImportPipeline::checkCells(const QList<CellLimit> &limits, RowCells *cells)
{
    for (const auto &[column, limit] : limits) {
        if (!cells->has(column))
            continue;
        const QString text = cells->text(column);
        if (text.size() > limit) {
            cells->fail(column, tr("the value has %1 characters, more than the %2 allowed: \"%3\"")
                                     .arg(text.size())
                                     .arg(limit)
                                     .arg(QuotedValue::of(text)));
        }
        // Line breaks are text (a multi-line cell); other control characters
        // come from broken or hostile files and would corrupt what is stored.
        const auto control = std::find_if(text.cbegin(), text.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control && c != u'\n' && c != u'\r';
        });
        if (control != text.cend()) {
            cells->fail(column, tr("the value holds an invisible control character (code %1): \"%2\"")
                                     .arg(control->unicode())
                                     .arg(QuotedValue::of(text)));
        }
    }
}

namespace {

QList<RowIssue> shortened(QList<RowIssue> issues, const QStringList &values)
{
    for (RowIssue &issue : issues)
        issue.reason = QuotedValue::shortenIn(issue.reason, values);
    return issues;
}

} // namespace

bool ImportPipeline::settle(const RowCells &cells, ImportPreview *preview)
{
    const QStringList &values = cells.tableRow().cells;
    if (!cells.issues.isEmpty()) {
        // A rejected row's warnings would only distract from what to correct.
        preview->errors.append(shortened(cells.issues, values));
        return false;
    }
    preview->warnings.append(shortened(cells.warnings, values));
    preview->updates.append(cells.updates);
    ++preview->validRows;
    return true;
}

bool ImportPipeline::checkRole(const UserAccess &access, UserAccess::Area area, ImportPreview *preview)
{
    if (access.mayEdit(area))
        return true;
    preview->errors.append({0, QString(),
                            tr("your role on the server (%1) may not change %2, so nothing of this file can be "
                               "imported; ask the centre's methodist or the administrator")
                                .arg(UserAccess::title(access.role()), UserAccess::areaTitle(area))});
    return false;
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
