#pragma once

#include <QHashFunctions>
#include <QString>

namespace profrost {

// A competency area of diagnostics, deficits, routes and programmes
// (core/README.md «The competency areas»): the code it is stored under.
// The areas are a dictionary the methodist maintains (CompetencyAreas,
// store/CompetencyAreaRepository); the six areas every database starts
// with have constants here, so that rules and the demo can name them.
// Equality and operator< compare codes (for QMap and QSet); where the order
// is seen, the dictionary's position decides (TrainingText::inAreaOrder).
class CompetencyArea
{
public:
    CompetencyArea() = default;
    explicit CompetencyArea(const QString &code) : m_code(code) {}

    const QString &code() const { return m_code; }
    bool isNull() const { return m_code.isEmpty(); }
    // The area judged by the functional-literacy pass mark instead of the
    // deficit threshold: the dictionary's `literacy` flag (the current one).
    bool isLiteracy() const;

    friend bool operator==(const CompetencyArea &a, const CompetencyArea &b) { return a.m_code == b.m_code; }
    friend bool operator!=(const CompetencyArea &a, const CompetencyArea &b) { return a.m_code != b.m_code; }
    friend bool operator<(const CompetencyArea &a, const CompetencyArea &b) { return a.m_code < b.m_code; }

    // The defaults (migration step 13 seeds them; their codes are those
    // stored since step 3).
    static const CompetencyArea Subject;
    static const CompetencyArea Methodical;
    static const CompetencyArea Psychological;
    static const CompetencyArea Communicative;
    static const CompetencyArea Digital;
    static const CompetencyArea FunctionalLiteracy;

private:
    QString m_code;
};

// Inline variables: initialised before any static of a file that includes
// this header after them (the demo's lists of areas).
inline const CompetencyArea CompetencyArea::Subject{QStringLiteral("subject")};
inline const CompetencyArea CompetencyArea::Methodical{QStringLiteral("methodical")};
inline const CompetencyArea CompetencyArea::Psychological{QStringLiteral("psychological")};
inline const CompetencyArea CompetencyArea::Communicative{QStringLiteral("communicative")};
inline const CompetencyArea CompetencyArea::Digital{QStringLiteral("digital")};
inline const CompetencyArea CompetencyArea::FunctionalLiteracy{QStringLiteral("functional_literacy")};

inline size_t qHash(const CompetencyArea &area, size_t seed = 0) noexcept
{
    return qHash(area.code(), seed);
}

} // namespace profrost
