#pragma once

#include "domain/Route.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace profrost {

class DateLineEdit;
class FieldMessage;

// One activity of a route: its kind, the programme of a course (the title
// follows it), the title or topic, the deficit it addresses, the dates, the
// expected result and the form it is shown in, who is responsible and the
// status.
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    // `catalogue`: the programmes a course is chosen from.
    ActivityDialog(const QList<Programme> &catalogue, QWidget *parent = nullptr);
    void setActivity(const RouteActivity &a);
    RouteActivity activity() const;
    void accept() override;

    QComboBox *kind() const { return m_kind; }
    QComboBox *programme() const { return m_programme; }
    QLineEdit *title() const { return m_title; }
    QComboBox *area() const { return m_area; }
    DateLineEdit *starts() const { return m_starts; }
    DateLineEdit *ends() const { return m_ends; }
    QComboBox *status() const { return m_status; }
    FieldMessage *message() const { return m_message; }

private:
    void kindChanged();

    RouteActivity m_activity; // what the fields do not show (ids)
    QComboBox *m_kind;
    QComboBox *m_programme;
    QLineEdit *m_title;
    QComboBox *m_area;
    DateLineEdit *m_starts;
    DateLineEdit *m_ends;
    QLineEdit *m_expected;
    QLineEdit *m_evidence;
    QLineEdit *m_responsible;
    QComboBox *m_status;
    FieldMessage *m_message;
};

} // namespace profrost
