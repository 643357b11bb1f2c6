#pragma once

#include "util/Error.h"

namespace profrost {

// The one way a whole file is refused by an import, whatever its kind:
// it cannot be read, it is of another format, or a required column is
// missing. The message names the file or the column and is meant for the
// user as it is; nothing has been changed when it is thrown.
class ImportRejected : public Error
{
public:
    using Error::Error;
};

} // namespace profrost
