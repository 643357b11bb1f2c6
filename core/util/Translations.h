#pragma once

#include <QString>

class QCoreApplication;

namespace profrost {

// Loads ProfRost's and Qt's own translations for `language` ("ru", "en");
// an empty language means the system locale. Returns the language applied.
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace profrost
