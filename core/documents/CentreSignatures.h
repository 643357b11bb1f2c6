#pragma once

#include "documents/DocumentStyle.h"
#include "domain/CentreCard.h"

namespace profrost {

class Database;

// The approval blocks and closing signatures of the printed forms, from the
// centre's card (CentreCard): the head's position and «И.О. Фамилия» at the
// top, and whoever signs the kind of document at its end — the head, with the
// very same position, where the head signs.
class CentreSignatures
{
public:
    // The user's own name («Иванова Мария Петровна»): signs where the card
    // assigns nobody. The GUI sets it from the preferences of this computer;
    // empty leaves a line to write the name on.
    static void setUserName(const QString &name);
    static QString userName();

    static CentreCard card(Database &db);
    // The municipality a list is issued for, under its title: the card's,
    // else the one a one-district database serves; empty when it spans several.
    static QString issuer(Database &db, const CentreCard &card);
    static DocumentStyle::Approval approval(const CentreCard &card);
    static DocumentStyle::Signature signature(const CentreCard &card, SignedDocument kind);
};

} // namespace profrost
