#pragma once

#include <QColor>
#include <QString>

namespace profrost {

// The colours of a status, named by what they mean, so that "overdue" is
// the same red on every page, card and dialog. Three hues carry the
// meaning (red: act now or wrong, orange: soon or pending, green: done),
// grey mutes what is past.
class StatusPalette
{
public:
    // Deadlines: training overdue / due soon, a category lapsed / expiring.
    static QColor overdue();
    static QColor dueSoon();
    static QColor lapsed();
    static QColor expiring();
    // An outcome reached: a course completed, a category granted.
    static QColor ok();
    // An outcome refused (an application refused).
    static QColor refused();
    // Still pending: an application, a waiting list, unsaved changes.
    static QColor pending();
    // A warning that does not stop the user (a programme's target mismatch is an error).
    static QColor warning();
    // A year holding more than half of an organisation's plan.
    static QColor overHalfLoad();
    // What is wrong: a refused save, a field's message, a mismatch.
    static QColor errorText();
    // The background of a cell whose value cannot be read (a date typed wrongly).
    static QColor errorBackground();
    // The background of what differs between two versions (a conflict of an edit).
    static QColor differsBackground();
    // What is no longer current: a past member.
    static QColor pastMember();
    static QColor mutedText();
    // The «young teacher» badge of the teacher card.
    static QColor badgeBackground();
    static QColor badgeText();

    // The bars of a load chart (not a status: one calm blue for every chart).
    static QColor chartBar();

    // "color: #rrggbb;" for a label's style sheet; `bold` adds the weight.
    static QString textStyle(const QColor &colour, bool bold = false);
    // "<b style='color:#rrggbb'>text</b>" for rich text (text already escaped).
    static QString boldHtml(const QColor &colour, const QString &escapedText);
};

} // namespace profrost
