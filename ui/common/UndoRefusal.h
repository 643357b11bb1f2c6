#pragma once

#include <QCoreApplication>
#include <QString>

namespace profrost {

// What a user reads when an undo or redo step is refused because another
// user of the server saved the record after the step (store/RowVersion):
// nothing was written, their version stays. The store's own message speaks
// of an editor «opened» before, which is not what happened here.
class UndoRefusal
{
    Q_DECLARE_TR_FUNCTIONS(UndoRefusal)
public:
    // `step`: the undo stack's text of the step («edit Иванова А. П.»).
    static QString message(const QString &step, bool undoing);
};

} // namespace profrost
