#pragma once

#include "diagnostics/ResultListModel.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace profrost {

class AppContext;
class DeferredLoad;
class TokenFilterProxy;

// The results tab of Diagnostics: the diagnosis (campaign) chosen at
// the top, its results below with the scores by area and the deficits they
// show; campaigns and results are added, corrected and deleted here (results
// with undo), and a platform's export is imported from File. One diagnosis
// at a time is what a methodist looks at, and the results need the whole
// width of a laptop screen: a list beside them would squeeze five scores.
class ResultsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsTab(AppContext &ctx, QWidget *parent = nullptr);

    void reload();
    void addCampaign();
    void editCampaign();
    void deleteCampaign();
    void addResult();
    void editResult();
    void deleteResult();
    void selectCampaign(qint64 id);

    QComboBox *campaigns() const { return m_campaigns; }
    QTableView *results() const { return m_results; }
    ResultListModel *resultModel() const { return m_resultModel; }
    QLabel *summary() const { return m_summary; }
    QLineEdit *filter() const { return m_filter; }
    qint64 currentCampaign() const;
    QString lastError() const { return m_lastError; }

private:
    void showResults();
    bool report(bool ok, const QString &title, const QString &error);
    // The chosen campaign; nullptr when there is none.
    const DiagnosisCampaign *current() const;

    AppContext &m_ctx;
    QList<DiagnosisCampaign> m_campaignList; // by start, as the combo lists them
    QHash<qint64, int> m_resultCounts;
    QComboBox *m_campaigns;
    ResultListModel *m_resultModel;
    TokenFilterProxy *m_proxy;
    QTableView *m_results;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QList<QPushButton *> m_campaignButtons; // edit, delete: only with a campaign chosen
    QList<QPushButton *> m_resultButtons;   // add: only with a campaign chosen
    QHash<qint64, ResultListModel::Person> m_people; // read once a load
    DeferredLoad *m_loader;
    QString m_lastError;
};

} // namespace profrost
