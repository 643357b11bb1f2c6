#include "shell/MainWindow.h"

#include "common/HeaderFit.h"
#include "common/BackgroundRead.h"
#include "documents/CentreSignatures.h"
#include "import/ImportDialog.h"
#include "import/ImportKind.h"
#include "common/EditAccess.h"
#include "shell/AppContext.h"
#include "shell/Area.h"
#include "shell/AreaRegistry.h"
#include "shell/AuditLogDialog.h"
#include "shell/CentreCardDialog.h"
#include "shell/DatabaseTransfer.h"
#include "shell/ServerConnectDialog.h"
#include "shell/SettingsDialog.h"
#include "shell/Startup.h"
#include "store/AuditLog.h"
#include "store/BackupService.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
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
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QScreen>
#include <algorithm>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace profrost {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent) : MainWindow(std::move(db), Options(), parent) {}

MainWindow::MainWindow(std::unique_ptr<Database> db, Options options, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_dbLabel);
    m_checker = new BackgroundRead(this);
    // A file that cannot be written is read as usual; every save refuses in
    // core with a message naming the file, and the title says so up front.
    m_readOnly = m_db->isReadOnly();
    buildPages();
    buildMenus();
    updateTitle();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1280×800 where there is room; on a 1366×768 laptop no taller than
        // the screen less the title bar, so that the status bar is on it.
        const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1280, room.width()), std::min(800, room.height() - 32));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(settings.value(QStringLiteral("window/page"), 0).toInt());
    // Nothing here reads more than a page needs for its first frame: what
    // grows with the data runs in startUp(), after that frame.
}

MainWindow::~MainWindow()
{
    if (m_db)
        m_db->setConnectionLostHandler({});
}

void MainWindow::buildPages()
{
    m_ctx = new AppContext(*m_db, this);
    if (m_options.access)
        m_ctx->setAccess(*m_options.access);
    connect(m_ctx, &AppContext::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("ProfRost"), message); });
    listenForOtherUsers();
    // Called while the failing statement unwinds: the offer waits for it.
    m_db->setConnectionLostHandler([this] { QTimer::singleShot(0, this, &MainWindow::offerReconnect); });

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
    m_areas = AreaRegistry::create(*this);
    for (const auto &area : m_areas) {
        auto *item = new QListWidgetItem(area->icon(), area->title(), m_sidebar);
        item->setData(Qt::UserRole, area->id());
    }
    // As wide as the longest name in bold (the selected item), whatever the language.
    QFont bold = m_sidebar->font();
    bold.setPointSize(11);
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int i = 0; i < m_sidebar->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_sidebar->item(i)->text()));
    m_sidebar->setFixedWidth(std::max(190, widest + 24 + 12 + 24)); // icon, padding, margins and spacing

    // A placeholder per area: its page is made when first shown.
    m_stack = new QStackedWidget(this);
    m_pages.assign(m_areas.size(), nullptr);
    for (size_t i = 0; i < m_areas.size(); ++i)
        m_stack->addWidget(new QWidget(m_stack));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentWidget(pageAt(row));
    });

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
    file->setObjectName(QStringLiteral("fileMenu"));
    for (const auto &area : m_areas)
        area->addMenuEntries(Area::Menu::FileImport, file);
    for (const auto &area : m_areas)
        area->addMenuEntries(Area::Menu::FileExport, file);
    file->addSeparator();
    file->addAction(QIcon(QStringLiteral(":/icons/backup.svg")), tr("&Backup..."), this, &MainWindow::backupDatabase);
    file->addAction(tr("&Restore from backup..."), this, &MainWindow::restoreDatabase);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open database..."), this, &MainWindow::openDatabase);
    file->addAction(tr("Connect to a &server..."), this, &MainWindow::connectToServer);
    // Moving the whole database between a file and a server.
    if (m_db->connectionSpec().isFile()) {
        QAction *push = file->addAction(tr("&Move the database to a server..."), this, [this] {
            const std::optional<ConnectionSpec> there = DatabaseTransfer::pushToServer(this, *m_db);
            if (there && confirmDiscard())
                openServerDatabase(*there);
        });
        push->setObjectName(QStringLiteral("pushToServerAction"));
    } else {
        QAction *pull = file->addAction(tr("Save a &copy in a file..."), this, [this] {
            const QString path = DatabaseTransfer::pullToFile(this, *m_db);
            if (!path.isEmpty() && confirmDiscard())
                openFile(path);
        });
        pull->setObjectName(QStringLiteral("pullToFileAction"));
        QAction *again = file->addAction(tr("&Reconnect to the server"), this, &MainWindow::offerReconnect);
        again->setObjectName(QStringLiteral("reconnectAction"));
    }
    // The server's log of changes: its administrator's to read.
    if (m_ctx->access().role() == UserAccess::Role::Administrator && auditLogAvailable()) {
        QAction *audit = file->addAction(tr("&Audit log..."), this, [this] {
            AuditLogDialog dialog(*m_db, this);
            dialog.exec();
        });
        audit->setObjectName(QStringLiteral("auditLogAction"));
    }
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_ctx->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_ctx->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    // A role that changes nothing has nothing to undo: no menu of it either.
    edit->menuAction()->setVisible(m_ctx->access().mayEditAnything());

    QMenu *registry = menuBar()->addMenu(tr("&Registry"));
    registry->setObjectName(QStringLiteral("registryMenu"));
    // A separator between two areas' entries.
    for (const auto &area : m_areas) {
        const qsizetype before = registry->actions().size();
        area->addMenuEntries(Area::Menu::Registry, registry);
        const QList<QAction *> now = registry->actions();
        if (before > 0 && now.size() > before && !now.at(before - 1)->isSeparator())
            registry->insertSeparator(now.at(before));
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(tr("&Preferences..."), this, &MainWindow::showSettings);
    QAction *centre = settings->addAction(tr("Methodical &centre..."), this, [this] { showCentreCard(); });
    centre->setObjectName(QStringLiteral("centreCardAction"));
    EditAccess::showIfEditable(*m_ctx, UserAccess::Area::Settings, {centre});
    for (const auto &area : m_areas)
        area->addMenuEntries(Area::Menu::Settings, settings);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About ProfRost"), this, &MainWindow::showAbout);
}

void MainWindow::listenForOtherUsers()
{
    // On a server, another user's commit reaches us as a notice per table;
    // a burst of them (an import, a plan saved) reloads the views once.
    auto *feed = new ChangeFeed(*m_db, m_ctx); // goes with the context when the database changes
    if (!feed->listening())
        return;
    auto *settle = new QTimer(feed);
    settle->setObjectName(QStringLiteral("otherUsersRefresh"));
    settle->setSingleShot(true);
    settle->setInterval(400);
    connect(feed, &ChangeFeed::changedElsewhere, settle, qOverload<>(&QTimer::start));
    connect(settle, &QTimer::timeout, this, [this] {
        m_ctx->notifyChanged();
        setStatusNote(tr("Another user changed the data: the lists show it now."));
    });
}

void MainWindow::offerReconnect()
{
    if (m_offeringReconnect || m_db->connectionSpec().isFile())
        return;
    m_offeringReconnect = true;
    const QString server = m_db->connectionSpec().fullName();
    QString text = m_db->connectionLost()
        ? tr("The connection to the server %1 was lost. What you had saved is on the server; what you were doing "
             "when it was lost was not saved, and nothing is half-written.").arg(server)
        : tr("Connect to the server %1 again?").arg(server);
    for (;;) {
        QMessageBox box(QMessageBox::Warning, tr("Connection to the server"), text, QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("reconnectBox"));
        QPushButton *again = box.addButton(tr("&Reconnect"), QMessageBox::AcceptRole);
        again->setObjectName(QStringLiteral("reconnectButton"));
        box.addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("laterButton"));
        box.setDefaultButton(again);
        box.exec();
        if (box.clickedButton() != again)
            break; // File → «Переподключиться к серверу» offers it again
        QString error;
        if (reconnect(&error))
            break;
        text = tr("Cannot connect to the server %1 yet: %2").arg(server, error);
    }
    m_offeringReconnect = false;
}

bool MainWindow::reconnect(QString *error)
{
    // The feed listens on the connection that broke: a new one listens on the next.
    qDeleteAll(m_ctx->findChildren<ChangeFeed *>(Qt::FindDirectChildrenOnly));
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_db->reconnect();
        QApplication::restoreOverrideCursor();
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        *error = e.message();
        return false;
    }
    listenForOtherUsers();
    m_ctx->notifyChanged(); // what others saved meanwhile
    setStatusNote(tr("Connected to the server again: the lists are read anew."));
    return true;
}

bool MainWindow::auditLogAvailable() const
{
    try {
        return AuditLog::available(*m_db);
    } catch (const Error &) {
        return false; // a lost connection: the menu offers no log it cannot show
    }
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_stack->count())
        index = 0;
    m_sidebar->setCurrentRow(index);
    m_stack->setCurrentWidget(pageAt(index));
}

QWidget *MainWindow::pageAt(int index)
{
    QWidget *&page = m_pages.at(size_t(index));
    if (!page) {
        Area &area = *m_areas.at(size_t(index));
        page = area.createPage(m_stack);
        if (page->objectName().isEmpty())
            page->setObjectName(area.id() + u"Page");
        QWidget *placeholder = m_stack->widget(index);
        const bool current = m_stack->currentIndex() == index;
        m_stack->insertWidget(index, page);
        if (current) // before the placeholder goes: no other page is shown on the way
            m_stack->setCurrentWidget(page);
        m_stack->removeWidget(placeholder);
        delete placeholder;
        area.restoreState();
        HeaderFit::keep(page); // after the saved widths: a title is never cut
    }
    return page;
}

QWidget *MainWindow::page(const QString &id)
{
    for (size_t i = 0; i < m_areas.size(); ++i) {
        if (m_areas[i]->id() == id)
            return pageAt(int(i));
    }
    return nullptr;
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::showArea(const QString &id)
{
    for (int i = 0; i < int(m_areas.size()); ++i) {
        if (m_areas[size_t(i)]->id() == id)
            showPage(i);
    }
}

void MainWindow::setStatusNote(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::setStartupNote(const QString &text)
{
    if (statusBar()->currentMessage().isEmpty())
        setStatusNote(text);
}

void MainWindow::updateTitle()
{
    const ConnectionSpec &where = m_db->connectionSpec();
    setWindowTitle(m_readOnly ? tr("ProfRost — %1 (read-only)").arg(where.shortName())
                              : tr("ProfRost — %1").arg(where.shortName()));
    // The file name only: the status messages need the room; the path is in the tooltip.
    // On a server, who is connected where (user@host:port/database).
    QString shown = where.isFile() ? where.shortName() : where.fullName();
    if (!where.isFile() && m_ctx) { // and as whom: the role the server gives the login
        const UserAccess &access = m_ctx->access();
        shown = access.scope().isEmpty()
                    ? tr("%1 — %2").arg(shown, UserAccess::title(access.role()))
                    : tr("%1 — %2 (%3)").arg(shown, UserAccess::title(access.role()), access.scope());
    }
    m_dbLabel->setText(m_readOnly ? tr("%1 (read-only)").arg(shown) : shown);
    m_dbLabel->setToolTip(m_db->isReadOnly() ? where.fullName() + u'\n' + m_db->readOnlyMessage() : where.fullName());
}

void MainWindow::runImport(std::unique_ptr<ImportKind> kind, const QString &given, const QString &areaId)
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
        showArea(areaId);
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
        m_readOnly = false; // a sound file again, opened for writing
        updateTitle();
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
    openFile(path);
}

void MainWindow::openFile(const QString &path)
{
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
    switchDatabase(std::move(db));
}

void MainWindow::openServerDatabase(const ConnectionSpec &spec)
{
    auto db = std::make_unique<Database>(spec);
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Database::OpenOptions options;
        options.create = false;
        db->open(options);
        QApplication::restoreOverrideCursor();
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Connect to a server"), e.message());
        return;
    }
    ServerConnectDialog::remember(db->connectionSpec());
    Startup::rememberDatabasePath(db->connectionSpec().url());
    switchDatabase(std::move(db));
}

void MainWindow::connectToServer()
{
    if (!confirmDiscard())
        return;
    ServerConnectDialog dialog(this);
    if (!m_db->connectionSpec().isFile())
        dialog.setSpec(m_db->connectionSpec());
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto db = std::make_unique<Database>(dialog.spec());
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            Database::OpenOptions options;
            options.create = false; // a server's database is made by `profrost-cli server init`
            db->open(options);
            QApplication::restoreOverrideCursor();
        } catch (const Error &e) {
            QApplication::restoreOverrideCursor();
            dialog.setMessage(e.message()); // and again, with the server's words
            continue;
        }
        ServerConnectDialog::remember(db->connectionSpec());
        Startup::rememberDatabasePath(db->connectionSpec().url());
        switchDatabase(std::move(db));
        return;
    }
}

void MainWindow::switchDatabase(std::unique_ptr<Database> db)
{
    saveWindowState();
    // Pages hold the old context: rebuild them around the new database.
    const int page = currentPage();
    m_checker->cancel();
    delete centralWidget();
    m_pages.clear();
    m_areas.clear();
    delete m_ctx;
    m_ctx = nullptr;
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    m_db = std::move(db);
    m_readOnly = m_db->isReadOnly();
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

QString MainWindow::centreCardSkippedKey() const
{
    return u"centreCard/skipped/"_s + QString::fromLatin1(m_db->path().toUtf8().toHex());
}

void MainWindow::showCentreCard(bool firstStart)
{
    auto *dialog = new CentreCardDialog(*m_db, m_readOnly, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (firstStart) {
        dialog->setWindowTitle(tr("Methodical centre: who signs the printed forms"));
        // «Позже» once is enough: not asked again for this file on this computer.
        const QString key = centreCardSkippedKey();
        connect(dialog, &QDialog::rejected, this, [key] { QSettings().setValue(key, true); });
    }
    dialog->open();
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
    for (const auto &area : m_areas)
        area->saveState();
}

bool MainWindow::confirmDiscard()
{
    for (const auto &area : m_areas) {
        if (!area->confirmDiscard())
            return false;
    }
    return true;
}

bool MainWindow::event(QEvent *event)
{
    // The first paint: the start-up work waits for the frame to reach the
    // screen (the queued call runs after the backing store is flushed).
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::startUp);
    }
    return QMainWindow::event(event);
}

void MainWindow::startUp()
{
    emit firstFrameShown();
    if (m_options.checkInBackground)
        checkDatabase();
    for (const auto &area : m_areas)
        area->startUp();
    warnIfExposed();
    // A new database: who approves and signs its forms (skippable, asked
    // again on the next start while the card is empty).
    if (m_options.askForCentreCard && !m_readOnly && m_ctx->mayEdit(UserAccess::Area::Settings)
        && !QSettings().value(centreCardSkippedKey()).toBool()) {
        try {
            if (CentreSignatures::card(*m_db).isEmpty())
                showCentreCard(true);
        } catch (const Error &) { // an unreadable card is shown by the page that needs it
        }
    }
}

void MainWindow::warnIfExposed()
{
    // Once per file: the user may share it on purpose.
    const QString warning = m_db->privacyWarning();
    const QString key = u"privacy/warned/"_s + QString::fromLatin1(m_db->path().toUtf8().toHex());
    QSettings settings;
    if (warning.isEmpty() || settings.value(key).toBool())
        return;
    settings.setValue(key, true);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("ProfRost"), warning, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

namespace {

struct StartupCheck
{
    QString problem;     // the file is damaged
    QString backupError; // the daily backup failed
};

} // namespace

void MainWindow::checkDatabase()
{
    const ConnectionSpec connection = m_db->connectionSpec();
    const QDate today = m_ctx->today();
    // Nothing changes in a read-only file, and its folder may refuse a copy:
    // no daily backup, and nothing to warn about.
    const bool readOnly = m_db->isReadOnly();
    m_checker->run<StartupCheck>(
        connection,
        [connection, today, readOnly](Database &reader) {
            StartupCheck result;
            result.problem = Database::integrityProblem(connection);
            if (!result.problem.isEmpty() || readOnly)
                return result; // a damaged copy must not push a sound backup out
            // The daily backup; a failure here must not keep the user out.
            try {
                BackupService(reader).backupIfDue(today);
            } catch (const Error &e) {
                result.backupError = e.message();
            }
            return result;
        },
        [this](StartupCheck result, const QString &error) {
            const QString problem = !error.isEmpty() ? error : result.problem;
            if (!problem.isEmpty())
                showDamaged(problem);
            else if (!result.backupError.isEmpty())
                setStatusNote(tr("The daily backup failed: %1").arg(result.backupError));
            emit startupChecked(problem);
        });
}

void MainWindow::showDamaged(const QString &problem)
{
    // Writing into a damaged file can only make it worse: from now on the
    // connection is read-only, so every save fails and says so; what is on
    // screen can still be read, printed and exported.
    m_readOnly = true;
    try {
        m_db->openForReading();
    } catch (const Error &) {
        // nothing can be read either: the pages say so when they read
    }
    m_ctx->undoStack()->clear();
    updateTitle();
    QMessageBox box(QMessageBox::Critical, tr("ProfRost"), problem, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("damagedMessage"));
    // Not File → Restore: it backs up the current file first, which a damaged file refuses.
    box.setInformativeText(tr("The database is open read-only: you can look, print and export, but no change "
                              "can be saved. Open one of its backups with File → Open database (the daily "
                              "copies are in the backups folder beside the file)."));
    box.exec();
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
