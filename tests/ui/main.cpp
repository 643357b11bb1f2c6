#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/LaptopScreen.h"

#include <QApplication>
#include <QStandardPaths>

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
    return Catch::Session().run(argc, argv);
}
