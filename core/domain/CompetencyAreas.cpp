#include "domain/CompetencyAreas.h"

#include "util/TextNormalize.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

struct Snapshot
{
    QMutex mutex;
    CompetencyAreas areas = CompetencyAreas::defaults();
    const void *owner = nullptr;
};

Snapshot &snapshot()
{
    static Snapshot s;
    return s;
}

} // namespace

bool CompetencyArea::isLiteracy() const
{
    return CompetencyAreas::current().isLiteracy(*this);
}

CompetencyAreas::CompetencyAreas(QList<CompetencyAreaEntry> entries) : m_entries(std::move(entries))
{
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const CompetencyAreaEntry &a, const CompetencyAreaEntry &b) {
        return std::pair(a.position, a.area.code()) < std::pair(b.position, b.area.code());
    });
}

CompetencyAreas CompetencyAreas::defaults()
{
    // The names as the program printed them before the dictionary (and as
    // migration step 13 seeds them).
    return CompetencyAreas({
        {CompetencyArea::Subject, u"предметная"_s, 1, false},
        {CompetencyArea::Methodical, u"методическая"_s, 2, false},
        {CompetencyArea::Psychological, u"психолого-педагогическая"_s, 3, false},
        {CompetencyArea::Communicative, u"коммуникативная"_s, 4, false},
        {CompetencyArea::Digital, u"цифровая"_s, 5, false},
        {CompetencyArea::FunctionalLiteracy, u"функциональная грамотность"_s, 6, true},
    });
}

QList<CompetencyArea> CompetencyAreas::areas() const
{
    QList<CompetencyArea> out;
    out.reserve(m_entries.size());
    for (const CompetencyAreaEntry &e : m_entries)
        out << e.area;
    return out;
}

const CompetencyAreaEntry *CompetencyAreas::find(const CompetencyArea &area) const
{
    for (const CompetencyAreaEntry &e : m_entries) {
        if (e.area == area)
            return &e;
    }
    return nullptr;
}

int CompetencyAreas::indexOf(const CompetencyArea &area) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).area == area)
            return i;
    }
    return -1;
}

QString CompetencyAreas::name(const CompetencyArea &area) const
{
    const CompetencyAreaEntry *e = find(area);
    return e ? e->name : area.code();
}

bool CompetencyAreas::isLiteracy(const CompetencyArea &area) const
{
    const CompetencyAreaEntry *e = find(area);
    return e && e->literacy;
}

std::optional<CompetencyArea> CompetencyAreas::byName(const QString &text) const
{
    const QString key = compactKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const CompetencyAreaEntry &e : m_entries) {
        if (compactKey(e.name) == key)
            return e.area;
    }
    return std::nullopt;
}

CompetencyAreas CompetencyAreas::current()
{
    Snapshot &s = snapshot();
    QMutexLocker lock(&s.mutex);
    return s.areas;
}

void CompetencyAreas::setCurrent(const CompetencyAreas &areas, const void *owner)
{
    Snapshot &s = snapshot();
    QMutexLocker lock(&s.mutex);
    s.areas = areas.isEmpty() ? defaults() : areas;
    s.owner = owner;
}

void CompetencyAreas::release(const void *owner)
{
    Snapshot &s = snapshot();
    QMutexLocker lock(&s.mutex);
    if (owner == nullptr || s.owner != owner)
        return;
    s.areas = defaults();
    s.owner = nullptr;
}

} // namespace profrost
