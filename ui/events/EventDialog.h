#pragma once

#include "domain/MethodicalEvent.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace profrost {

class AppContext;
class DateLineEdit;
class FieldMessage;
class ParticipantsEditor;

// One methodical event: what, when, at which level, by whom and where, for
// whom and how long, planned or held; its participants and guests on a tab
// of their own. `save` stores it and returns an empty string, or the reason
// it was refused (shown under the fields; the dialog stays open).
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const MethodicalEvent &)>;
    EventDialog(AppContext &ctx, Save save, QWidget *parent = nullptr);
    void setEvent(const MethodicalEvent &e);
    MethodicalEvent event() const;
    void accept() override;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *levelBox() const { return m_level; }
    QLineEdit *topicEdit() const { return m_topic; }
    DateLineEdit *startsEdit() const { return m_starts; }
    DateLineEdit *endsEdit() const { return m_ends; }
    QCheckBox *heldBox() const { return m_held; }
    ParticipantsEditor *people() const { return m_people; }
    QTabWidget *tabs() const { return m_tabs; }
    FieldMessage *message() const { return m_message; }

private:
    void updatePeopleTab();

    AppContext &m_ctx;
    Save m_save;
    qint64 m_id = 0;
    QTabWidget *m_tabs;
    QComboBox *m_kind;
    QComboBox *m_level;
    QLineEdit *m_topic;
    DateLineEdit *m_starts;
    DateLineEdit *m_ends;
    QLineEdit *m_organiser;
    QLineEdit *m_place;
    QLineEdit *m_audience;
    QDoubleSpinBox *m_hours;
    QCheckBox *m_held;
    QPlainTextEdit *m_note;
    ParticipantsEditor *m_people;
    FieldMessage *m_message;
};

} // namespace profrost
