#pragma once

#include "domain/Organisation.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace profrost {

class FieldMessage;

// Adds or edits an organisation; stays open until `save` succeeds.
class OrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const Organisation &)>;
    OrganisationDialog(const QList<Municipality> &municipalities, Save save, QWidget *parent = nullptr);
    void setOrganisation(const Organisation &o);
    // municipalityId is -1 when the user typed a new municipality: see municipalityName().
    Organisation organisation() const;
    QString municipalityName() const;
    void accept() override;

private:
    Organisation m_organisation;
    Save m_save;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_type;
    QComboBox *m_municipality;
    QCheckBox *m_lowResults;
    QCheckBox *m_unfavourable;
    QLineEdit *m_address;
    QLineEdit *m_director;
    FieldMessage *m_nameMessage;
    FieldMessage *m_municipalityMessage;
    QLabel *m_saveError;
};

} // namespace profrost
