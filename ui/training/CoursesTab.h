#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace profrost {

class AppContext;
class DateLineEdit;
struct CourseRun;

// Course runs of a period and their participants: applications from the
// organisations, approval (a seat or the waiting list), completion with the
// certificate, withdrawal (the waiting list moves up).
class CoursesTab : public QWidget
{
    Q_OBJECT
public:
    explicit CoursesTab(AppContext &ctx, QWidget *parent = nullptr);
    void reload();
    // The course schedule of the period shown: preview, or a PDF / ODT file.
    void printSchedule(bool toFile);
    void addRun();
    void editRun();
    void deleteRun();
    void addParticipants(const QList<qint64> &teacherIds);
    void approveSelected();
    void completeSelected(const QString &certificate, QDate date);
    void markNotCompletedSelected();
    void withdrawSelected();

    QTableWidget *runsTable() const { return m_runs; }
    QTableWidget *participantsTable() const { return m_participants; }
    void selectRun(qint64 id);

private:
    qint64 currentRunId() const;
    QList<qint64> selectedEnrolments() const;
    void showParticipants();
    bool openRunDialog(const CourseRun &r, bool isNew);
    // Applies `action` to each selected participant, as one undoable step named `what`.
    void act(const QString &what, const std::function<void(qint64)> &action);
    // Runs a change of the current run's participants in one transaction and
    // puts it on the undo stack.
    void changeParticipants(const QString &what, const std::function<void()> &change);

    AppContext &m_ctx;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
    QTableWidget *m_runs;
    QTableWidget *m_participants;
    QLabel *m_runTitle;
};

} // namespace profrost
