#pragma once

#include <Qt>

namespace profrost {

// Item roles shared by every model of the client.
enum Role {
    IdRole = Qt::UserRole + 1, // qint64 id of the record in the row
    SortRole,                  // value the proxy sorts by (dates as ISO, numbers as numbers)
    SearchRole,                // normalised text that filtering matches
};

} // namespace profrost
