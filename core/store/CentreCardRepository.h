#pragma once

#include "domain/CentreCard.h"

namespace profrost {

class Database;

// The centre's card (tables centre_card, one row, and centre_signer).
class CentreCardRepository
{
public:
    explicit CentreCardRepository(Database &db) : m_db(db) {}

    // An empty card when none was saved.
    CentreCard load() const;
    // Replaces the card and its signers in one transaction.
    void save(const CentreCard &card);

private:
    Database &m_db;
};

} // namespace profrost
