#include "common/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <algorithm>

namespace profrost {

namespace {

// The title bar and borders a window manager adds around the client area.
constexpr int kFrameHeight = 32;
constexpr int kFrameWidth = 8;

} // namespace

QSize ScreenFit::room(const QWidget *w)
{
    const QScreen *screen = w && w->screen() ? w->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return {1366, 768 - kFrameHeight};
    const QRect free = screen->availableGeometry();
    return {free.width() - kFrameWidth, free.height() - kFrameHeight};
}

void ScreenFit::resize(QWidget *w, QSize wanted)
{
    const QSize most = room(w);
    w->resize(std::min(wanted.width(), most.width()), std::min(wanted.height(), most.height()));
}

void ScreenFit::keepOnScreen(QWidget *w)
{
    const QSize most = room(w);
    if (w->width() > most.width() || w->height() > most.height())
        resize(w, w->size());
}

} // namespace profrost
