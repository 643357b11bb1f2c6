#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

struct DemoTrainingSummary
{
    int programmes = 0;
    int runs = 0;        // past, in progress and upcoming
    int completions = 0;
    int applications = 0; // participants of the runs in progress and upcoming
};

// The further-training part of the demo database, written after the registry
// (inside DemoGenerator's transaction): a catalogue of about 30 programmes
// of core/demo/README.md (Академия Минпросвещения, the regional institute, ЦНППМ, the
// pedagogical university, private providers), their runs over the 10 years
// before `today` and completions with certificate numbers (each teacher's
// latest course, then earlier ones some years apart, renewed in time more
// often the nearer the years: I1 rises over the trend), so that about
// three quarters of the active pedagogical workers are within the 3-year
// window, about one in eight is overdue and one in ten falls due within a
// year; management teams that trained together; and a few runs in progress
// and upcoming with applications, enrolments and waiting lists.
//
// Deterministic: its own DemoRandom seeded from `seed`, and the registry read
// in id order, so the same seed, teacher count and today give the same data.
class DemoTraining
{
public:
    static DemoTrainingSummary fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
