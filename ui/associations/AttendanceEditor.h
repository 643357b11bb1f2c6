#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace profrost {

class AppContext;

// Who came to a meeting: the members of the association on the meeting's
// day as a checkable list (a district association can have a hundred, so
// it filters and counts), and the invited guests as free-text lines.
class AttendanceEditor : public QWidget
{
    Q_OBJECT
public:
    AttendanceEditor(AppContext &ctx, qint64 associationId, QWidget *parent = nullptr);

    // Offers the members on `date` (membership changes over time), keeping
    // the ticks of those still members. An invalid date keeps the list.
    void setMeetingDate(QDate date);
    // Ticks these teachers; one who was not a member on the day is listed
    // too, marked, so that reopening a protocol never drops a name silently.
    void setAttendees(const QList<qint64> &teacherIds);
    // The ticked teachers, by id (the order the store keeps them in).
    QList<qint64> attendees() const;
    int presentCount() const;
    int memberCount() const { return m_memberCount; }
    // «Иванова М.П.» of the ticked members: who may speak in the protocol.
    QStringList presentShortNames() const;

    void setGuests(const QStringList &guests);
    QStringList guests() const; // non-empty lines, simplified

    void tickAll(bool present);

    QListWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *allButton() const { return m_all; }
    QPushButton *noneButton() const { return m_none; }
    QPlainTextEdit *guestsEdit() const { return m_guests; }

signals:
    void presentChanged(int present, int members);

private:
    struct Person
    {
        QString fullName;
        QString shortName;
        QString organisations;
    };
    void fill(const QList<qint64> &members, const QList<qint64> &ticked);
    void applyFilter();
    void updateCount();

    AppContext &m_ctx;
    qint64 m_associationId;
    QDate m_date;
    QHash<qint64, Person> m_people;
    int m_memberCount = 0;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_count;
    QPushButton *m_all;
    QPushButton *m_none;
    QPlainTextEdit *m_guests;
};

} // namespace profrost
