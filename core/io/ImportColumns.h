#pragma once

#include "io/HeaderMap.h"
#include "io/ImportReport.h"

#include <QHash>
#include <QList>

namespace profrost {

// The column map of one kind of import file: the columns it understands
// (canonical headers and aliases), the ones it cannot do without, and any
// file-level check beyond them. The pipeline turns a missing column into the
// file's rejection, the same way for every importer.
class ImportColumns
{
public:
    virtual ~ImportColumns() = default;

    virtual QList<ColumnSpec> columns() const = 0;
    // The kind of file as the CLI names it («teachers», «courses», …): the
    // user's assignment of columns is remembered per kind (ColumnAssignments).
    // Empty: nothing is remembered.
    virtual QString importKind() const { return {}; }
    // Each missing one rejects the file with «the file has no column "…"».
    virtual QList<int> requiredColumns() const { return {}; }
    // Columns that hold a person's name (ФИО, Фамилия, Имя, Отчество): the
    // pipeline allows them ImportPipeline::kMaxNameLength characters instead
    // of kMaxTextLength.
    virtual QList<int> nameColumns() const { return {}; }
    // Checks that need more than one column (a person named by ФИО or by
    // Фамилия + Имя): append file-level issues (row 0) to `errors`.
    virtual void checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const
    {
        Q_UNUSED(map);
        Q_UNUSED(errors);
    }

    // The user's own names of columns, «header in the file» → «canonical
    // header» (CLI --map, the preview's column assignment); they win over the
    // built-in aliases. Kept for every later preview of this importer.
    void setExtraAliases(const QHash<QString, QString> &headerToCanonical) { m_extraAliases = headerToCanonical; }
    const QHash<QString, QString> &extraAliases() const { return m_extraAliases; }

private:
    QHash<QString, QString> m_extraAliases;
};

} // namespace profrost
