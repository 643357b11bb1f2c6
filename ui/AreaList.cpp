// The areas of the program, in the sidebar's order: adding an area is one
// line here (and one in app/cli/CliAreas.cpp for its commands).
#include "associations/AssociationsArea.h"
#include "attestation/AttestationArea.h"
#include "diagnostics/DiagnosticsArea.h"
#include "events/EventsArea.h"
#include "mentoring/MentoringArea.h"
#include "monitoring/MonitoringArea.h"
#include "practices/PracticesArea.h"
#include "registry/OrganisationsArea.h"
#include "registry/TeachersArea.h"
#include "shell/AreaRegistry.h"
#include "sites/SitesArea.h"
#include "training/TrainingArea.h"

namespace profrost {

namespace {

template <typename T>
std::unique_ptr<Area> make(AreaHost &host)
{
    return std::make_unique<T>(host);
}

} // namespace

const std::vector<AreaRegistry::Factory> &AreaRegistry::factories()
{
    static const std::vector<Factory> list = {
        &make<MonitoringArea>, // the start page: where the district stands
        &make<TeachersArea>,
        &make<OrganisationsArea>,
        &make<TrainingArea>,
        &make<AttestationArea>,
        &make<DiagnosticsArea>,
        &make<AssociationsArea>,
        &make<MentoringArea>,
        &make<EventsArea>,
        &make<SitesArea>,
        &make<PracticesArea>,
    };
    return list;
}

} // namespace profrost
