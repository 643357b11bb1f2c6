#pragma once

#include "common/PlanGraphTab.h"
#include "training/TrainingPlanModel.h"

class QComboBox;
class QLabel;

namespace profrost {

// The plan-graph of further training for three years: proposed from the
// 3-year rule or loaded when saved, edited per teacher (year, programme,
// topic), with the load per year and per organisation beside it; saved
// (undoably), printed, written to PDF / ODT and exported to Excel.
class PlanTab : public PlanGraphTab
{
    Q_OBJECT
public:
    explicit PlanTab(AppContext &ctx, QWidget *parent = nullptr);

    void proposeAgain();
    void addTeachers(const QList<qint64> &teacherIds);
    void removeSelected();
    void exportSheet(const QString &path);
    QString saveDocument(const QString &path); // writes without asking; the path written or empty

    TrainingPlanModel *model() const { return static_cast<TrainingPlanModel *>(planModel()); }
    QLabel *yearCounts() const { return m_byYear; }
    QComboBox *organisationFilter() const { return m_organisation; }

protected:
    void load(int firstYear) override;
    bool savePlan() override;
    QString proposalText() const override;
    QString discardQuestion() const override;
    void updateCounts() override;

private:
    QString documentTitle() const;

    QComboBox *m_organisation;
    QLabel *m_byYear;
};

} // namespace profrost
