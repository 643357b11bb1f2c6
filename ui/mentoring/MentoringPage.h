#pragma once

#include "mentoring/MentoringLines.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QTabWidget;

namespace profrost {

class AppContext;
class BackgroundRead;
class DateLineEdit;
class DeferredLoad;
class MentorsTab;
class PairsTab;
class YoungTeachersTab;

// Young teachers and mentoring on a day (today by default): the young
// teachers with their support, the mentors' load, and the pairs, made and
// changed here with undo.
class MentoringPage : public QWidget
{
    Q_OBJECT
public:
    // `openTeacher` shows a teacher in the registry.
    MentoringPage(AppContext &ctx, std::function<void(qint64)> openTeacher, QWidget *parent = nullptr);

    // Reads the day's lists again (on a worker thread for a region).
    void reload();
    bool isLoading() const;
    QDate day() const;
    void setDay(QDate day);

    // A new pair, with the mentee chosen already when `menteeId` is given.
    void newPair(qint64 menteeId = 0);
    void editPair(qint64 pairId);
    void deletePair(qint64 pairId);
    void setLoadLimit(int limit);
    enum class List { YoungTeachers, Mentors };
    void print(List list, bool toFile);

    YoungTeachersTab *youngTeachers() const { return m_young; }
    MentorsTab *mentors() const { return m_mentors; }
    PairsTab *pairs() const { return m_pairs; }
    QTabWidget *tabs() const { return m_tabs; }
    DateLineEdit *dayEdit() const { return m_day; }
    QLabel *summary() const { return m_summary; }
    QString lastError() const { return m_lastError; }
    std::shared_ptr<const MentoringLines> lines() const { return m_lines; }

signals:
    void loaded();

private:
    void readLines(qint64 selectPair);
    void showLines(MentoringLines lines, qint64 selectPair);
    // The dialog for a pair; `before` absent for a new one.
    void openDialog(const std::optional<Mentorship> &before, const Mentorship &pair);
    QString mentorNote(qint64 mentorId) const;

    AppContext &m_ctx;
    DateLineEdit *m_day;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    YoungTeachersTab *m_young;
    MentorsTab *m_mentors;
    PairsTab *m_pairs;
    DeferredLoad *m_loader;
    BackgroundRead *m_reader;
    std::shared_ptr<const MentoringLines> m_lines;
    QDate m_shownDay;
    QString m_lastError;
};

} // namespace profrost
