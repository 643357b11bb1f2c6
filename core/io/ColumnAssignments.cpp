#include "io/ColumnAssignments.h"

#include "store/SettingsRepository.h"
#include "util/TextNormalize.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace profrost {

QString ColumnAssignments::layoutName(const QString &header)
{
    return normalizedKey(header).toCaseFolded();
}

QStringList ColumnAssignments::layout(const QStringList &header)
{
    QStringList out;
    for (const QString &h : header) {
        const QString key = layoutName(h);
        if (!key.isEmpty())
            out << key;
    }
    out.sort();
    return out;
}

QString ColumnAssignments::settingKey(const QString &kind, const QStringList &layout)
{
    // A digest keeps the key short (the key column holds 64 characters); the
    // layout itself is stored in the value and compared on recall.
    const QByteArray digest =
        QCryptographicHash::hash(layout.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return u"import_columns."_s + kind + u'.' + QString::fromLatin1(digest);
}

QHash<QString, QString> ColumnAssignments::recall(const QString &kind, const QStringList &header) const
{
    if (kind.isEmpty())
        return {};
    const QStringList key = layout(header);
    const QString stored = SettingsRepository(m_db).value(settingKey(kind, key));
    const QJsonObject object = QJsonDocument::fromJson(stored.toUtf8()).object();
    QStringList storedLayout;
    const QJsonArray layoutArray = object.value(u"layout"_s).toArray();
    for (const QJsonValue v : layoutArray)
        storedLayout << v.toString();
    if (storedLayout != key)
        return {}; // nothing stored, unreadable, or another layout with the same digest
    // Keyed by the headers as this file writes them («ДОЛЖНОСТЬ …» where the
    // earlier file had «Должность …»), which is what the preview shows.
    QHash<QString, QString> byLayoutName;
    const QJsonObject columns = object.value(u"columns"_s).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (!it.value().toString().isEmpty())
            byLayoutName.insert(layoutName(it.key()), it.value().toString());
    }
    QHash<QString, QString> out;
    for (const QString &h : header) {
        const auto it = byLayoutName.constFind(layoutName(h));
        if (it != byLayoutName.cend())
            out.insert(h, *it);
    }
    return out;
}

void ColumnAssignments::remember(const QString &kind, const QStringList &header,
                                 const QHash<QString, QString> &assignment)
{
    if (kind.isEmpty())
        return;
    const QStringList key = layout(header);
    QSet<QString> present;
    for (const QString &h : header)
        present.insert(layoutName(h));
    QJsonObject columns;
    for (auto it = assignment.cbegin(); it != assignment.cend(); ++it) {
        if (present.contains(layoutName(it.key())) && !it.value().trimmed().isEmpty())
            columns.insert(it.key().trimmed(), it.value().trimmed());
    }
    SettingsRepository settings(m_db);
    if (columns.isEmpty()) {
        settings.remove(settingKey(kind, key));
        return;
    }
    const QJsonObject value{{u"layout"_s, QJsonArray::fromStringList(key)}, {u"columns"_s, columns}};
    settings.setValue(settingKey(kind, key), QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

QStringList ColumnAssignments::unrecognised(const QList<ColumnSpec> &specs, const QStringList &header)
{
    return HeaderMap(specs, header).unknownHeaders();
}

QStringList ColumnAssignments::unmatchedFields(const QList<ColumnSpec> &specs, const QStringList &header)
{
    const HeaderMap map(specs, header);
    QStringList out;
    for (const ColumnSpec &spec : specs) {
        if (!map.has(spec.id))
            out << spec.canonical;
    }
    return out;
}

} // namespace profrost
