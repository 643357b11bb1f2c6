#pragma once

#include "store/UserAccess.h"

#include <QCoreApplication>

#include <initializer_list>

class QDialog;
class QObject;

namespace profrost {

class AppContext;

// What the user's role may not change is not offered at all: the server
// refuses such a write anyway (row-level security), and a button that can
// only end in a refusal is a trap. Pages name their writing actions and
// buttons here; which role may edit what is UserAccess::mayEdit's alone.
class EditAccess
{
    Q_DECLARE_TR_FUNCTIONS(EditAccess)
public:
    // Hides `items` (widgets, actions, widgets put on a toolbar) when the
    // role may not edit `area`; a toolbar left with nothing to show goes too.
    static void showIfEditable(const AppContext &ctx, UserAccess::Area area, std::initializer_list<QObject *> items);
    // A record's dialog for reading only (a role that may not change it
    // still reads every field): the fields cannot be changed, the buttons
    // that add or remove parts are hidden, and Close is the only way out.
    static void readOnly(QDialog *dialog);
    // Opens `dialog` for reading only when the role may not edit `area`;
    // true when it did (the caller writes nothing then).
    static bool viewOnly(const AppContext &ctx, UserAccess::Area area, QDialog *dialog);
};

} // namespace profrost
