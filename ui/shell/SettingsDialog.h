#pragma once

#include <QDialog>

class QComboBox;

namespace profrost {

// User preferences kept in QSettings (domain settings live in the database).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    // "" (system), "ru" or "en".
    static QString language();

private:
    QComboBox *m_language;
};

} // namespace profrost
