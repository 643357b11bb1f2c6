#include "diagnostics/CampaignDialog.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "common/RecordDialogChecks.h"
#include "domain/DiagnosisRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace profrost {

CampaignDialog::CampaignDialog(Save save, QWidget *parent)
    : QDialog(parent),
      m_save(std::move(save)),
      m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_starts(new DateLineEdit(this)),
      m_ends(new DateLineEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Diagnosis"));
    m_name->setPlaceholderText(tr("e.g. Самодиагностика профессиональных дефицитов 2026"));
    for (DiagnosisKind k : DiagnosisText::allKinds())
        m_kind->addItem(DiagnosisText::displayName(k), int(k));
    auto *areas = new QVBoxLayout;
    for (CompetencyArea area : TrainingText::allAreas()) {
        auto *box = new QCheckBox(TrainingText::displayName(area), this);
        m_areas.insert(area, box);
        areas->addWidget(box);
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Starts:"), m_starts);
    form->addRow(tr("&Ends (empty: one day):"), m_ends);
    form->addRow(tr("Measures:"), areas);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CampaignDialog::kindChanged);
    // A new diagnosis measures every area scored by area until told otherwise.
    for (const CompetencyArea &area : TrainingText::allAreas())
        m_areas.value(area)->setChecked(!area.isLiteracy());
    kindChanged();
    resize(640, sizeHint().height());
}

void CampaignDialog::kindChanged()
{
    // Functional literacy is one overall score; the other kinds are scored by area.
    const bool literacy = DiagnosisKind(m_kind->currentData().toInt()) == DiagnosisKind::FunctionalLiteracy;
    for (auto it = m_areas.cbegin(); it != m_areas.cend(); ++it) {
        const bool isLiteracy = it.key().isLiteracy();
        it.value()->setEnabled(!literacy && !isLiteracy);
        if (literacy)
            it.value()->setChecked(isLiteracy);
        else if (isLiteracy)
            it.value()->setChecked(false);
    }
}

void CampaignDialog::setCampaign(const DiagnosisCampaign &c)
{
    m_id = c.id;
    m_name->setText(c.name);
    m_name->setCursorPosition(0); // a long name shows its beginning
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(c.kind))));
    m_starts->setDate(c.starts);
    m_ends->setDate(c.ends);
    for (auto it = m_areas.cbegin(); it != m_areas.cend(); ++it)
        it.value()->setChecked(c.areas.contains(it.key()));
    kindChanged();
}

DiagnosisCampaign CampaignDialog::campaign() const
{
    DiagnosisCampaign c;
    c.id = m_id;
    c.name = m_name->text().simplified();
    c.kind = DiagnosisKind(m_kind->currentData().toInt());
    c.starts = m_starts->date();
    c.ends = m_ends->date();
    for (CompetencyArea area : TrainingText::allAreas()) {
        if (m_areas.value(area)->isChecked())
            c.areas << area;
    }
    return c;
}

void CampaignDialog::accept()
{
    if (!datesReadable({m_starts, m_ends}, m_message))
        return;
    const DiagnosisCampaign c = campaign();
    if (savedAfterRules(DiagnosisRules::checkCampaign(c), [&] { return m_save(c); }, m_message))
        QDialog::accept();
}

} // namespace profrost
