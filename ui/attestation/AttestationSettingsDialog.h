#pragma once

#include <QDialog>

class QSpinBox;

namespace profrost {

class AppContext;

// The rules of attestation kept in the database (so every workstation on
// the same file plans alike): how many years a category is valid, how many
// months ahead the application is due, how far ahead reminders look; and
// the further-training interval (a course at least once in N years), the
// one other term the registry's lists count by, so that it has an editor.
class AttestationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AttestationSettingsDialog(AppContext &ctx, QWidget *parent = nullptr);
    void accept() override;
    QSpinBox *validityYears() const { return m_validity; }
    QSpinBox *applicationMonths() const { return m_application; }
    QSpinBox *reminderMonths() const { return m_reminder; }
    QSpinBox *trainingInterval() const { return m_training; }

private:
    AppContext &m_ctx;
    QSpinBox *m_validity;
    QSpinBox *m_application;
    QSpinBox *m_reminder;
    QSpinBox *m_training;
};

} // namespace profrost
