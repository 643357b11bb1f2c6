#pragma once

#include "domain/Diagnosis.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace profrost {

class DateLineEdit;
class FieldMessage;

// A diagnosis campaign: its name, kind, period and the competency areas it
// measures (functional literacy: that one overall score alone). `save`
// stores it and returns an empty string, or the reason it was refused.
class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const DiagnosisCampaign &)>;
    CampaignDialog(Save save, QWidget *parent = nullptr);
    void setCampaign(const DiagnosisCampaign &c);
    DiagnosisCampaign campaign() const;
    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    DateLineEdit *startsEdit() const { return m_starts; }
    QCheckBox *areaBox(CompetencyArea area) const { return m_areas.value(area); }
    FieldMessage *message() const { return m_message; }

private:
    void kindChanged();

    Save m_save;
    qint64 m_id = 0;
    QLineEdit *m_name;
    QComboBox *m_kind;
    DateLineEdit *m_starts;
    DateLineEdit *m_ends;
    QMap<CompetencyArea, QCheckBox *> m_areas;
    FieldMessage *m_message;
};

} // namespace profrost
