#pragma once

#include "util/TextNormalize.h"

#include <QList>
#include <QString>

#include <cstddef>
#include <initializer_list>

namespace profrost::codetable {

// The words of an enum in one table: the code stored in the database, the
// Russian name printed and typed, and other spellings people use. The
// domain's *Text classes answer from their tables through these helpers.
template <typename E>
struct Entry
{
    E value;
    const char16_t *code;
    const char16_t *russian;
    std::initializer_list<const char16_t *> aliases;
};

template <typename E, std::size_t N>
QString codeOf(const Entry<E> (&table)[N], E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return QString::fromUtf16(e.code);
    }
    return {};
}

template <typename E, std::size_t N>
QString russianOf(const Entry<E> (&table)[N], E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return QString::fromUtf16(e.russian);
    }
    return {};
}

template <typename E, std::size_t N>
bool fromCodeOf(const Entry<E> (&table)[N], const QString &code, E *out)
{
    for (const auto &e : table) {
        if (code == QString::fromUtf16(e.code)) {
            *out = e.value;
            return true;
        }
    }
    return false;
}

template <typename E, std::size_t N>
bool parseOf(const Entry<E> (&table)[N], const QString &text, E *out)
{
    const QString key = normalizedKey(text);
    for (const auto &e : table) {
        bool match = key == normalizedKey(QString::fromUtf16(e.russian)) || key == QString::fromUtf16(e.code);
        for (const char16_t *alias : e.aliases)
            match = match || key == normalizedKey(QString::fromUtf16(alias));
        if (match) {
            *out = e.value;
            return true;
        }
    }
    return false;
}

template <typename E, std::size_t N>
QList<E> valuesOf(const Entry<E> (&table)[N])
{
    QList<E> out;
    for (const auto &e : table)
        out << e.value;
    return out;
}

} // namespace profrost::codetable
