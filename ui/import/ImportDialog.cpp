#include "import/ImportDialog.h"

#include "common/HeaderFit.h"
#include "common/ScreenFit.h"
#include "common/StatusPalette.h"
#include "import/ColumnAssignmentPanel.h"
#include "import/ImportIssueModel.h"
#include "io/ColumnAssignments.h"
#include "io/ImportPipeline.h"
#include "shell/AppContext.h"
#include "util/Error.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace profrost {

ImportDialog::ImportDialog(AppContext &ctx, const QString &path, QWidget *parent)
    : ImportDialog(ctx, ImportKind::teachers(ctx), path, parent)
{
}

ImportDialog::ImportDialog(AppContext &ctx, std::unique_ptr<ImportKind> kind, const QString &path, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_path(path),
      m_kind(std::move(kind)),
      m_summary(new QLabel(this)),
      m_columns(new ColumnAssignmentPanel(this)),
      m_issueModel(new ImportIssueModel(this)),
      m_issues(new QTableView(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("%1: %2").arg(m_kind->title(), QFileInfo(path).fileName()));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setModel(m_issueModel);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setAlternatingRowColors(true);
    m_issues->setWordWrap(true);
    m_issues->horizontalHeader()->setSectionResizeMode(ImportIssueModel::ReasonColumn, QHeaderView::Stretch);
    // The height of a wrapped reason follows the width it gets, known once
    // the table is laid out (the stretched column is sized after the resize).
    m_issues->viewport()->installEventFilter(this);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(tr("Import nothing"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    m_columns->hide();
    connect(m_columns, &ColumnAssignmentPanel::assignmentChanged, this, [this] {
        m_kind->setAssignment(m_columns->assignment());
        fill();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_columns);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {900, 600});
    HeaderFit::keep(this); // within a 1366×768 screen, the panel of columns included
    load();
}

void ImportDialog::load()
{
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_table = ImportPipeline::read(m_path, m_kind->columns());
        QApplication::restoreOverrideCursor();
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        m_summary->setText(StatusPalette::boldHtml(StatusPalette::errorText(), e.message().toHtmlEscaped()));
        m_importButton->setEnabled(false);
        return;
    }
    const QList<ColumnSpec> specs = m_kind->columns();
    const QHash<QString, QString> remembered = m_kind->rememberedAssignment(m_table.header);
    m_columns->setColumns(ColumnAssignments::unrecognised(specs, m_table.header),
                          ColumnAssignments::unmatchedFields(specs, m_table.header), remembered,
                          !remembered.isEmpty());
    // What the panel shows is what the preview uses (a remembered entry for a
    // column recognised by now is left to the built-in names).
    m_kind->setAssignment(m_columns->assignment());
    const QList<QComboBox *> combos = m_columns->combos();
    if (!combos.isEmpty()) {
        setTabOrder(combos.last(), m_issues); // then the issues the choices change
        combos.first()->setFocus();           // the question the user is asked first
    }
    fill();
}

void ImportDialog::fill()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_kind->preview(m_table);
        m_loaded = true;
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        m_summary->setText(StatusPalette::boldHtml(StatusPalette::errorText(), e.message().toHtmlEscaped()));
        m_importButton->setEnabled(false);
        return;
    }
    QApplication::restoreOverrideCursor();

    const ImportPreview &preview = m_kind->result();
    const int rejectedRows = preview.rejectedRows();
    const int valid = m_kind->validRows();
    QString summary = tr("<b>%1</b>: %2 rows read, <b>%3 valid</b>, %4, %5 warnings.")
                          .arg(QFileInfo(m_path).fileName().toHtmlEscaped())
                          .arg(m_kind->totalRows())
                          .arg(valid)
                          .arg(StatusPalette::boldHtml(StatusPalette::errorText(),
                                                       tr("%1 rejected")
                                                           .arg(m_kind->fileRejected() ? m_kind->totalRows() : rejectedRows)))
                          .arg(m_kind->warnings().size());
    if (m_kind->fileRejected()) {
        summary += u"<br>" + tr("The file cannot be imported: a required column is missing.").toHtmlEscaped();
        if (m_columns->isVisibleTo(this))
            summary += u' ' + tr("Choose below which column of the file holds it.").toHtmlEscaped();
    } else if (rejectedRows > 0) {
        summary += u"<br>" + tr("Import the valid rows now and correct the rejected ones in the file, or import nothing.").toHtmlEscaped();
    }
    m_summary->setText(summary);

    m_issueModel->reset(preview);
    m_issues->setSortingEnabled(true); // first: the widths then leave room for the sort arrow
    m_issues->sortByColumn(ImportIssueModel::RowColumn, Qt::AscendingOrder); // in the order of the file
    m_issues->resizeColumnToContents(ImportIssueModel::RowColumn);
    m_issues->resizeColumnToContents(ImportIssueModel::ColumnColumn);
    m_issues->resizeColumnToContents(ImportIssueModel::KindColumn);
    fitFileRows();

    m_importButton->setText(tr("Import %n valid row(s)", nullptr, valid));
    m_importButton->setEnabled(valid > 0 && !m_kind->fileRejected());
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_issues->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ImportDialog::fitFileRows);
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::fitFileRows()
{
    // The file's own problems (a missing column with the columns found) are
    // read in full; in the order of the file they come first, and they are few.
    for (int row = 0; row < m_issueModel->rowCount()
                      && m_issueModel->index(row, 0).data(ImportIssueModel::SourceRowRole).toInt() == 0;
         ++row) {
        m_issues->resizeRowToContents(row);
        // Never below the other rows' height: a short reason keeps its line.
        m_issues->setRowHeight(row, std::max(m_issues->rowHeight(row), m_issues->verticalHeader()->defaultSectionSize()));
    }
}

void ImportDialog::accept()
{
    if (!m_loaded || m_kind->validRows() == 0 || m_kind->fileRejected())
        return;
    QProgressDialog progress(m_kind->progressText(), tr("Cancel"), 0, m_kind->validRows(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        // The kind keeps a backup first: a large import cannot be undone step by step.
        m_outcome = m_kind->apply([&](int done, int) {
            progress.setValue(done);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    } catch (const Error &e) {
        progress.close();
        QMessageBox::warning(this, m_kind->title(), e.message());
        return;
    }
    progress.setValue(progress.maximum());
    m_ctx.undoStack()->clear(); // earlier commands refer to the state before the import
    m_ctx.notifyChanged();
    QDialog::accept();
}

} // namespace profrost
