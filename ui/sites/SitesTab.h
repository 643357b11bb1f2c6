#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace profrost {

class AppContext;
class DeferredLoad;
class SiteListModel;
class TokenFilterProxy;

// The innovation and internship sites, filtered by level, status and the
// year they work in (SiteRules::matches); a site is made, changed and
// deleted here with undo, and the list printed («Перечень … площадок»).
class SitesTab : public QWidget
{
    Q_OBJECT
public:
    explicit SitesTab(AppContext &ctx, QWidget *parent = nullptr);
    void reload();
    void newSite();
    void editSite();
    void deleteSite();
    void printList(bool toFile);
    // The list as shown (filtered, in the table's order) to .xlsx or .csv:
    // the columns of SitesListDocument::sheet, as `profrost-cli export sites`.
    void exportTable(const QString &path);

    QComboBox *levelBox() const { return m_level; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *yearBox() const { return m_year; }
    QTableView *view() const { return m_view; }
    SiteListModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QString lastError() const { return m_lastError; }

private:
    AppContext &m_ctx;
    QComboBox *m_level;
    QComboBox *m_status;
    QComboBox *m_year;
    QLabel *m_summary;
    SiteListModel *m_model;
    TokenFilterProxy *m_proxy;
    QTableView *m_view;
    DeferredLoad *m_loader;
    QString m_lastError;
};

} // namespace profrost
