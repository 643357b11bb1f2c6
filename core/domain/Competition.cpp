#include "domain/Competition.h"

#include "domain/CodeTable.h"

#include <QSet>

namespace profrost {

namespace {

using codetable::Entry;

const Entry<CompetitionLevel> kLevels[] = {
    {CompetitionLevel::School, u"school", u"школьный", {u"школьный этап", u"уровень ОО"}},
    {CompetitionLevel::Municipal, u"municipal", u"муниципальный", {u"муниципальный этап", u"районный"}},
    {CompetitionLevel::Regional, u"regional", u"региональный", {u"региональный этап", u"краевой", u"областной"}},
    {CompetitionLevel::Federal, u"federal", u"федеральный", {u"всероссийский", u"заключительный", u"заключительный этап"}},
};

const Entry<CompetitionResult> kResults[] = {
    {CompetitionResult::Participant, u"participant", u"участник", {u"участие", u"участница"}},
    {CompetitionResult::Laureate, u"laureate", u"лауреат", {}},
    {CompetitionResult::Prizewinner, u"prizewinner", u"призёр", {u"призер", u"призовое место"}},
    {CompetitionResult::Winner, u"winner", u"победитель", {u"победительница", u"1 место", u"абсолютный победитель"}},
};

} // namespace

CompetitionLevel CompetitionEntry::reached() const
{
    return results.isEmpty() ? CompetitionLevel::School : results.lastKey();
}

QString CompetitionText::code(CompetitionLevel l) { return codetable::codeOf(kLevels, l); }
QString CompetitionText::code(CompetitionResult r) { return codetable::codeOf(kResults, r); }
bool CompetitionText::fromCode(const QString &code, CompetitionLevel *out) { return codetable::fromCodeOf(kLevels, code, out); }
bool CompetitionText::fromCode(const QString &code, CompetitionResult *out) { return codetable::fromCodeOf(kResults, code, out); }
QString CompetitionText::russian(CompetitionLevel l) { return codetable::russianOf(kLevels, l); }
QString CompetitionText::russian(CompetitionResult r) { return codetable::russianOf(kResults, r); }
bool CompetitionText::parse(const QString &text, CompetitionLevel *out) { return codetable::parseOf(kLevels, text, out); }
bool CompetitionText::parse(const QString &text, CompetitionResult *out) { return codetable::parseOf(kResults, text, out); }
QList<CompetitionLevel> CompetitionText::allLevels() { return codetable::valuesOf(kLevels); }
QList<CompetitionResult> CompetitionText::allResults() { return codetable::valuesOf(kResults); }

QString CompetitionText::displayName(CompetitionLevel l)
{
    switch (l) {
    case CompetitionLevel::School: return tr("school stage");
    case CompetitionLevel::Municipal: return tr("municipal stage");
    case CompetitionLevel::Regional: return tr("regional stage");
    case CompetitionLevel::Federal: return tr("federal stage");
    }
    return {};
}

QString CompetitionText::shortName(CompetitionLevel l)
{
    switch (l) {
    case CompetitionLevel::School: return tr("school");
    case CompetitionLevel::Municipal: return tr("municipal");
    case CompetitionLevel::Regional: return tr("regional");
    case CompetitionLevel::Federal: return tr("federal");
    }
    return {};
}

QString CompetitionText::displayName(CompetitionResult r)
{
    switch (r) {
    case CompetitionResult::Participant: return tr("participant");
    case CompetitionResult::Laureate: return tr("laureate");
    case CompetitionResult::Prizewinner: return tr("prizewinner");
    case CompetitionResult::Winner: return tr("winner");
    }
    return {};
}

QStringList CompetitionText::knownNames()
{
    return {QStringLiteral("Учитель года России"), QStringLiteral("Воспитатель года России"),
            QStringLiteral("Сердце отдаю детям"), QStringLiteral("Педагогический дебют"),
            QStringLiteral("Педагог-психолог России"), QStringLiteral("Учитель-дефектолог России"),
            QStringLiteral("Классный руководитель года"), QStringLiteral("Директор года")};
}

QStringList CompetitionRules::check(const Competition &c)
{
    QStringList reasons;
    if (c.name.trimmed().isEmpty())
        reasons << tr("Give the name of the competition.");
    if (c.year < 2000 || c.year > 2100)
        reasons << tr("Give the year of the competition.");
    if (c.stages.isEmpty())
        reasons << tr("Choose at least one stage of the competition.");
    QSet<QString> seen;
    for (const CompetitionEntry &e : c.entries) {
        const QString key = QString::number(e.teacherId) + u'|' + e.nomination;
        if (seen.contains(key)) {
            reasons << tr("A teacher is listed twice in the same nomination.");
            break;
        }
        seen.insert(key);
    }
    for (const CompetitionEntry &e : c.entries) {
        if (!e.nomination.isEmpty() && !c.nominations.contains(e.nomination)) {
            reasons << tr("The nomination «%1» is not one of the competition's.").arg(e.nomination);
            break;
        }
    }
    for (const CompetitionEntry &e : c.entries) {
        bool outside = false;
        for (auto it = e.results.cbegin(); it != e.results.cend(); ++it)
            outside = outside || !c.stages.contains(it.key());
        if (outside) {
            reasons << tr("A result is given for a stage the competition does not have.");
            break;
        }
    }
    return reasons;
}

CompetitionCounts CompetitionCounts::of(const QList<Competition> &competitions, int year)
{
    QSet<qint64> all, allPrizes, allWinners;
    QMap<CompetitionLevel, QSet<qint64>> people, prizes, winners;
    for (const Competition &c : competitions) {
        if (c.year != year)
            continue;
        for (const CompetitionEntry &e : c.entries) {
            all.insert(e.teacherId);
            for (auto it = e.results.cbegin(); it != e.results.cend(); ++it) {
                people[it.key()].insert(e.teacherId);
                if (CompetitionRules::isPrize(it.value())) {
                    prizes[it.key()].insert(e.teacherId);
                    allPrizes.insert(e.teacherId);
                }
                if (it.value() == CompetitionResult::Winner) {
                    winners[it.key()].insert(e.teacherId);
                    allWinners.insert(e.teacherId);
                }
            }
        }
    }
    CompetitionCounts out;
    out.total = {int(all.size()), int(allPrizes.size()), int(allWinners.size())};
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        out.byLevel.insert(it.key(), {int(it.value().size()), int(prizes.value(it.key()).size()),
                                      int(winners.value(it.key()).size())});
    return out;
}

} // namespace profrost
