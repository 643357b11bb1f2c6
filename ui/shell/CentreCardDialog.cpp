#include "shell/CentreCardDialog.h"

#include "documents/CentreSignatures.h"
#include "store/CentreCardRepository.h"
#include "util/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

QLineEdit *edit(QWidget *parent, const QString &name, const QString &placeholder = {})
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

CentreCardDialog::CentreCardDialog(Database &db, bool readOnly, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_fullName(edit(this, u"fullName"_s, tr("Municipal institution \"Methodical centre\" of … district"))),
      m_shortName(edit(this, u"shortName"_s, tr("e.g. MKU \"IMC\""))),
      m_municipality(edit(this, u"municipality"_s)),
      m_address(edit(this, u"address"_s)),
      m_headPosition(edit(this, u"headPosition"_s, tr("Director of MKU \"IMC\""))),
      m_headName(edit(this, u"headName"_s, tr("Surname Name Patronymic"))),
      m_userName(edit(this, u"userName"_s, tr("Surname Name Patronymic")))
{
    setObjectName(u"centreCardDialog"_s);
    setWindowTitle(tr("Methodical centre"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("S&hort name:"), m_shortName);
    form->addRow(tr("&Municipality:"), m_municipality);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Head's &position:"), m_headPosition);
    form->addRow(tr("&Head's name:"), m_headName);

    // Who signs each kind of document at its end; an empty row: the default
    // the placeholders show (the head, or «Методист» and the user's name).
    auto *signers = new QGroupBox(tr("Who signs the documents"), this);
    auto *grid = new QGridLayout(signers);
    grid->addWidget(new QLabel(tr("Document"), signers), 0, 0);
    grid->addWidget(new QLabel(tr("Position"), signers), 0, 1);
    grid->addWidget(new QLabel(tr("Name"), signers), 0, 2);
    int row = 1;
    for (SignedDocument kind : CentreCardText::kinds()) {
        const bool byHead = kind == SignedDocument::Attestation || kind == SignedDocument::CentrePlan;
        const QString code = CentreCardText::code(kind);
        auto *position = edit(signers, code + u"Position"_s, byHead ? tr("the head") : tr("Methodist"));
        auto *name = edit(signers, code + u"Name"_s, byHead ? tr("the head") : tr("your name"));
        auto *label = new QLabel(CentreCardText::displayName(kind), signers);
        label->setBuddy(position);
        grid->addWidget(label, row, 0);
        grid->addWidget(position, row, 1);
        grid->addWidget(name, row, 2);
        m_signerPositions.insert(kind, position);
        m_signerNames.insert(kind, name);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *mine = new QFormLayout;
    mine->addRow(tr("&Your name:"), m_userName);
    auto *mineNote = new QLabel(tr("Signs the lists where nobody is named above. Kept on this computer only."), this);
    mineNote->setWordWrap(true);
    mine->addRow(QString(), mineNote);
    m_userName->setText(userName());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CentreCardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CentreCardDialog::reject);
    auto *intro = new QLabel(tr("The approval blocks and signatures of every printed form are taken from here. "
                                "Stored in the database: every user of it prints the same."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(signers);
    layout->addLayout(mine);
    layout->addWidget(buttons);

    setCard(CentreCardRepository(m_db).load());
    if (readOnly) { // a damaged file opened read-only: the card can be read, not saved
        for (QLineEdit *e : findChildren<QLineEdit *>())
            if (e != m_userName)
                e->setReadOnly(true);
    }
    resize(760, sizeHint().height());
}

CentreCard CentreCardDialog::card() const
{
    CentreCard c;
    c.fullName = m_fullName->text().trimmed();
    c.shortName = m_shortName->text().trimmed();
    c.municipality = m_municipality->text().trimmed();
    c.address = m_address->text().trimmed();
    c.headPosition = m_headPosition->text().trimmed();
    c.headName = m_headName->text().trimmed();
    for (SignedDocument kind : CentreCardText::kinds()) {
        const DocumentSigner s{m_signerPositions.value(kind)->text().trimmed(),
                               m_signerNames.value(kind)->text().trimmed()};
        if (!s.isEmpty())
            c.signers.insert(kind, s);
    }
    return c;
}

void CentreCardDialog::setCard(const CentreCard &card)
{
    m_fullName->setText(card.fullName);
    m_shortName->setText(card.shortName);
    m_municipality->setText(card.municipality);
    m_address->setText(card.address);
    m_headPosition->setText(card.headPosition);
    m_headName->setText(card.headName);
    for (SignedDocument kind : CentreCardText::kinds()) {
        const DocumentSigner s = card.signers.value(kind);
        m_signerPositions.value(kind)->setText(s.position);
        m_signerNames.value(kind)->setText(s.name);
    }
    // Long names show their beginning, not their end.
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setCursorPosition(0);
}

void CentreCardDialog::accept()
{
    setUserName(m_userName->text());
    if (!m_fullName->isReadOnly()) {
        try {
            CentreCardRepository(m_db).save(card());
        } catch (const Error &e) {
            QMessageBox::warning(this, windowTitle(), e.message());
            return;
        }
    }
    QDialog::accept();
}

QString CentreCardDialog::userName()
{
    return QSettings().value(u"user/name"_s).toString();
}

void CentreCardDialog::setUserName(const QString &name)
{
    QSettings().setValue(u"user/name"_s, name.trimmed());
    CentreSignatures::setUserName(name);
}

} // namespace profrost
