#include "cli/CliCommands.h"

#include "util/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("profrost-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ProfRost"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROFROST_VERSION));
    profrost::installTranslations(app, qEnvironmentVariable("PROFROST_LANG"));
    return profrost::cli::run(QCoreApplication::arguments());
}
