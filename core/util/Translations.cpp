#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace profrost {

QString installTranslations(QCoreApplication &app, const QString &requested)
{
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    if (locale.language() != QLocale::Russian)
        return QStringLiteral("en");
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/profrost_ru.qm")))
        QCoreApplication::installTranslator(own);
    // Qt's own strings: standard buttons, print and file dialogs.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Russian), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Numbers in the widgets as the Russian user writes them: «3,5» hours, not «3.5».
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    return QStringLiteral("ru");
}

} // namespace profrost
