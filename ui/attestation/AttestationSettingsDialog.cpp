#include "attestation/AttestationSettingsDialog.h"

#include "shell/AppContext.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "util/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>

namespace profrost {

AttestationSettingsDialog::AttestationSettingsDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_validity(new QSpinBox(this)), m_application(new QSpinBox(this)),
      m_reminder(new QSpinBox(this)), m_training(new QSpinBox(this))
{
    setWindowTitle(tr("Attestation rules"));
    m_validity->setObjectName(QStringLiteral("validityYears"));
    m_application->setObjectName(QStringLiteral("applicationMonths"));
    m_reminder->setObjectName(QStringLiteral("reminderMonths"));
    m_training->setObjectName(QStringLiteral("trainingInterval"));
    m_validity->setRange(1, 10);
    m_application->setRange(1, 12);
    m_application->setSuffix(tr(" months"));
    m_reminder->setRange(1, 36);
    m_reminder->setSuffix(tr(" months"));
    m_training->setRange(1, 10);
    try {
        const SettingsRepository settings(m_ctx.db());
        m_validity->setValue(settings.validityYears());
        m_application->setValue(settings.applicationMonths());
        m_reminder->setValue(settings.reminderMonths());
        m_training->setValue(settings.trainingInterval());
    } catch (const Error &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("A category is valid for (years):"), m_validity);
    form->addRow(tr("The application is due before expiry by:"), m_application);
    form->addRow(tr("Remind of categories expiring within:"), m_reminder);
    form->addRow(tr("Further training at least once in (years):"), m_training);
    auto *note = new QLabel(tr("The rules are kept in the database: every workstation on this file plans alike. "
                               "Saved plan-graphs keep their months; a new proposal uses the new rules."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttestationSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void AttestationSettingsDialog::accept()
{
    try {
        Transaction tx(m_ctx.db());
        SettingsRepository settings(m_ctx.db());
        settings.setInt(SettingsRepository::categoryValidityYears(), m_validity->value());
        settings.setInt(SettingsRepository::attestationApplicationMonths(), m_application->value());
        settings.setInt(SettingsRepository::categoryReminderMonths(), m_reminder->value());
        settings.setInt(SettingsRepository::trainingIntervalYears(), m_training->value());
        tx.commit();
    } catch (const Error &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    m_ctx.notifyChanged();
    QDialog::accept();
}

} // namespace profrost
