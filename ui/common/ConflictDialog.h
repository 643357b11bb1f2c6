#pragma once

#include "store/RecordComparison.h"

#include <QDialog>

class QTableWidget;

namespace profrost {

// The conflict of an edit (store/RowVersion): another user saved the record
// after this user opened it. Both versions side by side, the fields that
// differ marked, and the choice: save mine over theirs, keep theirs and drop
// mine, or go back to the editor. Escape goes back: nothing is lost either way.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { BackToEditing, KeepMine, TakeTheirs };

    ConflictDialog(const QString &message, const QList<ComparedField> &fields, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    // The user's answer; the dialog is modal over `parent`.
    static Choice ask(QWidget *parent, const QString &message, const QList<ComparedField> &fields);

    // The number of fields that differ (what the heading counts).
    static int differences(const QList<ComparedField> &fields);

protected:
    // The rows fitted to the columns' final widths: a wrapped line measured
    // at the first, narrower layout would leave a row twice as tall.
    void showEvent(QShowEvent *event) override;

private:
    void fill(const QList<ComparedField> &fields, bool onlyDifferences);

    QTableWidget *m_table = nullptr;
    Choice m_choice = Choice::BackToEditing;
};

} // namespace profrost
