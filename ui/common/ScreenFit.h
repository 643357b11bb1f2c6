#pragma once

#include <QSize>

class QWidget;

namespace profrost {

// Window sizes that respect the screen they open on: a dialog asks for the
// size its content reads best at, and gets no more than the screen's free
// area less the title bar (a 1366×768 laptop less its panel is ~700 px
// tall), so that OK and Отмена are never below the screen's edge.
class ScreenFit
{
public:
    // The screen's free area less the window frame, where `w` opens.
    static QSize room(const QWidget *w);
    // resize() to `wanted`, bounded by room(); the layout's minimum still wins,
    // so tall content belongs in a scroll area.
    static void resize(QWidget *w, QSize wanted);
    // A geometry restored from the settings, shrunk back onto the screen
    // (saved on a larger monitor, opened on the laptop).
    static void keepOnScreen(QWidget *w);
};

} // namespace profrost
