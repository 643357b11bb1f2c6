#pragma once

#include <QDialog>

class QSpinBox;

namespace profrost {

class AppContext;

// The rules of attestation kept in the database (so every workstation on
// the same file plans alike): how many years a category is valid, how many
// months ahead the application is due, how far ahead reminders look.
class AttestationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AttestationSettingsDialog(AppContext &ctx, QWidget *parent = nullptr);
    void accept() override;
    QSpinBox *validityYears() const { return m_validity; }
    QSpinBox *applicationMonths() const { return m_application; }
    QSpinBox *reminderMonths() const { return m_reminder; }

private:
    AppContext &m_ctx;
    QSpinBox *m_validity;
    QSpinBox *m_application;
    QSpinBox *m_reminder;
};

} // namespace profrost
