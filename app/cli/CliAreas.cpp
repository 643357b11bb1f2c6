#include "cli/CliAreas.h"

#include <QtGlobal>

namespace profrost::cli {

// Each area's file (app/cli/XxxCommands.cpp) adds its rows to CliTables.
void registerRegistryCommands();
void registerTrainingCommands();
void registerAttestationCommands();
void registerAssociationsCommands();
void registerDiagnosticsCommands();
void registerMentoringCommands();
void registerEventsCommands();
void registerMonitoringCommands();
void registerSitesCommands();
void registerPracticesCommands();
void registerTracksCommands();

// The areas' commands: adding an area is its own file in app/cli/ and one
// line here (and one in ui/AreaList.cpp for its page).
void registerAreaCommands()
{
    static const bool done = [] {
        registerRegistryCommands();
        registerTrainingCommands();
        registerAttestationCommands();
        registerAssociationsCommands();
        registerDiagnosticsCommands();
        registerMentoringCommands();
        registerEventsCommands();
        registerMonitoringCommands();
        registerSitesCommands();
        registerPracticesCommands();
        registerTracksCommands();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace profrost::cli
