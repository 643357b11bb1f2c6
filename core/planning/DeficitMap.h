#pragma once

#include "domain/DeficitRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace profrost {

class Database;

// Which results the deficit map counts: those of one diagnosis, or every
// result taken in a period (open ends allowed; with both open, every result
// ever taken, which is the teachers' current deficits).
struct DeficitScope
{
    qint64 campaignId = 0; // 0: by period
    QDate from, to;        // with no campaign: the days the results were taken, both included
};

// What the rows of the map are.
enum class DeficitGrouping { Organisation, Subject, Municipality };

// How alarming a cell is: the colour of the screen, the sheet and the paper
// (core/README.md, «The deficit map»). None: nobody diagnosed in it.
enum class DeficitLevel { None, Low, Medium, High };

// Of the teachers diagnosed in an area (or, in the last column, in any area),
// how many have a deficit there (a deficit in at least one area).
struct DeficitCell
{
    int diagnosed = 0;
    int deficits = 0;
    // The share with one decimal, in tenths of a per cent (37,5 % is 375);
    // 0 when nobody was diagnosed.
    int shareTenths() const;
    DeficitLevel level() const;
    // «37,5 % (3 из 8)» as the sheet and the paper print it (always
    // Russian, as every document); empty when nobody was diagnosed.
    QString text() const;
    bool operator==(const DeficitCell &) const = default;
};

struct DeficitMapRow
{
    qint64 key = 0; // organisation, subject or municipality id; kUnplaced for teachers with none
    QString label;
    QList<DeficitCell> cells; // one per DeficitMap::areas
    DeficitCell anyArea;      // teachers diagnosed / with at least one deficit
};

struct DeficitMap
{
    QList<CompetencyArea> areas; // the columns: every area measured in the scope, in the areas' order
    QList<DeficitMapRow> rows;   // by label; the row of teachers with no place last
    DeficitMapRow total;         // each teacher counted once, whatever their posts
    int teachers() const { return total.anyArea.diagnosed; }
};

// One diagnosed teacher as the map sees them: the latest score of each area
// within the scope, and where they worked on the map's day.
struct MappedTeacher
{
    qint64 id = 0;
    QString name; // «Фамилия Имя Отчество»
    QMap<CompetencyArea, AreaScore> latest;
    QDate lastDiagnosed;
    QList<qint64> organisations, municipalities, subjects;
};

// What the map is computed from: read once (DeficitMapData::read, on a
// worker thread for a region) and grouped any way without reading again.
struct DeficitMapData
{
    QList<MappedTeacher> teachers; // by name
    QHash<qint64, QString> organisationNames, municipalityNames, subjectNames;
    DeficitThresholds thresholds;
    QDate placesOn; // the day whose posts place the teachers
    // What was counted, as a title goes on: «по итогам диагностики
    // «Самодиагностика» (01.10–31.10.2025)», «по результатам диагностики
    // с 01.01.2026 по 31.12.2026», «по последним результатам на 02.12.2026».
    QString scopeText;

    // Reads the results in `scope`, the teachers' posts on the scope's day
    // (the diagnosis's last day, the period's end, never after `today`) and
    // the names the rows carry. Throws profrost::Error.
    static DeficitMapData read(Database &db, const DeficitScope &scope, QDate today);
};

// The deficit map of a diagnosis: rows of organisations, subjects or
// municipalities, a column per competency area, the share of the diagnosed
// teachers whose latest score there is a deficit (DeficitRules), and a total
// row. Every screen, sheet, printed page and command builds it here.
class DeficitMapBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DeficitMapBuilder)
public:
    static constexpr qint64 kUnplaced = -1;

    static DeficitMap build(const DeficitMapData &data, DeficitGrouping grouping);

    // The teachers behind a cell (a row's key, 0 for the total row; an area,
    // or none for the last column), by name: those diagnosed there, or only
    // those with a deficit there.
    static QList<const MappedTeacher *> teachersIn(const DeficitMapData &data, DeficitGrouping grouping,
                                                   qint64 key, std::optional<CompetencyArea> area,
                                                   bool deficitsOnly);

    // The first column's heading on screen: «Организация», «Предмет», «Муниципалитет».
    static QString groupingTitle(DeficitGrouping grouping);
    // The same on the sheet and the paper, always Russian.
    static QString groupingRussian(DeficitGrouping grouping);
    // The row of the teachers the grouping cannot place, on the sheet and
    // the paper: «(нет места работы на дату)», «(без предмета на дату)».
    static QString unplacedRussian(DeficitGrouping grouping);
    // The colours' legend on screen: «менее 20 %», «от 20 до 50 %», «50 % и более».
    static QString levelText(DeficitLevel level);
    // The same on paper, always Russian.
    static QString levelRussian(DeficitLevel level);
    // 0xRRGGBB of a level's fill (0: none) for the sheet and the paper.
    static quint32 levelFill(DeficitLevel level);
    // The map as a sheet, in Russian: the grouping's column, the areas,
    // «Хотя бы один дефицит», «Итого» last. `fills` gets each cell's 0xRRGGBB.
    static void asSheet(const DeficitMap &map, DeficitGrouping grouping, QStringList *header,
                        QList<QStringList> *rows, QList<QList<quint32>> *fills);
};

} // namespace profrost
