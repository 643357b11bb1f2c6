#pragma once

#include "shell/AreaHost.h"
#include "store/UserAccess.h"

#include <QMainWindow>
#include <memory>
#include <optional>
#include <vector>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace profrost {

class AppContext;
class Area;
class BackgroundRead;
class Database;
struct ConnectionSpec;

// The main window: a navigation sidebar, one page per registered area
// (shell/AreaRegistry), the menus the areas fill, and the database-wide
// actions (backup, restore, open another file). It names no area.
class MainWindow : public QMainWindow, public AreaHost
{
    Q_OBJECT
public:
    struct Options
    {
        // The integrity check and the daily backup, on a worker thread once
        // the first frame is on screen (the GUI opens the file without the
        // check: it reads the whole file, seconds for a region's registry).
        bool checkInBackground = false;
        // Offer the centre's card after the first frame when it is empty
        // (the program itself; tests leave it off so that nothing blocks).
        bool askForCentreCard = false;
        // The role to show the program as instead of the database's
        // (tests and screenshots): the pages hide what it may not edit.
        std::optional<UserAccess> access;
    };
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    MainWindow(std::unique_ptr<Database> db, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The page of the area at `index` in the sidebar (an invalid index: the first).
    void showPage(int index);
    int currentPage() const;
    // Whether the file was found damaged after the start: open read-only then.
    bool isReadOnly() const { return m_readOnly; }

    // AreaHost
    AppContext &context() const override { return *m_ctx; }
    QWidget *dialogParent() override { return this; }
    void showArea(const QString &id) override;
    QWidget *page(const QString &id) override;
    void setStatusNote(const QString &text) override;
    void setStartupNote(const QString &text) override;
    void runImport(std::unique_ptr<ImportKind> kind, const QString &path, const QString &areaId) override;

signals:
    // The first frame is painted (the start-up work begins now).
    void firstFrameShown();
    // The background check and daily backup are done (`problem` empty when sound).
    void startupChecked(const QString &problem);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    bool auditLogAvailable() const;
    void listenForOtherUsers();
    // A lost connection to the server (Database::connectionLost): offered
    // once it is noticed, and from File → «Переподключиться к серверу».
    void offerReconnect();
    // Connects again and reads the lists anew; the server's words on failure.
    bool reconnect(QString *error);
    // Opens and moves the window to a file / a server's database; a refusal is shown.
    void openFile(const QString &path);
    void openServerDatabase(const ConnectionSpec &spec);
    // The page of the area at `index`, made now when it is still a placeholder.
    QWidget *pageAt(int index);
    void startUp();
    // The database file can be read by other users: said once per file.
    void warnIfExposed();
    void checkDatabase();
    void showDamaged(const QString &problem);
    void backupDatabase();
    void restoreDatabase();
    void openDatabase();
    void connectToServer();
    // Puts `db` (open) in place of the current database and rebuilds the pages around it.
    void switchDatabase(std::unique_ptr<Database> db);
    void showSettings();
    // Settings → «Организация (ИМЦ)»; `firstStart`: offered once, skippable.
    void showCentreCard(bool firstStart = false);
    QString centreCardSkippedKey() const;
    void showAbout();
    void updateTitle();
    // Every area's unsaved work is saved or dropped first; false when cancelled.
    bool confirmDiscard();
    void saveWindowState() const;

    std::unique_ptr<Database> m_db;
    Options m_options;
    AppContext *m_ctx = nullptr;
    std::vector<std::unique_ptr<Area>> m_areas;
    std::vector<QWidget *> m_pages; // nullptr until made
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_dbLabel = nullptr;
    BackgroundRead *m_checker = nullptr;
    bool m_painted = false;
    bool m_readOnly = false;
    bool m_offeringReconnect = false;
};

} // namespace profrost
