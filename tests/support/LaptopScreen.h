#pragma once

// The offscreen platform's screen as the commonest school laptop's,
// 1366×768, for the UI tests and the screenshot tool: a window or dialog
// placed, sized and clamped by the program sees the screen a methodist has
// (Qt's offscreen default is 800×600). Call before QApplication is made.

#include <QByteArray>
#include <QDir>
#include <QSaveFile>
#include <QString>

namespace profrost::test {

inline void useLaptopScreen()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && platform != "offscreen")
        return; // a real display, or offscreen configured by the caller
    const QString path = QDir::temp().filePath(QStringLiteral("profrost-laptop-screen.json"));
    // CTest runs test processes side by side, each writing this file: the
    // file is replaced whole (QSaveFile renames), never seen half-written
    // («Platform config file parse error» aborted a test that read it then).
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,)"
                   R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    }
    if (file.isOpen() && file.commit()) {
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
    } else if (platform.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

} // namespace profrost::test
