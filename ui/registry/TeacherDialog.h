#pragma once

#include "domain/Organisation.h"
#include "domain/Position.h"
#include "domain/Teacher.h"
#include "domain/TeacherValidation.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QLabel;

namespace profrost {

class DateLineEdit;
class FieldMessage;

// Adds or edits a teacher. Problems are shown under the field they concern;
// the dialog stays open until `save` succeeds (it returns an error or empty).
class TeacherDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const Teacher &)>;

    TeacherDialog(const QList<Organisation> &organisations, const QList<Position> &positions,
                  const QList<Subject> &subjects, QDate today, Save save, QWidget *parent = nullptr);
    void setTeacher(const Teacher &t);
    Teacher teacher() const;

    void accept() override;

private:
    void addEmployment();
    void editEmployment();
    void removeEmployment();
    void refreshEmployments();
    // Shows what is wrong under each field; `moveFocus` puts the cursor on
    // the first field with a problem (on OK, not while the user types).
    bool validate(bool moveFocus = true);
    QWidget *withMessage(QWidget *field, FieldProblem::Field which);

    QList<Organisation> m_organisations;
    QList<Position> m_positions;
    QList<Subject> m_subjects;
    QDate m_today;
    Save m_save;
    Teacher m_teacher;

    QLineEdit *m_surname;
    QLineEdit *m_name;
    QLineEdit *m_patronymic;
    DateLineEdit *m_birthDate;
    QLineEdit *m_snils;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    DateLineEdit *m_experienceStart;
    QComboBox *m_category;
    DateLineEdit *m_categoryDate;
    QTableWidget *m_employments;
    QLabel *m_saveError;
    QHash<int, FieldMessage *> m_messages; // by FieldProblem::Field
    bool m_checked = false; // OK found problems: from then on every edit checks again
};

} // namespace profrost
