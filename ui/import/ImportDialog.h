#pragma once

#include "import/ImportKind.h"
#include "io/Table.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace profrost {

class AppContext;
class ColumnAssignmentPanel;
class ImportIssueModel;

// The preview of an import (teachers, course completions, ...): every
// rejected row with its row number, column and reason, the warnings, and the
// choice to import the valid rows or nothing. Columns the program does not
// recognise can be assigned to a field here (pre-filled as at an earlier
// import of a file with the same headers); each change previews again. The import itself runs in one
// transaction with progress, after a backup.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(AppContext &ctx, std::unique_ptr<ImportKind> kind, const QString &path, QWidget *parent = nullptr);
    // A teachers import.
    ImportDialog(AppContext &ctx, const QString &path, QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }
    const ImportKind &kind() const { return *m_kind; }
    QPushButton *importButton() const { return m_importButton; }
    QTableView *issuesTable() const { return m_issues; }
    ImportIssueModel *issuesModel() const { return m_issueModel; }
    ColumnAssignmentPanel *columnAssignments() const { return m_columns; }
    // What the import did, for the status bar (empty until it ran).
    const QString &outcome() const { return m_outcome; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Reads the file, offers its unrecognised columns for assignment.
    void load();
    // The preview of the file as the columns are assigned now.
    void fill();
    // Rows of the file-level problems as tall as their text.
    void fitFileRows();

    AppContext &m_ctx;
    QString m_path;
    std::unique_ptr<ImportKind> m_kind;
    QString m_outcome;
    bool m_loaded = false;
    Table m_table; // read once: an assignment changed previews it again
    QLabel *m_summary;
    ColumnAssignmentPanel *m_columns;
    ImportIssueModel *m_issueModel;
    QTableView *m_issues;
    QPushButton *m_importButton;
};

} // namespace profrost
