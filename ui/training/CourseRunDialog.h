#pragma once

#include "domain/Training.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace profrost {

class DateLineEdit;

// A run of a programme: dates, place, group and seats.
class CourseRunDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const CourseRun &)>;
    CourseRunDialog(const QList<Programme> &programmes, Save save, QWidget *parent = nullptr);
    void setRun(const CourseRun &r);
    CourseRun run() const;
    void accept() override;

private:
    CourseRun m_run;
    Save m_save;
    QComboBox *m_programme;
    DateLineEdit *m_starts;
    DateLineEdit *m_ends;
    QLineEdit *m_place;
    QLineEdit *m_group;
    QSpinBox *m_seats;
    QLabel *m_error;
};

} // namespace profrost
