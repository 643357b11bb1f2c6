#include "common/StatusPalette.h"

namespace profrost {

namespace {

// The hues (Material red 800, orange 900, green 800, grey): readable on
// white and on the alternating row colour, and told apart by most
// colour-blind users through their lightness too.
QColor red() { return QColor(0xc6, 0x28, 0x28); }
QColor orange() { return QColor(0xe6, 0x51, 0x00); }
QColor green() { return QColor(0x2e, 0x7d, 0x32); }
QColor grey() { return QColor(0x88, 0x88, 0x88); }

} // namespace

QColor StatusPalette::overdue() { return red(); }
QColor StatusPalette::dueSoon() { return orange(); }
QColor StatusPalette::lapsed() { return red(); }
QColor StatusPalette::expiring() { return orange(); }
QColor StatusPalette::ok() { return green(); }
QColor StatusPalette::refused() { return red(); }
QColor StatusPalette::pending() { return orange(); }
QColor StatusPalette::warning() { return orange(); }
QColor StatusPalette::overHalfLoad() { return orange(); }
QColor StatusPalette::errorText() { return red(); }
QColor StatusPalette::errorBackground() { return QColor(0xff, 0xcd, 0xd2); } // red 100: the text stays readable
QColor StatusPalette::differsBackground() { return QColor(0xff, 0xf3, 0xc4); } // amber 100: marked, not alarming
QColor StatusPalette::pastMember() { return grey(); }
QColor StatusPalette::mutedText() { return grey(); }
QColor StatusPalette::badgeBackground() { return QColor(0xe3, 0xf2, 0xfd); }
QColor StatusPalette::chartBar() { return QColor(0x2f, 0x6d, 0xb5); }
QColor StatusPalette::badgeText() { return QColor(0x0d, 0x47, 0xa1); }

QString StatusPalette::textStyle(const QColor &colour, bool bold)
{
    return u"color: " + colour.name() + (bold ? QStringLiteral("; font-weight: bold;") : QStringLiteral(";"));
}

QString StatusPalette::boldHtml(const QColor &colour, const QString &escapedText)
{
    return u"<b style='color:" + colour.name() + u"'>" + escapedText + u"</b>";
}

} // namespace profrost
