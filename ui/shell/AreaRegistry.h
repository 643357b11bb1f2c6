#pragma once

#include <functional>
#include <memory>
#include <vector>

namespace profrost {

class Area;
class AreaHost;

// The areas the program is made of, in the sidebar's order. The list is
// defined in ui/AreaList.cpp, one line per area: the shell itself names
// none of them.
class AreaRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Area>(AreaHost &host)>;

    static const std::vector<Factory> &factories();
    // A fresh set of areas for the database open in `host`.
    static std::vector<std::unique_ptr<Area>> create(AreaHost &host);
};

} // namespace profrost
