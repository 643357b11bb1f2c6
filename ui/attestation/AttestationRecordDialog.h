#pragma once

#include "domain/Attestation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace profrost {

class DateLineEdit;

// One line of a teacher's attestation history: a category granted by the
// regional commission, or СЗД decided by the employer; the order; the term
// it is valid for shown as the date changes.
class AttestationRecordDialog : public QDialog
{
    Q_OBJECT
public:
    AttestationRecordDialog(qint64 teacherId, const QString &teacherName, int validityYears, QDate today,
                            QWidget *parent = nullptr);
    AttestationRecord record() const;
    void setRecord(const AttestationRecord &r);
    void accept() override;

    QComboBox *kindBox() const { return m_kind; }
    DateLineEdit *grantedEdit() const { return m_granted; }
    QLineEdit *orderNumberEdit() const { return m_orderNumber; }
    QLabel *problems() const { return m_problems; }

private:
    void updateValidity();

    qint64 m_teacherId;
    int m_validityYears;
    QDate m_today;
    QComboBox *m_kind;
    DateLineEdit *m_granted;
    QLineEdit *m_orderNumber;
    DateLineEdit *m_orderDate;
    QComboBox *m_decidedBy;
    QLabel *m_validity;
    QLabel *m_problems;
};

} // namespace profrost
