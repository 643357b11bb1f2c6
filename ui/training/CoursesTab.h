#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace profrost {

class AppContext;
class CourseRunModel;
class DateLineEdit;
class ParticipantModel;
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

    QTableView *runsTable() const { return m_runs; }
    QTableView *participantsTable() const { return m_participants; }
    CourseRunModel *runsModel() const { return m_runModel; }
    ParticipantModel *participantsModel() const { return m_participantModel; }
    void selectRun(qint64 id);

private:
    // Rows as tall as their text for a district's list of runs.
    void fitRows();
    qint64 currentRunId() const;
    QList<qint64> selectedEnrolments() const;
    void showParticipants();
    bool openRunDialog(const CourseRun &r, bool isNew);
    // Applies `action` to each selected participant, as one undoable step named `what`.
    void act(const QString &what, const std::function<void(qint64)> &action);
    // Runs a change of the current run's participants in one transaction and
    // puts it on the undo stack.
    // `onShown`: a step on the participants the user chose from the list,
    // made only while the list is what they saw (TrainingRepository::checkParticipants).
    void changeParticipants(const QString &what, const std::function<void()> &change, bool onShown);

    AppContext &m_ctx;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
    CourseRunModel *m_runModel;
    ParticipantModel *m_participantModel;
    QTableView *m_runs;
    QTableView *m_participants;
    QLabel *m_runTitle;
    bool m_reloading = false; // the runs are being replaced: selecting is not choosing
};

} // namespace profrost
