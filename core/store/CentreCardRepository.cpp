#include "store/CentreCardRepository.h"

#include "store/Database.h"
#include "store/Query.h"

using namespace Qt::StringLiterals;

namespace profrost {

CentreCard CentreCardRepository::load() const
{
    CentreCard card;
    Query q(m_db, u"SELECT full_name, short_name, municipality, address, head_position, head_name"
                  " FROM centre_card WHERE id = 1"_s);
    q.exec();
    if (q.next()) {
        card.fullName = q.text(0);
        card.shortName = q.text(1);
        card.municipality = q.text(2);
        card.address = q.text(3);
        card.headPosition = q.text(4);
        card.headName = q.text(5);
    }
    Query s(m_db, u"SELECT document, position, name FROM centre_signer"_s);
    s.exec();
    while (s.next()) {
        SignedDocument kind;
        const DocumentSigner signer{s.text(1), s.text(2)};
        if (CentreCardText::fromCode(s.text(0), &kind) && !signer.isEmpty()) // unknown kinds: a newer program's
            card.signers.insert(kind, signer);
    }
    return card;
}

void CentreCardRepository::save(const CentreCard &card)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM centre_card"_s).exec();
    Query(m_db, u"INSERT INTO centre_card (id, full_name, short_name, municipality, address, head_position, head_name)"
                " VALUES (1, ?, ?, ?, ?, ?, ?)"_s)
        .bind(card.fullName.trimmed())
        .bind(card.shortName.trimmed())
        .bind(card.municipality.trimmed())
        .bind(card.address.trimmed())
        .bind(card.headPosition.trimmed())
        .bind(card.headName.trimmed())
        .exec();
    for (SignedDocument kind : CentreCardText::kinds()) {
        const QString code = CentreCardText::code(kind);
        Query(m_db, u"DELETE FROM centre_signer WHERE document = ?"_s).bind(code).exec();
        const DocumentSigner signer = card.signers.value(kind);
        if (signer.isEmpty())
            continue;
        Query(m_db, u"INSERT INTO centre_signer (document, position, name) VALUES (?, ?, ?)"_s)
            .bind(code)
            .bind(signer.position.trimmed())
            .bind(signer.name.trimmed())
            .exec();
    }
    tx.commit();
}

} // namespace profrost
