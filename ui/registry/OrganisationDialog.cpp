#include "registry/OrganisationDialog.h"

#include "common/FieldMessage.h"
#include "common/StatusPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace profrost {

OrganisationDialog::OrganisationDialog(const QList<Municipality> &municipalities, Save save, QWidget *parent)
    : QDialog(parent),
      m_save(std::move(save)),
      m_name(new QLineEdit(this)),
      m_shortName(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_municipality(new QComboBox(this)),
      m_lowResults(new QCheckBox(tr("School with low results (ShNOR)"), this)),
      m_unfavourable(new QCheckBox(tr("Works in unfavourable social conditions"), this)),
      m_address(new QLineEdit(this)),
      m_director(new QLineEdit(this)),
      m_nameMessage(new FieldMessage(this)),
      m_municipalityMessage(new FieldMessage(this)),
      m_saveError(new QLabel(this))
{
    setWindowTitle(tr("Organisation"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. МБОУ СОШ № 1"));
    m_shortName->setObjectName(QStringLiteral("shortName"));
    for (OrganisationType t : OrganisationTypeText::all())
        m_type->addItem(OrganisationTypeText::displayName(t), int(t));
    for (const Municipality &m : municipalities)
        m_municipality->addItem(m.name, m.id);
    m_municipality->setEditable(true);
    m_municipality->setInsertPolicy(QComboBox::NoInsert);
    m_municipality->setToolTip(tr("Choose a municipality or type the name of a new one"));
    m_saveError->setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText(), true));
    m_saveError->setWordWrap(true);
    m_saveError->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Municipality:"), m_municipality);
    form->addRow(QString(), m_municipalityMessage);
    form->addRow(QString(), m_lowResults);
    form->addRow(QString(), m_unfavourable);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Director:"), m_director);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrganisationDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    resize(560, 0);
}

void OrganisationDialog::setOrganisation(const Organisation &o)
{
    m_organisation = o;
    m_name->setText(o.name);
    m_shortName->setText(o.shortName);
    m_type->setCurrentIndex(m_type->findData(int(o.type)));
    const int m = m_municipality->findData(o.municipalityId);
    m_municipality->setCurrentIndex(m >= 0 ? m : 0);
    m_lowResults->setChecked(o.lowResults);
    m_unfavourable->setChecked(o.unfavourableConditions);
    m_address->setText(o.address);
    m_director->setText(o.director);
}

Organisation OrganisationDialog::organisation() const
{
    Organisation o = m_organisation;
    o.name = m_name->text().simplified();
    o.shortName = m_shortName->text().simplified();
    o.type = OrganisationType(m_type->currentData().toInt());
    const int m = m_municipality->findText(m_municipality->currentText().simplified(), Qt::MatchFixedString);
    // -1 means a new municipality typed by the user: the page creates it.
    o.municipalityId = m >= 0 ? m_municipality->itemData(m).toLongLong() : -1;
    o.lowResults = m_lowResults->isChecked();
    o.unfavourableConditions = m_unfavourable->isChecked();
    o.address = m_address->text().simplified();
    o.director = m_director->text().simplified();
    return o;
}

void OrganisationDialog::accept()
{
    const Organisation o = organisation();
    m_nameMessage->show(o.name.isEmpty() ? tr("the name is required") : QString());
    const bool noMunicipality = m_municipality->currentText().simplified().isEmpty();
    m_municipalityMessage->show(noMunicipality ? tr("choose or type the municipality") : QString());
    if (o.name.isEmpty() || noMunicipality)
        return;
    const QString error = m_save(o);
    if (!error.isEmpty()) {
        m_saveError->setText(error);
        m_saveError->show();
        return;
    }
    QDialog::accept();
}

QString OrganisationDialog::municipalityName() const
{
    return m_municipality->currentText().simplified();
}

} // namespace profrost
