#pragma once

#include "domain/Attestation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace profrost {

class AppContext;
class DateLineEdit;

// A teacher's application for a category: the category, the month of the
// commission and the day it was submitted; the warnings of the rules
// (a missing first category and the like) show as the choice changes.
class ApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicationDialog(AppContext &ctx, qint64 teacherId, const QString &teacherName, QWidget *parent = nullptr);
    AttestationApplication application() const;
    QLabel *warnings() const { return m_warnings; }
    QComboBox *categoryBox() const { return m_category; }
    void accept() override;

private:
    void updateWarnings();

    AppContext &m_ctx;
    qint64 m_teacherId;
    QComboBox *m_category;
    QComboBox *m_month;
    QSpinBox *m_year;
    DateLineEdit *m_submitted;
    QLabel *m_warnings;
};

} // namespace profrost
