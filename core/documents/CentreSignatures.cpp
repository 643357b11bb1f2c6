#include "documents/CentreSignatures.h"

#include "store/CentreCardRepository.h"

namespace profrost {

namespace {

QString &storedUserName()
{
    static QString name;
    return name;
}

} // namespace

void CentreSignatures::setUserName(const QString &name)
{
    storedUserName() = name.trimmed();
}

QString CentreSignatures::userName()
{
    return storedUserName();
}

CentreCard CentreSignatures::card(Database &db)
{
    return CentreCardRepository(db).load();
}

DocumentStyle::Approval CentreSignatures::approval(const CentreCard &card)
{
    const DocumentSigner head = card.approver();
    DocumentStyle::Approval a;
    a.position = head.position;
    a.name = head.name;
    return a;
}

DocumentStyle::Signature CentreSignatures::signature(const CentreCard &card, SignedDocument kind)
{
    const DocumentSigner s = card.signer(kind, userName());
    return {s.position, s.name};
}

} // namespace profrost
