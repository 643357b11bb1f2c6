#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTextBrowser;
class QTableView;

namespace profrost {

class AppContext;
class OrganisationTableModel;
class TokenFilterProxy;
struct Organisation;

// The registry of organisations (schools, kindergartens, additional
// education), with the chosen one's card under the list.
class OrganisationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrganisationsPage(AppContext &ctx, QWidget *parent = nullptr);
    void reload();
    void addOrganisation();
    void editOrganisation();
    void deleteOrganisation();
    QList<QAction *> pageActions() const { return {m_add, m_edit, m_delete}; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QTextBrowser *card() const { return m_card; }
    void saveState() const;
    void restoreState();

private:
    qint64 currentId() const;
    void selectId(qint64 id);
    void updateCount();
    // The chosen organisation's card (OrganisationCard) under the list.
    void updateCard();
    void openDialog(const Organisation &o, bool isNew);

    AppContext &m_ctx;
    OrganisationTableModel *m_model;
    TokenFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTextBrowser *m_card;
    QSplitter *m_splitter;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace profrost
