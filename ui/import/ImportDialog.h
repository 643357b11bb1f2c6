#pragma once

#include "import/ImportKind.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace profrost {

class AppContext;
class ImportIssueModel;

// The preview of an import (teachers, course completions, ...): every
// rejected row with its row number, column and reason, the warnings, and the
// choice to import the valid rows or nothing. The import itself runs in one
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
    // What the import did, for the status bar (empty until it ran).
    const QString &outcome() const { return m_outcome; }

    void accept() override;

private:
    void fill();

    AppContext &m_ctx;
    QString m_path;
    std::unique_ptr<ImportKind> m_kind;
    QString m_outcome;
    bool m_loaded = false;
    QLabel *m_summary;
    ImportIssueModel *m_issueModel;
    QTableView *m_issues;
    QPushButton *m_importButton;
};

} // namespace profrost
