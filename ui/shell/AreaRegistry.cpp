#include "shell/AreaRegistry.h"

#include "shell/Area.h"

namespace profrost {

std::vector<std::unique_ptr<Area>> AreaRegistry::create(AreaHost &host)
{
    std::vector<std::unique_ptr<Area>> areas;
    for (const Factory &make : factories())
        areas.push_back(make(host));
    return areas;
}

} // namespace profrost
