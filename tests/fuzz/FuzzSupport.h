#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace profrost::fuzz {

// Qt's SQL drivers and codecs expect an application object; one for the
// whole run, created before the first input.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "profrost-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

// The input as bytes; fromRawData would not copy, but the readers may keep
// the array, so a real copy keeps ASan's view of the input honest.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace profrost::fuzz
