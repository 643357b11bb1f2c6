#include "common/ColumnFill.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace profrost {

void ColumnFill::install(QTableView *view, int column, int minimum, int maximum)
{
    auto *fill = new ColumnFill(view, column, minimum, maximum);
    view->installEventFilter(fill);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, fill, [fill](int section) {
        if (section != fill->m_column)
            fill->fit();
    });
    fill->fit();
}

ColumnFill::ColumnFill(QTableView *view, int column, int minimum, int maximum)
    : QObject(view), m_view(view), m_column(column), m_minimum(minimum), m_maximum(maximum)
{
}

bool ColumnFill::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFill::fit()
{
    if (m_fitting || !m_view->model())
        return;
    m_fitting = true;
    const QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != m_column && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    // Measured on the view, not its viewport: the viewport narrows when the
    // vertical scroll bar comes, after this has run.
    const int room = m_view->width() - 2 * m_view->frameWidth() - (m_view->verticalHeader()->isVisible() ? m_view->verticalHeader()->width() : 0)
        - m_view->verticalScrollBar()->sizeHint().width() - 2;
    m_view->setColumnWidth(m_column, std::clamp(room - others, m_minimum, m_maximum));
    m_fitting = false;
}

} // namespace profrost
