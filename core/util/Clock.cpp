#include "util/Clock.h"

namespace profrost {

namespace {
const SystemClock s_systemClock;
const Clock *s_installed = nullptr;
} // namespace

const Clock &Clock::instance()
{
    return s_installed ? *s_installed : s_systemClock;
}

void Clock::install(const Clock *clock)
{
    s_installed = clock;
}

} // namespace profrost
