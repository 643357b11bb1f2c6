#pragma once

#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <compare>

namespace profrost {

// Tracks of professional development (core/README.md «Tracks of
// development»; seed 000: «плановое повышение профессионального мастерства;
// устранение дефицита педагогических кадров; повышение квалификации в рамках
// приоритетных федеральных программ»). A centre keeps its own list (the
// three of seed 000 by default) and enrols teachers on a track for a
// half-year; at the end of it each one has completed the track or not
// («из заявленных 24 учителей … проучились почти все»).
struct DevelopmentTrack
{
    qint64 id = 0;
    QString name;
    QString description;
    int position = 0; // the order of the list; a new track goes last
    ReadVersion version; // as read from the store (store/RowVersion); 0 for a new one
    bool operator==(const DevelopmentTrack &) const = default;
};

// A calendar half-year, as reports to the region count them: the first
// (January–June) or the second (July–December) of a year.
struct HalfYear
{
    int year = 0;
    int half = 0; // 1 or 2

    bool isValid() const { return year >= 2000 && year <= 2100 && (half == 1 || half == 2); }
    QDate first() const { return QDate(year, half == 1 ? 1 : 7, 1); }
    QDate last() const { return half == 1 ? QDate(year, 6, 30) : QDate(year, 12, 31); }
    HalfYear next() const { return half == 1 ? HalfYear{year, 2} : HalfYear{year + 1, 1}; }
    HalfYear previous() const { return half == 2 ? HalfYear{year, 1} : HalfYear{year - 1, 2}; }
    static HalfYear containing(QDate day) { return {day.year(), day.month() <= 6 ? 1 : 2}; }
    auto operator<=>(const HalfYear &) const = default;
};

// A teacher enrolled on a track for a half-year, and whether they completed it.
struct TrackEnrolment
{
    qint64 id = 0;
    qint64 trackId = 0;
    qint64 teacherId = 0;
    HalfYear halfYear;
    bool completed = false;
    ReadVersion version; // as read from the store (store/RowVersion); 0 for a new one
    bool operator==(const TrackEnrolment &) const = default;
};

// An enrolment as lists and workbooks show it: the teacher's name and where
// they worked in the half-year (its last day, or today while it goes on).
struct TrackEnrolmentLine
{
    TrackEnrolment enrolment;
    QString teacher;      // «Фамилия Имя Отчество»
    QString organisation; // short name
};

// «из N заявленных прошли M»: the teachers enrolled (applied) and those who completed.
struct TrackTally
{
    int applied = 0;
    int completed = 0;
    bool operator==(const TrackTally &) const = default;
};

class TrackRules
{
    Q_DECLARE_TR_FUNCTIONS(TrackRules)
public:
    // A name (at most 200 characters).
    static QStringList check(const DevelopmentTrack &t);
    // A track, a teacher, a valid half-year; completed only once the
    // half-year has begun (`today` on or after its first day).
    static QStringList check(const TrackEnrolment &e, QDate today);
    // On one track (`trackId`) in one half-year: every enrolment is an
    // application, the completed ones are completions.
    static TrackTally tally(const QList<TrackEnrolment> &enrolments, qint64 trackId, HalfYear halfYear);
    // On all tracks in one half-year, counted in teachers (a teacher on two
    // tracks is one of the applied): completed are those who completed every
    // track they were enrolled on in it (seed 000's «из заявленных 24
    // учителей … проучились почти все»).
    static TrackTally teachersTally(const QList<TrackEnrolment> &enrolments, HalfYear halfYear);
    // The half-years with enrolments, latest first.
    static QList<HalfYear> halfYears(const QList<TrackEnrolment> &enrolments);
};

class TrackText
{
    Q_DECLARE_TR_FUNCTIONS(TrackText)
public:
    // «I полугодие 2026 г.»
    static QString halfYear(HalfYear h);
    // «в I полугодии 2026 г.» (inside a sentence)
    static QString inHalfYear(HalfYear h);
    // «из 24 заявленных прошли 22»
    static QString outcome(const TrackTally &t);
};

} // namespace profrost
