#pragma once

#include "domain/CentreCard.h"

namespace profrost {
class Database;
}

namespace profrost::demo {

// The centre's card of the demo database (core/demo/README.md): a district's
// «МКУ «ИМЦ»» with its head (Н.В. Орлова, who approves the demo's РМО plans)
// and the methodists who sign the lists; a region of several districts gets
// an inter-municipal centre without a municipality of its own.
class DemoCentre
{
public:
    // «Ермаковский муниципальный округ» → «Ермаковского муниципального округа».
    static QString genitive(const QString &municipality);
    static CentreCard card(const QStringList &municipalities);
    // Writes the card for the municipalities already in the database.
    static void fill(Database &db);
};

} // namespace profrost::demo
