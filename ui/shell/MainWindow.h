#pragma once

#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace profrost {

class AppContext;
class AssociationsPage;
class AttestationPage;
class ImportKind;
class Database;
class OrganisationsPage;
class TeachersPage;
class TrainingPage;

// The main window: a navigation sidebar, one page per area, the menus and
// the database-wide actions (import, backup, restore, open another file).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page { TeachersPageIndex, OrganisationsPageIndex, TrainingPageIndex, AttestationPageIndex, AssociationsPageIndex };
    void showPage(int index);
    int currentPage() const;

    AppContext &context() const { return *m_ctx; }
    TeachersPage *teachersPage() const { return m_teachers; }
    OrganisationsPage *organisationsPage() const { return m_organisations; }
    TrainingPage *trainingPage() const { return m_training; }
    AttestationPage *attestationPage() const { return m_attestation; }
    AssociationsPage *associationsPage() const { return m_associations; }

    void importTeachers(const QString &path = {});
    // Completed courses (certificates) from a spreadsheet, with the preview.
    void importCourses(const QString &path = {});
    // Categories and СЗД from a spreadsheet, with the preview.
    void importAttestation(const QString &path = {});
    void setStatusNote(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void runImport(std::unique_ptr<ImportKind> kind, const QString &path, int page);
    void buildMenus();
    void backupDatabase();
    void restoreDatabase();
    void openDatabase();
    void showSettings();
    void showAbout();
    void updateTitle();
    // Unsaved plan-graphs are saved or dropped first; false when cancelled.
    bool confirmDiscard();
    // On start: categories expiring soon and lapsed, in the status bar.
    void showAttestationReminder();
    void saveWindowState() const;

    std::unique_ptr<Database> m_db;
    AppContext *m_ctx = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    TeachersPage *m_teachers = nullptr;
    OrganisationsPage *m_organisations = nullptr;
    TrainingPage *m_training = nullptr;
    AttestationPage *m_attestation = nullptr;
    AssociationsPage *m_associations = nullptr;
    QLabel *m_dbLabel = nullptr;
};

} // namespace profrost
