#include "io/HeaderMap.h"

#include "util/TextNormalize.h"

namespace profrost {

HeaderMap::HeaderMap(const QList<ColumnSpec> &specs, const QStringList &header) : m_specs(specs)
{
    QHash<QString, int> byKey;
    for (const ColumnSpec &spec : specs) {
        byKey.insert(compactKey(spec.canonical), spec.id);
        for (const QString &alias : spec.aliases)
            byKey.insert(compactKey(alias), spec.id);
    }
    for (int i = 0; i < header.size(); ++i) {
        const QString key = compactKey(header.at(i));
        if (key.isEmpty())
            continue;
        const auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            m_unknown << header.at(i);
        } else if (m_index.contains(*it)) {
            m_duplicates << header.at(i);
        } else {
            m_index.insert(*it, i);
        }
    }
}

QString HeaderMap::cell(const TableRow &row, int id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend() || *it >= row.cells.size())
        return {};
    return row.cells.at(*it).trimmed();
}

QString HeaderMap::canonical(int id) const
{
    for (const ColumnSpec &spec : m_specs) {
        if (spec.id == id)
            return spec.canonical;
    }
    return {};
}

} // namespace profrost
