#pragma once

#include "io/TeacherImporter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace profrost {

class AppContext;

// The preview of a teachers import: every rejected row with its row number,
// column and reason, the warnings, and the choice to import the valid rows
// or nothing. The import itself runs in one transaction with progress.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(AppContext &ctx, const QString &path, QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }
    const TeacherImporter::Preview &preview() const { return m_preview; }
    QPushButton *importButton() const { return m_importButton; }
    QTableWidget *issuesTable() const { return m_issues; }
    const ImportOutcome &outcome() const { return m_outcome; }

    void accept() override;

private:
    void fill();

    AppContext &m_ctx;
    QString m_path;
    TeacherImporter m_importer;
    TeacherImporter::Preview m_preview;
    ImportOutcome m_outcome;
    bool m_loaded = false;
    QLabel *m_summary;
    QTableWidget *m_issues;
    QPushButton *m_importButton;
};

} // namespace profrost
