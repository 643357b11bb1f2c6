#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/LaptopScreen.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Without a display the application would abort, catch_discover_tests
    // would register nothing and ctest would pass with zero tests.
    // Offscreen, on a 1366×768 screen (the layout checks assume it).
    profrost::test::useLaptopScreen();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ProfRostTests"));
    QApplication::setApplicationName(QStringLiteral("ProfRostUiTests"));
    // Settings and data folders of tests stay apart from the user's.
    QStandardPaths::setTestModeEnabled(true);
    // And apart from each other's: CTest runs the test cases as processes
    // side by side, and one's remembered tab, year or column would reach
    // another through a shared file (a plan-graph read for the wrong year).
    // The settings live as long as this process: across its test cases
    // when the binary runs them all, as before.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
