#include "io/HeaderMap.h"

#include "util/TextNormalize.h"

namespace profrost {

HeaderMap::HeaderMap(const QList<ColumnSpec> &specs, const QStringList &header,
                     const QHash<QString, QString> &extraAliases)
    : m_specs(specs), m_header(header)
{
    QHash<QString, int> byKey;
    for (const ColumnSpec &spec : specs) {
        byKey.insert(compactKey(spec.canonical), spec.id);
        for (const QString &alias : spec.aliases)
            byKey.insert(compactKey(alias), spec.id);
    }
    // Resolved against the built-in names only, then added: a mapping
    // cannot chain through another mapping.
    QHash<QString, int> extra;
    for (auto it = extraAliases.cbegin(); it != extraAliases.cend(); ++it) {
        const auto target = byKey.constFind(compactKey(it.value()));
        if (target == byKey.cend())
            m_unknownTargets << it.value();
        else if (!compactKey(it.key()).isEmpty())
            extra.insert(compactKey(it.key()), *target);
    }
    m_unknownTargets.sort();
    byKey.insert(extra);
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

QString HeaderMap::foundColumns() const
{
    QStringList quoted;
    for (const QString &h : m_header) {
        if (!h.trimmed().isEmpty())
            quoted << u'"' + h.simplified() + u'"';
    }
    return quoted.isEmpty() ? tr("none") : quoted.join(QStringLiteral(", "));
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
