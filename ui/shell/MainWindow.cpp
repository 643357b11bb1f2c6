#include "shell/MainWindow.h"

#include "associations/AssociationsPage.h"
#include "attestation/AttestationPage.h"
#include "attestation/AttestationPlanTab.h"
#include "attestation/AttestationSettingsDialog.h"
#include "import/ImportDialog.h"
#include "planning/AttestationStatus.h"
#include "registry/DictionariesDialog.h"
#include "registry/OrganisationsPage.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include "shell/SettingsDialog.h"
#include "shell/Startup.h"
#include "store/AttestationRepository.h"
#include "store/BackupService.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "training/PlanTab.h"
#include "training/TrainingPage.h"
#include "util/Error.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace profrost {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent) : QMainWindow(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_dbLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_dbLabel);
    buildPages();
    buildMenus();
    updateTitle();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(settings.value(QStringLiteral("window/page"), int(TeachersPageIndex)).toInt());
    showAttestationReminder();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    m_ctx = new AppContext(*m_db, this);
    connect(m_ctx, &AppContext::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("ProfRost"), message); });

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget { background: #f3f6fa; border: none; border-right: 1px solid #d8dee6; font-size: 11pt;"
        "  outline: 0; }"
        "QListWidget::item { padding: 8px 6px; border: none; border-radius: 4px; color: #1f2933; }"
        "QListWidget::item:hover { background: #e8eef6; }"
        "QListWidget::item:selected { background: #d4e3f7; color: #0d3c78; font-weight: bold; }"));
    new QListWidgetItem(QIcon(QStringLiteral(":/icons/teachers.svg")), tr("Teachers"), m_sidebar);
    new QListWidgetItem(QIcon(QStringLiteral(":/icons/organisations.svg")), tr("Organisations"), m_sidebar);
    new QListWidgetItem(QIcon(QStringLiteral(":/icons/training.svg")), tr("Further training"), m_sidebar);
    new QListWidgetItem(QIcon(QStringLiteral(":/icons/attestation.svg")), tr("Attestation"), m_sidebar);
    new QListWidgetItem(QIcon(QStringLiteral(":/icons/associations.svg")), tr("Methodical associations"), m_sidebar);
    // As wide as the longest name in bold (the selected item), whatever the language.
    QFont bold = m_sidebar->font();
    bold.setPointSize(11);
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int i = 0; i < m_sidebar->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_sidebar->item(i)->text()));
    m_sidebar->setFixedWidth(std::max(190, widest + 24 + 12 + 24)); // icon, padding, margins and spacing

    m_stack = new QStackedWidget(this);
    m_teachers = new TeachersPage(*m_ctx, m_stack);
    m_organisations = new OrganisationsPage(*m_ctx, m_stack);
    m_stack->addWidget(m_teachers);
    m_stack->addWidget(m_organisations);
    m_training = new TrainingPage(*m_ctx, m_stack);
    m_stack->addWidget(m_training);
    m_attestation = new AttestationPage(*m_ctx, m_stack);
    m_stack->addWidget(m_attestation);
    m_associations = new AssociationsPage(*m_ctx, m_stack);
    m_stack->addWidget(m_associations);
    m_teachers->restoreState();
    m_organisations->restoreState();
    connect(m_teachers, &TeachersPage::importRequested, this, [this] { importTeachers(); });
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import teachers..."),
                                      this, [this] { importTeachers(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import &course completions..."), this,
                    [this] { importCourses(); });
    file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import &attestation history..."), this,
                    [this] { importAttestation(); });
    QAction *exportTeachers = file->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export teachers..."),
                                              this, [this] { m_teachers->exportTable(); });
    exportTeachers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(QIcon(QStringLiteral(":/icons/backup.svg")), tr("&Backup..."), this, &MainWindow::backupDatabase);
    file->addAction(tr("&Restore from backup..."), this, &MainWindow::restoreDatabase);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open database..."), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_ctx->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_ctx->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *registry = menuBar()->addMenu(tr("&Registry"));
    registry->addActions(m_teachers->pageActions());
    registry->addSeparator();
    registry->addAction(m_organisations->pageActions().first());
    registry->addSeparator();
    registry->addAction(tr("&Positions and subjects..."), this, [this] {
        DictionariesDialog dialog(*m_ctx, this);
        dialog.exec();
    });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Preferences..."), this, &MainWindow::showSettings);
    settings->addAction(tr("&Attestation rules..."), this, [this] {
        AttestationSettingsDialog dialog(*m_ctx, this);
        dialog.exec();
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ProfRost"), this, &MainWindow::showAbout);
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_stack->count())
        index = TeachersPageIndex;
    m_sidebar->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::setStatusNote(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("ProfRost — %1").arg(QFileInfo(m_db->path()).fileName()));
    // The file name only: the status messages need the room; the path is in the tooltip.
    m_dbLabel->setText(QFileInfo(m_db->path()).fileName());
    m_dbLabel->setToolTip(QDir::toNativeSeparators(m_db->path()));
}

void MainWindow::importTeachers(const QString &given)
{
    QSettings settings;
    QString path = given;
    if (path.isEmpty()) {
        const QString dir = settings.value(QStringLiteral("paths/import"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
        path = QFileDialog::getOpenFileName(this, tr("Import teachers"), dir,
                                            tr("Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv *.txt)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("paths/import"), QFileInfo(path).absolutePath());
    }
    ImportDialog dialog(*m_ctx, path, this);
    if (dialog.exec() == QDialog::Accepted) {
        setStatusNote(dialog.outcome());
        showPage(TeachersPageIndex);
    }
}

void MainWindow::importCourses(const QString &given)
{
    runImport(ImportKind::courses(*m_ctx), given, TrainingPageIndex);
}

void MainWindow::importAttestation(const QString &given)
{
    runImport(ImportKind::attestation(*m_ctx), given, AttestationPageIndex);
}

void MainWindow::runImport(std::unique_ptr<ImportKind> kind, const QString &given, int page)
{
    QSettings settings;
    QString path = given;
    if (path.isEmpty()) {
        const QString dir = settings.value(QStringLiteral("paths/import"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
        path = QFileDialog::getOpenFileName(this, kind->title(), dir,
                                            tr("Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv *.txt)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("paths/import"), QFileInfo(path).absolutePath());
    }
    ImportDialog dialog(*m_ctx, std::move(kind), path, this);
    if (dialog.exec() == QDialog::Accepted) {
        setStatusNote(dialog.outcome());
        showPage(page);
    }
}

void MainWindow::backupDatabase()
{
    const QString suggested = QDir(m_db->backupDirectory()).filePath(
        QFileInfo(m_db->path()).completeBaseName() + QStringLiteral("-copy.sqlite"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                      tr("ProfRost database (*.sqlite *.profrost)"));
    if (path.isEmpty())
        return;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        BackupService(*m_db).backupTo(path);
        QApplication::restoreOverrideCursor();
        setStatusNote(tr("Backup saved to %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Backup"), e.message());
    }
}

void MainWindow::restoreDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from backup"), m_db->backupDirectory(),
                                                      tr("ProfRost backups (*.sqlite *.profrost)"));
    if (path.isEmpty())
        return;
    if (!confirmDiscard())
        return;
    if (QMessageBox::question(this, tr("Restore from backup"),
                              tr("Replace the current data with the backup %1?\n"
                                 "The current state is backed up first, so this can be reversed.")
                                  .arg(QFileInfo(path).fileName()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        BackupService(*m_db).restore(path);
        setStatusNote(tr("Restored from %1").arg(QFileInfo(path).fileName()));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Restore from backup"), e.message());
    }
    m_ctx->undoStack()->clear();
    m_ctx->notifyChanged();
}

void MainWindow::openDatabase()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("ProfRost database (*.sqlite *.profrost);;All files (*)"));
    if (path.isEmpty())
        return;
    auto db = std::make_unique<Database>(path);
    try {
        Database::OpenOptions options;
        options.create = false;
        db->open(options);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Open database"), e.message());
        return;
    }
    Startup::rememberDatabasePath(path);
    saveWindowState();
    // Pages hold the old context: rebuild them around the new database.
    const int page = currentPage();
    delete centralWidget();
    delete m_ctx;
    menuBar()->clear();
    m_db = std::move(db);
    buildPages();
    buildMenus();
    showPage(page);
    updateTitle();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ProfRost"),
                       tr("<h3>ProfRost %1</h3><p>Teachers' professional growth for municipal methodical centres: "
                          "the registry of schools and teachers, further training, attestation, methodical "
                          "associations and monitoring.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), currentPage());
    m_teachers->saveState();
    m_organisations->saveState();
}

bool MainWindow::confirmDiscard()
{
    return m_training->plan()->confirmDiscard() && m_attestation->plan()->confirmDiscard();
}

void MainWindow::showAttestationReminder()
{
    try {
        const QDate today = m_ctx->today();
        const AttestationCounts counts = AttestationStatus(*m_db).counts(today);
        if (counts.total() > 0)
            setStatusNote(tr("Attestation: %1 categories expire within %2 months, %3 have lapsed "
                             "(Attestation → Expiring categories).")
                              .arg(counts.expiring)
                              .arg(counts.months)
                              .arg(counts.lapsed));
    } catch (const Error &) {
        // a reminder is no reason to stop the start
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

} // namespace profrost
