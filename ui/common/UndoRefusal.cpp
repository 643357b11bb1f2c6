#include "common/UndoRefusal.h"

namespace profrost {

QString UndoRefusal::message(const QString &step, bool undoing)
{
    return undoing ? tr("«%1» was not undone: another user has changed the record since. Their version stays; "
                        "open the record to see it.")
                         .arg(step)
                   : tr("«%1» was not redone: another user has changed the record since. Their version stays; "
                        "open the record to see it.")
                         .arg(step);
}

} // namespace profrost
