#include "shell/AppContext.h"

#include "util/Clock.h"

#include <QUndoStack>

namespace profrost {

AppContext::AppContext(Database &db, QObject *parent) : QObject(parent), m_db(db), m_undo(new QUndoStack(this)) {}

QDate AppContext::today() const
{
    return Clock::instance().today();
}

} // namespace profrost
