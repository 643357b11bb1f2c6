#include "cli/CliCommands.h"

#include "util/Clock.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // Printed documents (`report`) need a QGuiApplication: Qt lays out text
    // only with one. The CLI shows no window, so on X11 / Wayland systems it
    // takes the offscreen platform and needs no display. Every other command
    // stays a plain QCoreApplication: no platform plugin to load.
    std::unique_ptr<QCoreApplication> app;
    // The command is the first argument other than --read-only (which may come first).
    const int command = argc > 1 && qstrcmp(argv[1], "--read-only") == 0 ? 2 : 1;
    if (argc > command && qstrcmp(argv[command], "report") == 0) {
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("profrost-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ProfRost"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROFROST_VERSION));
    profrost::installTranslations(*app, qEnvironmentVariable("PROFROST_LANG"));
    // PROFROST_TODAY=yyyy-mm-dd runs every command as on that day: a demo
    // district and its printed forms come out the same whatever the date
    // (the tests that read the forms' pages rely on it).
    static std::unique_ptr<profrost::FixedClock> fixed;
    if (const QDate day = QDate::fromString(qEnvironmentVariable("PROFROST_TODAY"), Qt::ISODate); day.isValid()) {
        fixed = std::make_unique<profrost::FixedClock>(day);
        profrost::Clock::install(fixed.get());
    }
    return profrost::cli::run(QCoreApplication::arguments());
}
