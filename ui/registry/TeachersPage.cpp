#include "registry/TeachersPage.h"


#include "attestation/AttestationRecordCommand.h"
#include "attestation/AttestationRecordDialog.h"
#include "common/BackgroundRead.h"
#include "common/ConflictResolution.h"
#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "io/TeacherExport.h"
#include "registry/RecordCommands.h"
#include "common/EditAccess.h"
#include "registry/TeacherCard.h"
#include "registry/TeacherDialog.h"
#include "registry/TeacherTableModel.h"
#include "shell/AppContext.h"
#include "store/AttestationRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/RecordComparison.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QAction>
#include <QUrl>
#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace profrost {

TeachersPage::TeachersPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new TeacherTableModel(this)),
      m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_card(new QTextBrowser(this)),
      m_splitter(new QSplitter(this))
{
    m_reader = new BackgroundRead(this);
    setObjectName(QStringLiteral("teachersPage"));
    m_view->setObjectName(QStringLiteral("teachersTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TeacherTableModel::FullNameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 50,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {250, 115, 75, 170, 170, 150, 60, 100, 110};
    for (int i = 0; i < TeacherTableModel::ColumnCount; ++i)
        m_view->setColumnWidth(i, widths[i]);

    m_filter->setObjectName(QStringLiteral("teacherFilter"));
    m_filter->setPlaceholderText(tr("Filter: name, organisation, position, subject (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        updateCount();
        updateCard();
    });

    m_add = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add teacher..."), this);
    m_add->setShortcut(QKeySequence::New);
    // Ctrl+N is the teacher's alone; an organisation is added with Ctrl+Shift+N.
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_add);
    m_add->setToolTip(tr("Add a teacher (Ctrl+N)"));
    m_edit = new QAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit..."), this);
    m_edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_import = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import..."), this);
    m_import->setToolTip(tr("Import teachers from CSV or Excel"));
    m_export = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport..."), this);
    m_export->setToolTip(tr("Export the shown teachers to Excel or CSV"));
    auto *focus = new QAction(this);
    focus->setShortcut(QKeySequence::Find);
    connect(focus, &QAction::triggered, this, &TeachersPage::focusFilter);
    addAction(focus);
    for (QAction *a : {m_edit, m_delete})
        addAction(a);
    m_add->setObjectName(QStringLiteral("addTeacherAction"));
    m_edit->setObjectName(QStringLiteral("editTeacherAction"));
    m_delete->setObjectName(QStringLiteral("deleteTeacherAction"));
    m_import->setObjectName(QStringLiteral("importTeachersPageAction"));
    m_export->setObjectName(QStringLiteral("exportTeachersPageAction"));
    connect(m_add, &QAction::triggered, this, &TeachersPage::addTeacher);
    connect(m_edit, &QAction::triggered, this, &TeachersPage::editTeacher);
    connect(m_delete, &QAction::triggered, this, &TeachersPage::deleteTeacher);
    connect(m_import, &QAction::triggered, this, &TeachersPage::importRequested);
    connect(m_export, &QAction::triggered, this, &TeachersPage::exportTable);
    // A role that may not edit the registry reads the teacher's card beside the list.
    if (m_ctx.mayEdit(UserAccess::Area::Registry))
        connect(m_view, &QTableView::doubleClicked, this, &TeachersPage::editTeacher);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_delete);
    QAction *gap = toolbar->addSeparator();
    toolbar->addAction(m_import);
    toolbar->addAction(m_export);
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Registry, {m_add, m_edit, m_delete, gap, m_import});

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);

    m_card->setObjectName(QStringLiteral("teacherCard"));
    m_card->setOpenLinks(false);
    connect(m_card, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { cardLink(url.toString()); });
    m_card->setMinimumWidth(260);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_view);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_card);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TeachersPage::updateCard);
    connect(&m_ctx, &AppContext::registryChanged, this, &TeachersPage::reload);
    reload();
}

QList<QAction *> TeachersPage::pageActions() const
{
    return {m_add, m_edit, m_delete, m_import, m_export};
}

namespace {
// Up to this size the rows load faster than a thread starts.
constexpr int kLoadInBackgroundFrom = 3000;
} // namespace

TeachersPage::~TeachersPage() = default; // m_reader waits for its worker

bool TeachersPage::isLoading() const { return m_reader->isRunning(); }

void TeachersPage::reload()
{
    const qint64 keep = currentId();
    const QDate at = m_ctx.today();
    m_reader->cancel(); // a read still running may miss the newest change: this one answers
    int count = 0;
    try {
        count = TeacherRepository(m_ctx.db()).count();
        if (count < kLoadInBackgroundFrom) {
            showRows(TeacherRepository(m_ctx.db()).rows(at), at, {}, keep);
            return;
        }
    } catch (const Error &e) {
        showRows({}, at, e.message(), keep);
        return;
    }
    m_count->setText(tr("loading %n teacher(s)...", nullptr, count));
    m_reader->run<QList<TeacherRow>>(
        m_ctx.db().connectionSpec(), [at](Database &reader) { return TeacherRepository(reader).rows(at); },
        [this, at, keep](QList<TeacherRow> rows, const QString &error) { showRows(std::move(rows), at, error, keep); });
}

void TeachersPage::showRows(QList<TeacherRow> rows, QDate at, const QString &error, qint64 keep)
{
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Teachers"), error);
    else {
        try {
            m_model->setValidityYears(SettingsRepository(m_ctx.db()).validityYears());
        } catch (const Error &) {
            // the tooltip keeps the last validity read
        }
        m_model->setRows(std::move(rows), at);
    }
    selectId(m_pendingSelect != 0 ? m_pendingSelect : keep);
    m_pendingSelect = 0;
    // Something is always selected, so the card is never an empty panel.
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateCount();
    updateCard();
    emit loaded();
}

qint64 TeachersPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

void TeachersPage::selectId(qint64 id)
{
    if (id == 0)
        return;
    if (isLoading()) {
        m_pendingSelect = id; // selected when the rows are in
        return;
    }
    int row = m_model->indexOf(id);
    if (row < 0 && m_model->contains(id) && !m_filter->text().isEmpty()) {
        // The teacher just saved (or asked for) is hidden by the filter: a
        // saved record must not vanish without a word. Show everyone, say why.
        m_filter->clear();
        row = m_model->indexOf(id);
        emit note(tr("The filter was cleared: it hid %1.").arg(TeacherRepository(m_ctx.db()).nameOf(id)));
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void TeachersPage::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_model->rowCount()).arg(m_model->totalCount()));
    const bool has = currentId() != 0;
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
}

void TeachersPage::updateCard()
{
    const qint64 id = currentId();
    m_card->setHtml(id == 0 ? u"<p style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>" + tr("Select a teacher to see the card.").toHtmlEscaped() + u"</p>"
                            : TeacherCard::html(m_ctx.db(), id, m_ctx.today(), m_ctx.mayEdit(UserAccess::Area::Attestation)));
    m_edit->setEnabled(id != 0);
    m_delete->setEnabled(id != 0);
}

void TeachersPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

bool TeachersPage::openDialog(Teacher teacher, bool isNew)
{
    DictionaryRepository dict(m_ctx.db());
    const std::optional<Teacher> before = isNew ? std::nullopt : std::optional<Teacher>(teacher);
    qint64 savedId = teacher.id;
    TeacherDialog dialog(OrganisationRepository(m_ctx.db()).all(), dict.positions(), dict.subjects(), m_ctx.today(),
                         [&](const Teacher &t) -> QString {
                             try {
                                 TeacherRepository repo(m_ctx.db());
                                 if (isNew) {
                                     savedId = repo.insert(t);
                                     const Teacher saved = repo.get(savedId);
                                     m_ctx.undoStack()->push(
                                         new TeacherCommand(m_ctx, std::nullopt, saved, tr("add %1").arg(saved.shortName())));
                                     return {};
                                 }
                                 // Another user may have saved the card since it was opened.
                                 const ConflictSave<Teacher> done = ConflictResolution::save<Teacher>(
                                     QApplication::activeModalWidget(), t, [&](const Teacher &mine) { repo.update(mine); },
                                     [&] { return repo.get(t.id); },
                                     [&](const Teacher &mine, const Teacher &theirs) {
                                         return RecordComparison::teachers(m_ctx.db(), mine, theirs);
                                     });
                                 if (done.result != ConflictSave<Teacher>::Result::Saved) {
                                     m_ctx.notifyChanged(); // the list shows the stored version
                                     return done.message;
                                 }
                                 savedId = t.id;
                                 const Teacher saved = repo.get(t.id);
                                 // Undo brings back what was stored before: theirs when saved over it.
                                 m_ctx.undoStack()->push(new TeacherCommand(m_ctx, done.replaced ? done.replaced : before,
                                                                            saved, tr("edit %1").arg(saved.shortName())));
                                 return {};
                             } catch (const Error &e) {
                                 return e.message();
                             }
                         },
                         this);
    dialog.setWindowTitle(isNew ? tr("New teacher") : tr("Teacher: %1").arg(teacher.fullName()));
    dialog.setTeacher(teacher);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_ctx.notifyChanged();
    selectId(savedId);
    return true;
}

void TeachersPage::addTeacher()
{
    openDialog(Teacher(), true);
}

void TeachersPage::cardLink(const QString &link)
{
    const qint64 teacher = currentId();
    if (teacher == 0)
        return;
    const QString action = link.section(u':', 0, 0);
    if (!m_ctx.mayEdit(UserAccess::Area::Attestation)) // the card offers no such link then
        return;
    const qint64 recordId = link.section(u':', 1).toLongLong();
    try {
        AttestationRepository repo(m_ctx.db());
        const QString name = TeacherRepository(m_ctx.db()).get(teacher).fullName();
        if (action == u"attestation-remove") {
            const AttestationRecord r = repo.record(recordId);
            if (QMessageBox::question(this, tr("Remove the attestation record"),
                                      tr("Remove the record of %1 of %2 from the history?\nYou can undo this with Ctrl+Z.")
                                          .arg(DateText::numeric(r.granted), name),
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                return;
            repo.removeRecord(recordId);
            m_ctx.undoStack()->push(new AttestationRecordCommand(m_ctx, r, std::nullopt, tr("remove an attestation record")));
            return;
        }
        if (action != u"attestation-add" && action != u"attestation-edit")
            return;
        std::optional<AttestationRecord> before;
        if (action == u"attestation-edit")
            before = repo.record(recordId);
        std::optional<AttestationRecord> shown = before; // what the dialog opens with
        for (;;) {
            AttestationRecordDialog dialog(teacher, name, SettingsRepository(m_ctx.db()).validityYears(), m_ctx.today(),
                                           this);
            if (shown)
                dialog.setRecord(*shown);
            if (dialog.exec() != QDialog::Accepted)
                return;
            AttestationRecord after = dialog.record();
            if (!before) {
                after.id = repo.insertRecord(after);
                m_ctx.undoStack()->push(new AttestationRecordCommand(m_ctx, before, after, tr("add an attestation record")));
                return;
            }
            after.id = before->id;
            after.version = before->version; // what the dialog was opened on (store/RowVersion)
            // Another methodist may have corrected the record meanwhile: both
            // versions side by side; back to editing reopens the dialog with
            // the user's values.
            const ConflictSave<AttestationRecord> done = ConflictResolution::save<AttestationRecord>(
                this, after, [&repo](const AttestationRecord &mine) { repo.updateRecord(mine); },
                [&repo, &after] { return repo.record(after.id); },
                [this](const AttestationRecord &mine, const AttestationRecord &theirs) {
                    return RecordComparison::attestationRecords(m_ctx.db(), mine, theirs);
                });
            if (done.result == ConflictSave<AttestationRecord>::Result::KeptTheirs) {
                m_ctx.notifyChanged();
                return;
            }
            if (done.result == ConflictSave<AttestationRecord>::Result::NotSaved) {
                QMessageBox::information(this, tr("Attestation"), done.message);
                shown = after;
                continue;
            }
            after.version.value = RowVersion::of(m_ctx.db(), QStringLiteral("attestation_record"), after.id);
            m_ctx.undoStack()->push(new AttestationRecordCommand(m_ctx, done.replaced ? done.replaced : before, after,
                                                                 tr("change an attestation record")));
            return;
        }
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Attestation"), e.message());
    }
}

void TeachersPage::editTeacher()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    try {
        openDialog(TeacherRepository(m_ctx.db()).get(id), false);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Teachers"), e.message());
    }
}

void TeachersPage::deleteTeacher()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    try {
        TeacherRepository repo(m_ctx.db());
        const Teacher t = repo.get(id);
        const auto answer = QMessageBox::question(
            this, tr("Delete teacher"),
            tr("Delete %1 with all posts from the registry?\nYou can undo this with Ctrl+Z.").arg(t.fullName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        repo.remove(id);
        m_ctx.undoStack()->push(new TeacherCommand(m_ctx, t, std::nullopt, tr("delete %1").arg(t.shortName())));
        m_ctx.notifyChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Delete teacher"), e.message());
    }
}

void TeachersPage::exportTable()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("paths/export"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export teachers"), dir + tr("/teachers.xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"),
                                                      &selected);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/export"), QFileInfo(path).absolutePath());
    QList<TeacherRow> rows;
    rows.reserve(m_model->rowCount());
    for (int i = 0; i < m_model->rowCount(); ++i)
        rows.append(m_model->row(i));
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        TeacherExport::write(path, rows);
        QApplication::restoreOverrideCursor();
        QMessageBox::information(this, tr("Export teachers"), tr("%n teacher(s) exported to %1.", nullptr, int(rows.size()))
                                                                  .arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Export teachers"), e.message());
    }
}

void TeachersPage::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("teachers/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("teachers/splitter"), m_splitter->saveState());
}

void TeachersPage::restoreState()
{
    QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("teachers/header")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("teachers/splitter")).toByteArray());
}

} // namespace profrost
