#pragma once

#include "domain/DeficitRules.h"
#include "domain/Diagnosis.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace profrost {

class AppContext;
class DateLineEdit;
class FieldMessage;

// A teacher's result of one diagnosis entered or corrected by hand: the
// teacher (chosen from the registry for a new result), the day, and a score
// in per cent for each area the diagnosis measures (empty: not measured),
// each marked as a deficit as soon as it is typed. `save` stores it and
// returns an empty string, or the reason it was refused.
class ResultDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const DiagnosisResult &)>;
    ResultDialog(AppContext &ctx, const DiagnosisCampaign &campaign, const DeficitThresholds &thresholds, Save save,
                 QWidget *parent = nullptr);
    // A result to correct (its teacher cannot be changed), or a new one's defaults.
    void setResult(const DiagnosisResult &r, const QString &teacherName);
    DiagnosisResult result() const;
    void accept() override;

    QPushButton *teacherButton() const { return m_chooseTeacher; }
    DateLineEdit *dateEdit() const { return m_date; }
    QLineEdit *scoreEdit(CompetencyArea area) const { return m_scores.value(area); }
    QLabel *markOf(CompetencyArea area) const { return m_marks.value(area); }
    FieldMessage *message() const { return m_message; }
    void setTeacher(qint64 id, const QString &name);

private:
    void chooseTeacher();
    void updateMark(CompetencyArea area);

    AppContext &m_ctx;
    DiagnosisCampaign m_campaign;
    DeficitThresholds m_thresholds;
    Save m_save;
    qint64 m_id = 0;
    qint64 m_teacherId = 0;
    QLabel *m_teacher;
    QPushButton *m_chooseTeacher;
    DateLineEdit *m_date;
    QMap<CompetencyArea, QLineEdit *> m_scores;
    QMap<CompetencyArea, QLabel *> m_marks;
    FieldMessage *m_message;
};

} // namespace profrost
