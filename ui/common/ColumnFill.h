#pragma once

#include <QObject>

class QTableView;

namespace profrost {

// One column of a table takes the room the others leave, so that a laptop's
// screen shows every column without scrolling sideways: a long title wraps
// or elides inside it instead of pushing the last columns past the edge.
// Kept up as the view is resized and as the other columns change width.
// Owned by the view.
class ColumnFill : public QObject
{
public:
    static void install(QTableView *view, int column, int minimum, int maximum);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFill(QTableView *view, int column, int minimum, int maximum);
    void fit();

    QTableView *m_view;
    int m_column, m_minimum, m_maximum;
    bool m_fitting = false;
};

} // namespace profrost
