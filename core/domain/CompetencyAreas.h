#pragma once

#include "domain/CompetencyArea.h"

#include <QList>
#include <QString>

#include <optional>

namespace profrost {

// One area of the dictionary (table competency_area, migration step 13).
struct CompetencyAreaEntry
{
    CompetencyArea area;
    QString name;         // the Russian name, printed and matched in imports («методическая»)
    int position = 0;     // the areas' order in every list, column and document
    bool literacy = false; // judged by the literacy pass mark, not the deficit threshold
    bool operator==(const CompetencyAreaEntry &) const = default;
};

// The competency areas of a database as one value: a snapshot of the
// dictionary, in the order of `position`.
//
// The rest of core reads the areas' names, order and literacy flag through
// one process-wide snapshot, current(), rather than a parameter through
// every rule, list and document: the areas change seldom, and only by the
// methodist's hand. The snapshot is the dictionary of the database opened
// last (Database::open loads it, read-only worker connections do not), kept
// fresh by CompetencyAreaRepository after each change; with no database
// open, or one older than the dictionary, it is the six defaults. Worker
// threads read it too, so it is guarded and handed out by value (the list
// is implicitly shared: a copy costs a reference count).
class CompetencyAreas
{
public:
    CompetencyAreas() = default; // empty
    // Sorted by position (then code, for a stable order).
    explicit CompetencyAreas(QList<CompetencyAreaEntry> entries);
    // The six areas of a new database: предметная, методическая,
    // психолого-педагогическая, коммуникативная, цифровая, функциональная
    // грамотность (the last flagged literacy).
    static CompetencyAreas defaults();

    const QList<CompetencyAreaEntry> &entries() const { return m_entries; }
    QList<CompetencyArea> areas() const; // in order
    bool isEmpty() const { return m_entries.isEmpty(); }
    const CompetencyAreaEntry *find(const CompetencyArea &area) const;
    bool contains(const CompetencyArea &area) const { return find(area) != nullptr; }
    int indexOf(const CompetencyArea &area) const; // -1 when absent
    // The area's name; for a code the dictionary lacks, the code.
    QString name(const CompetencyArea &area) const;
    bool isLiteracy(const CompetencyArea &area) const;
    // The area named `text`: case, spaces, punctuation and ё/е ignored (normalizedKey).
    std::optional<CompetencyArea> byName(const QString &text) const;

    // The process-wide snapshot (see above). `owner` is the Database that
    // loaded it: release(owner) returns to the defaults only when that
    // database is still the one the snapshot came from, so closing an old
    // database after a new one was opened leaves the new one's areas.
    static CompetencyAreas current();
    static void setCurrent(const CompetencyAreas &areas, const void *owner = nullptr);
    static void release(const void *owner);

    bool operator==(const CompetencyAreas &) const = default;

private:
    QList<CompetencyAreaEntry> m_entries;
};

} // namespace profrost
