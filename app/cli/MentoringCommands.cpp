// Young teachers and mentoring's commands (issue 14): the import of
// mentorship pairs and the printed lists add their rows here.

#include "cli/CliTables.h"

using namespace Qt::StringLiterals;

namespace profrost::cli {

void registerMentoringCommands()
{
}

} // namespace profrost::cli
