#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace profrost {

class AppContext;
class BackgroundRead;
class TeacherTableModel;
struct Teacher;
struct TeacherRow;

// The registry of teachers: sortable table, filter-as-you-type over name,
// organisation, position and subject, the teacher's card beside it, and
// add / edit / delete with undo.
class TeachersPage : public QWidget
{
    Q_OBJECT
public:
    explicit TeachersPage(AppContext &ctx, QWidget *parent = nullptr);

    // Reloads the table: in the background when the registry is large, so
    // that the window never freezes; loaded() tells when the rows are in.
    void reload();
    bool isLoading() const;
    ~TeachersPage() override;
    void addTeacher();
    void editTeacher();
    void deleteTeacher();
    void exportTable();
    void focusFilter();
    // Selects the teacher (once the rows are read), clearing a filter that hides them.
    void selectId(qint64 id);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    TeacherTableModel *model() const { return m_model; }
    QAction *addTeacherAction() const { return m_add; }
    QList<QAction *> pageActions() const;

    void saveState() const;
    void restoreState();

signals:
    void importRequested();
    void loaded();
    // A note for the status bar (the filter cleared to show a saved teacher).
    void note(const QString &text);

private:
    void showRows(QList<TeacherRow> rows, QDate at, const QString &error, qint64 keep);
    qint64 currentId() const;
    // A link of the card: attestation-add: / attestation-edit:ID / attestation-remove:ID.
    void cardLink(const QString &link);
    void updateCard();
    void updateCount();
    bool openDialog(Teacher teacher, bool isNew);

    AppContext &m_ctx;
    BackgroundRead *m_reader = nullptr; // reads a region's registry off the GUI thread
    qint64 m_pendingSelect = 0; // to select once the rows are in
    TeacherTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTextBrowser *m_card;
    QSplitter *m_splitter;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_import;
    QAction *m_export;
};

} // namespace profrost
