#include "shell/AppContext.h"

#include "util/Clock.h"
#include "util/Error.h"

#include <QUndoStack>

namespace profrost {

AppContext::AppContext(Database &db, QObject *parent) : QObject(parent), m_db(db), m_undo(new QUndoStack(this))
{
    try {
        m_access = UserAccess::current(db);
    } catch (const Error &) {
        // The role could not be read (a lost connection): nothing is offered
        // for editing; the pages' own reads say what went wrong.
    }
}

QDate AppContext::today() const
{
    return Clock::instance().today();
}

} // namespace profrost
