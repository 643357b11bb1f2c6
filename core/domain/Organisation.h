#pragma once

#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QString>

namespace profrost {

enum class OrganisationType { School, Preschool, Additional, Other };

class OrganisationTypeText
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationTypeText)
public:
    static QString code(OrganisationType t);          // "school", "preschool", ...
    static OrganisationType fromCode(const QString &code);
    static QString russian(OrganisationType t);       // школа, ДОО, УДО, другое
    static QString displayName(OrganisationType t);   // through tr()
    // "школа", "СОШ", "ДОО", "детский сад", "УДО", "ДО", "другое"...
    static bool parse(const QString &text, OrganisationType *out);
    // A guess from the name ("МБДОУ детский сад № 3" -> ДОО) for imports without a type.
    static OrganisationType guessFromName(const QString &name);
    static QList<OrganisationType> all();
};

struct Organisation
{
    qint64 id = 0;
    QString name;
    QString shortName;
    OrganisationType type = OrganisationType::School;
    qint64 municipalityId = 0;
    bool lowResults = false;            // ШНОР
    bool unfavourableConditions = false; // неблагоприятные социальные условия
    QString address;
    QString director;
    ReadVersion version; // as read from the store (store/RowVersion); 0 for a new one

    QString displayName() const { return shortName.isEmpty() ? name : shortName; }
    bool operator==(const Organisation &) const = default;
};

struct Municipality
{
    qint64 id = 0;
    QString name;
};

} // namespace profrost
