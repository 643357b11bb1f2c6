#pragma once

#include "io/Table.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace profrost {

// The columns an importer understands: a canonical Russian header and the
// other ways people write it. Matching ignores case, spaces, punctuation and ё/е.
struct ColumnSpec
{
    int id;
    QString canonical;
    QStringList aliases;
};

class HeaderMap
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMap)
public:
    // `extraAliases`: the caller's own names, «header in the file» →
    // «canonical header» (or any alias of it); they win over the automatic
    // matching, so a column the program would not guess can still be used.
    HeaderMap(const QList<ColumnSpec> &specs, const QStringList &header,
              const QHash<QString, QString> &extraAliases = {});

    bool has(int id) const { return m_index.contains(id); }
    // The cell of column `id` in `row`, or an empty string when absent.
    QString cell(const TableRow &row, int id) const;
    QString canonical(int id) const;
    // Headers of the file that no spec matched (reported as a warning).
    const QStringList &unknownHeaders() const { return m_unknown; }
    // A column given twice ("ФИО" and "Ф.И.О.").
    const QStringList &duplicateHeaders() const { return m_duplicates; }
    // Targets of extra aliases that name no column of this kind of file.
    const QStringList &unknownTargets() const { return m_unknownTargets; }
    // «"ФИО", "Школа", …»: the file's columns, for a message about a missing one.
    QString foundColumns() const;

private:
    QList<ColumnSpec> m_specs;
    QHash<int, int> m_index; // column id -> position in the file
    QStringList m_unknown;
    QStringList m_duplicates;
    QStringList m_unknownTargets;
    QStringList m_header;
};

} // namespace profrost
