#pragma once

#include "domain/Association.h"
#include "domain/Attestation.h"
#include "domain/DeficitRules.h"
#include "domain/Diagnosis.h"
#include "domain/Position.h"
#include "domain/Teacher.h"
#include "domain/TeacherRow.h"
#include "domain/Training.h"
#include "indicators/Indicator.h"
#include "planning/YoungTeachers.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace profrost {

class Database;

// The targets and windows the indicators are judged by: settings in the
// database (SettingsRepository keys `indicator_target_i1` …), so that every
// user of a shared database judges alike.
struct IndicatorSettings
{
    QHash<IndicatorId, int> targets; // per cent for a share, the count otherwise
    int trainingIntervalYears = 3;   // I1, I9: the further-training window (training_interval_years)
    int validityYears = 5;           // I6, I10: a category's validity (category_validity_years)
    int expiringMonths = 12;         // I10: categories expiring within so many months after D
    DeficitThresholds thresholds;    // I2, I3b, I7

    static QString targetKey(IndicatorId id); // «indicator_target_i1»
    static QString expiringMonthsKey();       // «indicator_expiring_months»
    static int defaultTarget(IndicatorId id);
    static IndicatorSettings read(Database &db);
};

// Everything the indicators at a reference date are computed from, read
// once (IndicatorInputs::read); the engine reads nothing more. Tests build
// it by hand.
struct IndicatorInputs
{
    QDate at;
    // The earliest reference date these inputs serve (the trend's first
    // 31 August): courses that left the further-training window before it
    // are not read (a region's 300,000 course records go back a decade).
    QDate from;
    IndicatorSettings settings;
    QList<TeacherRow> teachers;                      // the registry on `at` (TeacherRow::pedagogical: active)
    QHash<qint64, QList<Employment>> employments;    // every post, by hiring date then id
    QHash<qint64, PositionKind> positionKinds;       // position id -> kind
    QHash<qint64, QString> organisationNames;        // display names
    QHash<qint64, qint64> municipalityOf;            // organisation -> municipality
    QHash<qint64, QString> municipalityNames;
    QList<Completion> completions;                   // the completed courses in a window from `from` to `at`
    QHash<qint64, Programme> programmes;             // by id: the federal registry, the areas
    QHash<qint64, QList<DiagnosisResult>> diagnoses; // by teacher
    QSet<qint64> routeTeachers;                      // with a route for the academic year of `at`
    QList<YoungTeacher> young;                       // YoungTeachers::list on `at`, with their support
    QList<AttestationRecord> attestation;            // every teacher's history
    QList<Association> districtAssociations;         // РМО working in the academic year of `at`
    QSet<qint64> associationsWithPlan;               // of those, the ones with a year plan

    // Throws profrost::Error. `from`: the earliest day the inputs will
    // serve through readOn (none: `at` only).
    static IndicatorInputs read(Database &db, QDate at, QDate from = {});
    // Another day of the same database (a trend): what does not depend on
    // the day (settings, posts, courses, diagnoses, attestation, names)
    // taken from `base`, the rest read for `at`. A day outside base's
    // from…at is read whole.
    static IndicatorInputs readOn(Database &db, QDate at, const IndicatorInputs &base);
};

} // namespace profrost
