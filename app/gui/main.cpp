#include "shell/MainWindow.h"
#include "documents/CentreSignatures.h"
#include "shell/CentreCardDialog.h"
#include "shell/SettingsDialog.h"
#include "shell/Startup.h"
#include "store/Database.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ProfRost"));
    QApplication::setOrganizationName(QStringLiteral("ProfRost"));
    QApplication::setApplicationVersion(QStringLiteral(PROFROST_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    // The users are Russian methodical centres: a machine without any
    // language set (the "C" locale) gets Russian too.
    QString language = profrost::SettingsDialog::language();
    if (language.isEmpty() && QLocale::system().language() == QLocale::C)
        language = QStringLiteral("ru");
    profrost::installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ProfRost: teachers' professional growth"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Open this database file."),
                                      QApplication::translate("main", "file"));
    parser.addOption(database);
    parser.process(app);

    const QString path = parser.isSet(database) ? parser.value(database) : profrost::Startup::databasePath();
    QString note;
    auto db = profrost::Startup::openInteractive(path, true, &note);
    if (!db)
        return 1;
    profrost::MainWindow::Options options;
    options.checkInBackground = true;
    options.askForCentreCard = true;
    // The user's own name signs the lists the centre's card assigns to nobody.
    profrost::CentreSignatures::setUserName(profrost::CentreCardDialog::userName());
    profrost::MainWindow window(std::move(db), options);
    // For the benchmark (tests/bench): print the time to the first frame and quit.
    if (qEnvironmentVariableIsSet("PROFROST_EXIT_AFTER_FIRST_FRAME")) {
        QObject::connect(&window, &profrost::MainWindow::firstFrameShown, &app, [&sinceStart] {
            std::printf("first frame after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    window.show();
    if (!note.isEmpty())
        window.setStatusNote(note);
    return app.exec();
}
