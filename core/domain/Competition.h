#pragma once

#include "domain/ReadVersion.h"
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace profrost {

// Professional competitions (core/README.md «Professional competitions»):
// «Учитель года», «Воспитатель года», «Сердце отдаю детям», «Педагогический
// дебют» and the centre's own, held in a year in stages from the school up.

enum class CompetitionLevel { School, Municipal, Regional, Federal };
enum class CompetitionResult { Participant, Laureate, Prizewinner, Winner };

// A teacher of the registry in a competition (in a nomination, when it has
// any), with their result at each stage they reached.
struct CompetitionEntry
{
    qint64 id = 0;
    qint64 teacherId = 0;
    QString nomination; // empty: the competition has none
    QMap<CompetitionLevel, CompetitionResult> results;

    // The highest stage with a result; School when none is recorded.
    CompetitionLevel reached() const;
    bool operator==(const CompetitionEntry &) const = default;
};

struct Competition
{
    qint64 id = 0;
    QString name;  // «Учитель года России»
    int year = 0;  // the calendar year of the cycle
    QList<CompetitionLevel> stages; // the stages it has, lowest first
    QStringList nominations;
    QString note;
    QList<CompetitionEntry> entries;
    ReadVersion version; // as read from the store (store/RowVersion); 0 for a new one
    bool operator==(const Competition &) const = default;
};

class CompetitionText
{
    Q_DECLARE_TR_FUNCTIONS(CompetitionText)
public:
    static QString code(CompetitionLevel l);
    static QString code(CompetitionResult r);
    static bool fromCode(const QString &code, CompetitionLevel *out);
    static bool fromCode(const QString &code, CompetitionResult *out);
    // «муниципальный (этап)», «победитель» as printed.
    static QString russian(CompetitionLevel l);
    static QString russian(CompetitionResult r);
    static QString displayName(CompetitionLevel l);
    // «municipal» where the column or the list says «stage» already.
    static QString shortName(CompetitionLevel l);
    static QString displayName(CompetitionResult r);
    // As people write them («Победитель», «призер», «краевой»); false otherwise.
    static bool parse(const QString &text, CompetitionLevel *out);
    static bool parse(const QString &text, CompetitionResult *out);
    static QList<CompetitionLevel> allLevels();
    static QList<CompetitionResult> allResults();
    // The competitions every district knows, offered when a new one is made.
    static QStringList knownNames();
};

// What a competition must hold, and how it is counted; every screen,
// document and command asks here.
class CompetitionRules
{
    Q_DECLARE_TR_FUNCTIONS(CompetitionRules)
public:
    // A name, a year, at least one stage; a teacher once per nomination; a
    // nomination the competition has; results only at its stages.
    static QStringList check(const Competition &c);
    // A prize: winner or prizewinner (a laureate is honoured, not a prize).
    static bool isPrize(CompetitionResult r) { return r == CompetitionResult::Winner || r == CompetitionResult::Prizewinner; }
};

// A year's competitions counted by stage: the different teachers who took
// part at that level, and the different teachers who won a prize there.
struct CompetitionTally
{
    int participants = 0;
    int prizewinners = 0; // winners and prizewinners
    int winners = 0;
};

struct CompetitionCounts
{
    CompetitionTally total; // different teachers in any competition of the year
    QMap<CompetitionLevel, CompetitionTally> byLevel;

    static CompetitionCounts of(const QList<Competition> &competitions, int year);
};

} // namespace profrost
