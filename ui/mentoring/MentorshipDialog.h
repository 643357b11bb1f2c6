#pragma once

#include "domain/Mentorship.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace profrost {

class AppContext;
class DateLineEdit;
class FieldMessage;

// One mentorship pair: the mentor and the mentee chosen from the registry,
// the form, the first and last days (no last day: ongoing), goals and
// result. `save` stores it and returns an empty string, or the reason it
// was refused (shown under the fields; the dialog stays open).
class MentorshipDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const Mentorship &)>;
    // What to say about a mentor once chosen (their load): empty for nothing.
    using MentorNote = std::function<QString(qint64 mentorId)>;
    using Names = std::function<QString(qint64 teacherId)>;

    MentorshipDialog(AppContext &ctx, Save save, Names names, MentorNote note, QWidget *parent = nullptr);
    void setMentorship(const Mentorship &m);
    Mentorship mentorship() const;
    void accept() override;

    // The people as chosen (tests choose without the picker).
    void setMentor(qint64 teacherId);
    void setMentee(qint64 teacherId);
    QComboBox *formBox() const { return m_form; }
    DateLineEdit *startsEdit() const { return m_starts; }
    DateLineEdit *endsEdit() const { return m_ends; }
    QPlainTextEdit *goalsEdit() const { return m_goals; }
    QPlainTextEdit *resultEdit() const { return m_result; }
    QLabel *mentorNote() const { return m_mentorNote; }
    FieldMessage *message() const { return m_message; }

private:
    // Chooses a teacher in the registry's picker; 0 when cancelled.
    qint64 pick(const QString &title);

    AppContext &m_ctx;
    Save m_save;
    Names m_names;
    MentorNote m_note;
    qint64 m_id = 0;
    qint64 m_mentorId = 0;
    qint64 m_menteeId = 0;
    QLineEdit *m_mentor;
    QLineEdit *m_mentee;
    QLabel *m_mentorNote;
    QComboBox *m_form;
    DateLineEdit *m_starts;
    DateLineEdit *m_ends;
    QPlainTextEdit *m_goals;
    QPlainTextEdit *m_result;
    FieldMessage *m_message;
};

} // namespace profrost
