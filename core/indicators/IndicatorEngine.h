#pragma once

#include "indicators/IndicatorInputs.h"

#include <QCoreApplication>
#include <QSet>

namespace profrost {

// One part of a breakdown: an organisation or a municipality with every
// indicator computed on its teachers.
struct IndicatorPart
{
    qint64 id = 0;
    QString name;
    QList<IndicatorValue> values; // in IndicatorText::all()'s order
};

// THE RULES of the monitoring indicators (core/README.md «Indicators»), their
// one place: the dashboard, the analytic report and `profrost-cli
// indicators` take their figures from here. Each teacher's standing at the
// reference date is worked out once; the whole and every part of a
// breakdown are sums over the same standings, so the parts add up to the
// whole. A teacher belongs to the organisation of their main post: the first
// pedagogical post held at D (by hiring date, then the order of entry).
class IndicatorEngine
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorEngine)
public:
    explicit IndicatorEngine(const IndicatorInputs &inputs);

    QDate at() const { return m_in.at; }
    // Every indicator on the whole registry, in IndicatorText::all()'s order.
    QList<IndicatorValue> all() const;
    IndicatorValue value(IndicatorId id) const;
    // The parts, worst first by I1 then by name; an indicator not broken
    // down that way (I8 by organisation: the РМО are the district's) has no data in a part.
    QList<IndicatorPart> byOrganisation() const;
    QList<IndicatorPart> byMunicipality() const;

    // The window of the indicators on diagnostics: (D − 3 years, D].
    static bool inWindow(QDate day, QDate at);
    // The window's first day: D − 3 years + 1 day.
    static QDate windowStart(QDate at);
    // The organisation a teacher counts in: their main post's, the first
    // pedagogical post held at D (by hiring date, then the order of entry).
    static qint64 mainOrganisation(const TeacherRow &teacher, const IndicatorInputs &inputs);

private:
    // What one active pedagogical worker counts in at D.
    struct Standing
    {
        qint64 teacherId = 0;
        QString name;
        QString sortKey;           // lowerKey(name)
        qint64 organisationId = 0; // the main post's
        bool trained = false;      // I1 (I9: not)
        bool federalForDeficit = false; // I2
        bool literacyTaken = false;     // I3a
        bool literacyPassed = false;    // I3b
        bool young = false, supported = false; // I5
        bool validCategory = false;     // I6
        bool deficit = false, routed = false;  // I7
        bool expiring = false;          // I10
    };
    // A management team counted in I4: managers of one organisation who completed one run.
    struct Team
    {
        qint64 organisationId = 0;
        QString text; // «СОШ № 1: Программа (окончание 20.03.2026)»
        QList<qint64> managers;
    };

    void standings();
    void teams();
    QList<IndicatorValue> computeWhole() const;
    // The indicators over these teachers and teams; `in` tells the
    // organisations of the part (whether it has a manager at all, for I4).
    QList<IndicatorValue> compute(const QList<const Standing *> &standings, const QList<const Team *> &teams,
                                  const std::function<bool(qint64 organisationId)> &in, bool whole) const;
    IndicatorValue finish(IndicatorId id, int numerator, std::optional<int> denominator, QList<qint64> numeratorIds,
                          QList<qint64> gapIds, bool dataExists) const;
    QList<IndicatorPart> parts(const QHash<qint64, QString> &names,
                               const std::function<qint64(qint64 organisationId)> &partOf) const;

    const IndicatorInputs &m_in;
    const CompetencyAreas m_areas; // the dictionary, taken once
    QList<Standing> m_standings; // by name
    QList<Team> m_teams;
    QSet<qint64> m_managerOrganisations; // with an active manager at D
    QList<IndicatorValue> m_whole;       // all(), computed once
    bool m_hasCourses = false, m_hasDiagnoses = false, m_hasLiteracy = false, m_hasAttestation = false;
};

} // namespace profrost
