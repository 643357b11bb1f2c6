#pragma once

namespace profrost::cli {

// Every area's `import`, `export` and `report` rows added to CliTables, once,
// in the order of `profrost-cli --help` (the list is in CliAreas.cpp).
void registerAreaCommands();

} // namespace profrost::cli
