#pragma once

#include <QCoreApplication>
#include <QDate>

namespace profrost {

class Database;

struct DemoOptions
{
    int teachers = 900;
    quint32 seed = 1;
    // The reference date of ages, experience and categories; invalid means
    // Clock::instance().today(). Never after the clock's today: the registry
    // refuses dates in the future.
    QDate today;
};

struct DemoSummary
{
    int municipalities = 0;
    int organisations = 0;
    int teachers = 0;
    int employments = 0;
};

// Fills a new, empty database with a realistic district (or region, for more
// than 3,000 teachers): municipalities, schools, kindergartens and
// additional-education centres, their staff with ages, categories and
// posts in the proportions of core/demo/README.md; their courses, attestation files
// and methodical associations (РМО, ШМО, plans, protocols). Used by `profrost-cli demo` and
// the first start of the GUI.
//
// Deterministic: the same seed, teacher count and today give the same
// database, so screenshots, documentation and bug reports can refer to it.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // One transaction: all or nothing. Throws profrost::Error (translated, for
    // the user) when the database already holds teachers or organisations, when
    // the teacher count is outside 0..200,000 or when options.today is after
    // the clock's today.
    static DemoSummary generate(Database &db, const DemoOptions &options);
};

} // namespace profrost
