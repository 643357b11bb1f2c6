#pragma once

#include "domain/Organisation.h"
#include "domain/Position.h"
#include "domain/Teacher.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace profrost {

class DateLineEdit;
class FieldMessage;

// One post of a teacher: organisation, position, subjects and the period.
class EmploymentDialog : public QDialog
{
    Q_OBJECT
public:
    EmploymentDialog(const QList<Organisation> &organisations, const QList<Position> &positions,
                     const QList<Subject> &subjects, QWidget *parent = nullptr);
    void setEmployment(const Employment &e);
    Employment employment() const;

    void accept() override;

private:
    bool validate();

    Employment m_employment;
    QComboBox *m_organisation;
    QComboBox *m_position;
    QListWidget *m_subjects;
    DateLineEdit *m_hired;
    DateLineEdit *m_dismissed;
    FieldMessage *m_organisationMessage;
    FieldMessage *m_positionMessage;
    FieldMessage *m_datesMessage;
};

} // namespace profrost
