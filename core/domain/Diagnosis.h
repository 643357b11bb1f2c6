#pragma once

#include "domain/Training.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace profrost {

// Diagnostics of professional deficits (core/README.md, «Diagnostics and
// deficits»): a campaign measures competency areas; a teacher's result
// holds a score in per cent for each area it measured.

// самодиагностика; диагностика ЦОПМКП / ЦНППМ; функциональная грамотность; другое.
enum class DiagnosisKind { SelfAssessment, Centre, FunctionalLiteracy, Other };

struct DiagnosisCampaign
{
    qint64 id = 0;
    QString name;
    DiagnosisKind kind = DiagnosisKind::SelfAssessment;
    QDate starts;
    QDate ends; // invalid: one day
    QList<CompetencyArea> areas; // what it measures; functional literacy: that area alone
    bool operator==(const DiagnosisCampaign &) const = default;
};

// A score in hundredths of a per cent (49.95 % is 4995): stored as a whole
// number, so that a threshold of 50 % compares exactly.
struct AreaScore
{
    CompetencyArea area = CompetencyArea::Subject;
    int hundredths = 0; // 0 … 10000
    double percent() const { return hundredths / 100.0; }
    bool operator==(const AreaScore &) const = default;
};

struct DiagnosisResult
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 teacherId = 0;
    QDate takenOn; // with the teacher and the campaign, what identifies a result
    QList<AreaScore> scores;
    bool operator==(const DiagnosisResult &) const = default;
};

class DiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisText)
public:
    static QString code(DiagnosisKind k);
    static bool fromCode(const QString &code, DiagnosisKind *out);
    // «самодиагностика», «диагностика ЦНППМ», «функциональная грамотность», «другое».
    static QString russian(DiagnosisKind k);
    static QString displayName(DiagnosisKind k);
    // What diagnostic platforms and people write: «Самодиагностика», «ЦОПМКП»,
    // «ЦНППМ», «ФГ», «функциональная грамотность», «другое».
    static bool parse(const QString &text, DiagnosisKind *out);
    static QList<DiagnosisKind> allKinds();
    // A score as written: «49,9», «49.95», «50 %», «100»; false unless it is
    // a number from 0 to 100 with at most two decimals.
    static bool parsePercent(const QString &text, int *hundredths);
    // «49,9 %» as printed and shown (decimal comma, no trailing zeros).
    static QString percentText(int hundredths);
    // «49,9»: the number alone, for a field that stands beside its «%».
    static QString numberText(int hundredths);
    // «01.10–21.10.2026», «28.12.2025–15.01.2026», «10.02.2026»: a campaign's days.
    static QString periodText(const DiagnosisCampaign &c);
};

} // namespace profrost
