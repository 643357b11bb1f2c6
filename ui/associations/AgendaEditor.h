#pragma once

#include "domain/Meeting.h"

#include <QWidget>

class QCheckBox;
class QCompleter;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;

namespace profrost {

// The agenda of a meeting and, for the item selected, its protocol:
// СЛУШАЛИ (who and what), ВЫСТУПИЛИ, РЕШИЛИ and an optional vote. Edits go
// straight into the item, so switching items never loses a word.
class AgendaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaEditor(QWidget *parent = nullptr);

    void setAgenda(const QList<AgendaItem> &agenda);
    // Texts trimmed; the vote counts are zero when no vote was taken (as stored).
    QList<AgendaItem> agenda() const;
    // «All present voted for» fills this many votes for.
    void setPresentCount(int present);
    // Offered while typing the speaker.
    void setSpeakerNames(const QStringList &names);

    int currentItem() const { return m_current; }
    void selectItem(int index);
    void addItem();
    void removeCurrent();
    void moveCurrent(int delta);

    QListWidget *list() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *speakerEdit() const { return m_speaker; }
    QPlainTextEdit *heardEdit() const { return m_heard; }
    QPlainTextEdit *spokeEdit() const { return m_spoke; }
    QPlainTextEdit *decidedEdit() const { return m_decided; }
    QCheckBox *votedBox() const { return m_voted; }
    QSpinBox *forSpin() const { return m_for; }
    QSpinBox *againstSpin() const { return m_against; }
    QSpinBox *abstainedSpin() const { return m_abstained; }
    QPushButton *allForButton() const { return m_allFor; }

private:
    void showCurrent();
    void store(); // the fields into m_items[m_current]
    void relabel();
    void updateButtons();

    QList<AgendaItem> m_items;
    int m_current = -1;
    int m_present = 0;
    bool m_loading = false;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QWidget *m_fields;
    QLineEdit *m_title;
    QLineEdit *m_speaker;
    QStringListModel *m_speakers;
    QPlainTextEdit *m_heard;
    QPlainTextEdit *m_spoke;
    QPlainTextEdit *m_decided;
    QCheckBox *m_voted;
    QSpinBox *m_for;
    QSpinBox *m_against;
    QSpinBox *m_abstained;
    QPushButton *m_allFor;
};

} // namespace profrost
