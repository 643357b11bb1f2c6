#pragma once

#include "io/HeaderMap.h"
#include "io/ImportReport.h"
#include "io/Table.h"

#include <QCoreApplication>
#include <QDate>

namespace profrost {

// One row of an import as the importer reads it, with the problems found:
// every importer names the row, the column and the reason the same way.
class RowCells
{
    Q_DECLARE_TR_FUNCTIONS(RowCells)
public:
    RowCells(const HeaderMap &map, const TableRow &row, QDate today) : m_map(map), m_row(row), m_today(today) {}

    QString text(int column) const { return m_map.cell(m_row, column); }
    bool has(int column) const { return m_map.has(column); }
    QString canonical(int column) const { return m_map.canonical(column); }
    int row() const { return m_row.sourceRow; }
    const HeaderMap &map() const { return m_map; }
    const TableRow &tableRow() const { return m_row; }
    void fail(int column, const QString &reason) { issues.append({m_row.sourceRow, m_map.canonical(column), reason}); }
    void warn(int column, const QString &reason) { warnings.append({m_row.sourceRow, m_map.canonical(column), reason}); }
    // The date in the cell: invalid when empty; a problem when it cannot be read.
    QDate date(int column);
    // The same, and a problem when it lies after today (nothing is recorded
    // ahead of time).
    QDate pastDate(int column);

    QList<RowIssue> issues;   // the row is rejected when any
    QList<RowIssue> warnings; // accepted, but the user should know
    QList<RowIssue> updates;  // what the row changes in an existing record (ImportPreview::updates)

private:
    const HeaderMap &m_map;
    const TableRow &m_row;
    QDate m_today;
};

} // namespace profrost
