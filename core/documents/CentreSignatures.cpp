#include "documents/CentreSignatures.h"

#include "store/CentreCardRepository.h"
#include "store/DictionaryRepository.h"

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

QString CentreSignatures::issuer(Database &db, const CentreCard &card)
{
    if (!card.municipality.trimmed().isEmpty())
        return card.municipality.trimmed();
    const QList<Municipality> all = DictionaryRepository(db).municipalities();
    return all.size() == 1 ? all.constFirst().name : QString();
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
