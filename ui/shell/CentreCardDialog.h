#pragma once

#include "domain/CentreCard.h"

#include <QDialog>
#include <QMap>

class QLineEdit;

namespace profrost {

class Database;

// Settings → «Организация (ИМЦ)»: the centre's card, stored in the database
// (CentreCardRepository) so that every user of a shared database prints the
// same approval blocks and signatures, and the user's own name, kept on this
// computer, which signs where the card assigns nobody. Also offered once on
// the first start of a database whose card is empty (skippable).
class CentreCardDialog : public QDialog
{
    Q_OBJECT
public:
    CentreCardDialog(Database &db, bool readOnly, QWidget *parent = nullptr);

    // The card as the fields hold it.
    CentreCard card() const;
    void setCard(const CentreCard &card);
    void accept() override;

    // The user's own name from the preferences of this computer.
    static QString userName();
    static void setUserName(const QString &name);

private:
    Database &m_db;
    QLineEdit *m_fullName;
    QLineEdit *m_shortName;
    QLineEdit *m_municipality;
    QLineEdit *m_address;
    QLineEdit *m_headPosition;
    QLineEdit *m_headName;
    QMap<SignedDocument, QLineEdit *> m_signerPositions;
    QMap<SignedDocument, QLineEdit *> m_signerNames;
    QLineEdit *m_userName;
};

} // namespace profrost
