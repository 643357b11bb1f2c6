#pragma once

#include "domain/CompetencyArea.h"
#include "domain/CompetencyAreas.h"
#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace profrost {

// Further training (ДПО): programmes, their runs and who took them.

enum class ProgrammeKind { Training, Retraining };           // ПК (≥ 16 h) / ПП (≥ 250 h)
enum class ProviderKind { Iro, Cnppm, University, Other };  // ИРО, ЦНППМ, вуз, другое
enum class StudyForm { FullTime, Distance, Blended };       // очно, дистанционно, смешанно
// Competency areas of diagnostics and programmes: domain/CompetencyArea.h,
// a dictionary (CompetencyAreas; core/README.md «The competency areas»).

// заявка → зачислен / лист ожидания → окончил / не окончил; or отозвана.
enum class EnrolmentStatus { Applied, Enrolled, Waiting, Completed, NotCompleted, Withdrawn };

struct Programme
{
    qint64 id = 0;
    QString title;
    QString provider;        // the organisation that runs it, as written on certificates
    ProviderKind providerKind = ProviderKind::Other;
    ProgrammeKind kind = ProgrammeKind::Training;
    int hours = 0;
    StudyForm form = StudyForm::FullTime;
    bool federalRegistry = false;
    QList<CompetencyArea> areas;
    QList<qint64> positionIds; // posts it is meant for (empty: any)
    QList<qint64> subjectIds;  // subjects it is meant for (empty: any)
    ReadVersion version;       // as read by TrainingRepository::programme (store/RowVersion); 0 otherwise
    bool operator==(const Programme &) const = default;
};

struct CourseRun
{
    qint64 id = 0;
    qint64 programmeId = 0;
    QDate starts;
    QDate ends;
    QString place;
    QString groupName;
    int seats = 0; // 0: not limited
    ReadVersion version; // as read from the store (store/RowVersion); 0 for a new one
    bool operator==(const CourseRun &) const = default;
};

struct Enrolment
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 teacherId = 0;
    qint64 organisationId = 0; // the organisation that sent the application (0: none)
    EnrolmentStatus status = EnrolmentStatus::Applied;
    QDate appliedOn;
    QString certificateNumber;
    QDate certificateDate;
    bool operator==(const Enrolment &) const = default;
};

// A finished course of one teacher, as the 3-year rule and the plan-graph see it.
struct Completion
{
    qint64 teacherId = 0;
    qint64 enrolmentId = 0;
    qint64 programmeId = 0;
    qint64 runId = 0; // the course run: a management team is counted per run (indicator I4)
    QString programme;
    QString provider;
    int hours = 0;
    ProgrammeKind kind = ProgrammeKind::Training;
    QDate starts;
    QDate ends; // the day the course was completed
    QString certificateNumber;
};

class TrainingText
{
    Q_DECLARE_TR_FUNCTIONS(TrainingText)
public:
    static QString code(ProgrammeKind k);
    static QString code(ProviderKind k);
    static QString code(StudyForm f);
    static QString code(const CompetencyArea &a) { return a.code(); }
    static QString code(EnrolmentStatus s);
    static bool fromCode(const QString &code, ProgrammeKind *out);
    static bool fromCode(const QString &code, ProviderKind *out);
    static bool fromCode(const QString &code, StudyForm *out);
    // A code of the current dictionary (CompetencyAreas::current()).
    static bool fromCode(const QString &code, CompetencyArea *out);
    static bool fromCode(const QString &code, EnrolmentStatus *out);

    // Russian names as printed and typed: «ПК», «ИРО», «очно», «методическая», «зачислен».
    static QString russian(ProgrammeKind k);
    static QString russian(ProviderKind k);
    static QString russian(StudyForm f);
    // An area: its name in the current dictionary.
    static QString russian(const CompetencyArea &a);
    static QString russian(EnrolmentStatus s);
    // UI names through tr().
    static QString displayName(ProgrammeKind k);
    static QString displayName(ProviderKind k);
    static QString displayName(StudyForm f);
    // An area: a default area under its default name through tr(); an area
    // the methodist added or renamed by its name in the dictionary.
    static QString displayName(const CompetencyArea &a);
    static QString displayName(EnrolmentStatus s);

    // What people type in spreadsheets ("ПК", "повышение квалификации", "дистант", "цифровые").
    static bool parse(const QString &text, ProgrammeKind *out);
    static bool parse(const QString &text, StudyForm *out);
    // An area by its dictionary name, its code, or (default areas) the
    // spellings platforms use («цифровые», «ИКТ»).
    static bool parse(const QString &text, CompetencyArea *out);
    // The provider kind guessed from its name («ГАУ ДПО ИРО» → ИРО, «…университет» → вуз).
    static ProviderKind guessProvider(const QString &provider);

    // The areas of the current dictionary, in its order.
    static QList<CompetencyArea> allAreas();
    // «предметные», «методические», … as deficits and competences are named
    // in the plural («предметные дефициты»): a one-word name in -ая becomes
    // -ые / -ие; any other name (functional literacy) as it is.
    static QString russianPlural(const CompetencyArea &a);
    static QString russianPlural(const QString &name);
    // The areas given, each once, in the order of the dictionary; a code the
    // dictionary lacks (none should be stored) last, by code.
    static QList<CompetencyArea> inAreaOrder(const QList<CompetencyArea> &areas);
};

} // namespace profrost
