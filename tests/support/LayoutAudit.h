#pragma once

// What a methodist on a 1366×768 laptop would see cut: a column header
// narrower than its text, a label narrower than its text, a button off the
// screen. Each check returns one line per fault (empty: nothing cut), so
// that a failing test names every fault at once.

#include "common/DateLineEdit.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QRect>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTranslator>
#include <QWidget>

namespace profrost::test {

// The screen the checks assume: the commonest school laptop.
inline QRect laptopScreen() { return QRect(0, 0, 1366, 768); }

// The Russian translation for the scope of a test (the others read English).
class RussianScope
{
public:
    RussianScope()
    {
        m_loaded = m_own.load(QStringLiteral(":/i18n/profrost_ru.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_own);
    }
    ~RussianScope()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_own);
    }
    RussianScope(const RussianScope &) = delete;
    RussianScope &operator=(const RussianScope &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_own;
    bool m_loaded = false;
};

// A widget the user can see now (itself and every parent shown).
inline bool onScreen(const QWidget *w) { return w->isVisible() && w->width() > 0 && w->height() > 0; }

inline QString nameOf(const QWidget *w)
{
    QString path;
    for (const QObject *o = w; o; o = o->parent()) {
        if (!o->objectName().isEmpty()) {
            path = o->objectName() + (path.isEmpty() ? QString() : u'/' + path);
            if (path.count(u'/') >= 2)
                break;
        }
    }
    return QString::fromLatin1(w->metaObject()->className()) + u' ' + path;
}

// Horizontal headers whose sections are narrower than their text (the
// widest line of it) with the style's margins and, where the view sorts,
// the sort arrow's room.
inline QStringList clippedHeaders(const QWidget *root)
{
    QStringList out;
    for (const QHeaderView *h : root->findChildren<QHeaderView *>()) {
        if (h->orientation() != Qt::Horizontal || !onScreen(h) || !h->model())
            continue;
        const int margin = h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
        // The arrow takes room from the sorted section's text only.
        const int sortedBy = h->isSortIndicatorShown() ? h->sortIndicatorSection() : -1;
        const int arrowSize = h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
        // The current column's title is drawn bold where sections highlight.
        QFont font = h->font();
        if (h->highlightSections())
            font.setBold(true);
        const QFontMetrics metrics(font);
        for (int s = 0; s < h->count(); ++s) {
            if (h->isSectionHidden(s) || h->sectionSize(s) == 0)
                continue;
            const QString text = h->model()->headerData(s, Qt::Horizontal, Qt::DisplayRole).toString();
            int widest = 0;
            for (const QString &line : text.split(u'\n'))
                widest = std::max(widest, metrics.horizontalAdvance(line));
            if (widest == 0)
                continue;
            // Text, a margin each side, the arrow with its own margin.
            const int needed = widest + 2 * margin + (s == sortedBy ? arrowSize + margin : 0);
            if (h->sectionSize(s) < needed)
                out << QStringLiteral("%1: header «%2» %3 px, needs %4")
                           .arg(nameOf(h), text)
                           .arg(h->sectionSize(s))
                           .arg(needed);
        }
    }
    return out;
}

// Labels of one line whose text is wider than the label (cut or elided);
// rich text and wrapped labels lay themselves out and are left alone.
inline QStringList clippedLabels(const QWidget *root)
{
    QStringList out;
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (!onScreen(l) || l->wordWrap() || l->text().isEmpty() || Qt::mightBeRichText(l->text()))
            continue;
        if (l->text().contains(u'…') && l->toolTip().isEmpty())
            out << QStringLiteral("%1: label «%2» elided").arg(nameOf(l), l->text());
        const QFontMetrics metrics(l->font());
        int widest = 0;
        for (const QString &line : l->text().split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(QString(line).remove(u'&')));
        const int room = l->contentsRect().width() - 2 * l->margin() - 2 * l->indent() * (l->indent() > 0);
        if (widest > room + 1)
            out << QStringLiteral("%1: label «%2» %3 px, needs %4").arg(nameOf(l), l->text()).arg(room).arg(widest);
    }
    return out;
}

// Date fields narrower than their date beside the clear button (a date
// shown «0.08.2026», its first digit cut at the left).
inline QStringList clippedDates(const QWidget *root)
{
    QStringList out;
    for (const DateLineEdit *e : root->findChildren<DateLineEdit *>()) {
        if (!onScreen(e) || e->text().isEmpty())
            continue;
        const int frame = e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, e);
        // The clear button: a 16-px icon in a 22-px button, 6 px apart from the text.
        const int clear = e->isClearButtonEnabled() ? 28 : 0;
        const int needed = e->fontMetrics().horizontalAdvance(e->text()) + 2 * frame + 4 + clear;
        if (e->width() < needed)
            out << QStringLiteral("%1: date «%2» %3 px, needs %4").arg(nameOf(e), e->text()).arg(e->width()).arg(needed);
    }
    return out;
}

// Buttons (OK, Отмена, tool buttons) of `window` that lie, even in part,
// outside the laptop's screen when the window stands at its top left.
inline QStringList buttonsOffScreen(const QWidget *window, QRect screen = laptopScreen())
{
    QStringList out;
    // A window is placed on the screen by the window manager; its frame
    // (the title bar, ~30 px) comes above the client area.
    const QRect client(screen.left(), screen.top() + 30, screen.width(), screen.height() - 30);
    if (window->width() > client.width() || window->height() > client.height())
        out << QStringLiteral("%1: %2×%3, larger than the screen")
                   .arg(nameOf(window))
                   .arg(window->width())
                   .arg(window->height());
    for (const QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        // Hidden, or scrolled out of a scroll area's view (reached by scrolling).
        if (!onScreen(b) || b->window() != window || b->visibleRegion().isEmpty())
            continue;
        const QRect r(b->mapTo(window, QPoint(0, 0)) + client.topLeft(), b->size());
        if (!client.contains(r))
            out << QStringLiteral("%1: button «%2» at %3,%4 off the screen")
                       .arg(nameOf(b), b->text())
                       .arg(r.x())
                       .arg(r.y());
    }
    return out;
}

} // namespace profrost::test
