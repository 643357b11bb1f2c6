#pragma once

#include <QDate>
#include <QString>
#include <QTextStream>

namespace profrost {
class Database;
}

// The monitoring indicators at region scale (issue 16): everything
// IndicatorInputs::read reads, the engine, the breakdown and the trend,
// each beside the sqlite3 shell's floor on the same file.
namespace indicators_bench {

// Tops a demo database up to a region's size: 2,500 organisations,
// 300,000 course records and 100,000 diagnosis results.
void topUpToRegion(profrost::Database &db, QDate today, QTextStream &out);
void run(profrost::Database &db, QDate today, QTextStream &out);

// The statements IndicatorInputs::read runs, as a shell runs them (the
// first line sends the sqlite3 shell's output to /dev/null): the floor.
QString floorSql(QDate at, QDate coursesAfter);

} // namespace indicators_bench
