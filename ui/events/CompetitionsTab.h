#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace profrost {

class AppContext;
class CompetitionListModel;
class DeferredLoad;
class TokenFilterProxy;

// The professional competitions of a year with their participants counted
// by stage (CompetitionCounts); a competition is made, changed and deleted
// here with undo.
class CompetitionsTab : public QWidget
{
    Q_OBJECT
public:
    explicit CompetitionsTab(AppContext &ctx, QWidget *parent = nullptr);
    void reload();
    int year() const;
    void setYear(int year);
    void newCompetition();
    void editCompetition();
    void deleteCompetition();
    // The chosen competition's results at a stage (documents/CompetitionDocument):
    // with results at more than one stage the user picks it, the default
    // stage (EventReports::defaultStage) offered first.
    void printResults(bool toFile);

    QTableView *view() const { return m_view; }
    CompetitionListModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QString lastError() const { return m_lastError; }

private:
    AppContext &m_ctx;
    QComboBox *m_year;
    QLabel *m_summary;
    CompetitionListModel *m_model;
    TokenFilterProxy *m_proxy;
    QTableView *m_view;
    DeferredLoad *m_loader;
    QString m_lastError;
};

} // namespace profrost
