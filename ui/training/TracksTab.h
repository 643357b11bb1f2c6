#pragma once

#include "domain/DevelopmentTrack.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace profrost {

class AppContext;
class DeferredLoad;

// The tracks of development in a half-year (core/README.md «Tracks of
// development»): each track with «из N заявленных прошли M», the teachers
// over all tracks counted once, and the teachers of the chosen track with
// whether they completed it. Teachers are enrolled, marked completed and
// removed here, and the list of tracks edited, each with undo.
class TracksTab : public QWidget
{
    Q_OBJECT
public:
    explicit TracksTab(AppContext &ctx, QWidget *parent = nullptr);
    void reload();
    HalfYear halfYear() const;
    void setHalfYear(HalfYear h);
    // The chosen track's id (0: none).
    qint64 currentTrack() const;
    void setCurrentTrack(qint64 trackId);
    // Enrols `teachers` on the chosen track in the half-year (asks with the
    // teacher picker when empty); those already on it are named, not doubled.
    void enrol(const QList<qint64> &teachers = {});
    // Completed ↔ not completed for the chosen teachers.
    void toggleCompleted();
    void removeChosen();
    void newTrack();
    void editTrack();
    void deleteTrack();
    // The half-year's enrolments and totals to a workbook (TracksSheet).
    void exportTable(const QString &path);

    QComboBox *halfYearBox() const { return m_half; }
    QTableView *tracksView() const { return m_tracksView; }
    QTableView *teachersView() const { return m_teachersView; }
    QStandardItemModel *tracksModel() const { return m_tracks; }
    QStandardItemModel *teachersModel() const { return m_teachers; }
    QLabel *summary() const { return m_summary; }
    QString lastError() const { return m_lastError; }

    enum TrackColumn { TrackName, Applied, Completed, Outcome, TrackColumns };
    enum TeacherColumn { TeacherName, Workplace, TrackOf, Done, TeacherColumns };

private:
    void fillHalfYears(const QList<TrackEnrolment> &all);
    void showTeachers();
    bool report(bool ok, const QString &title, const QString &error);

    AppContext &m_ctx;
    QComboBox *m_half;
    QLabel *m_summary;
    QStandardItemModel *m_tracks;
    QStandardItemModel *m_teachers;
    QTableView *m_tracksView;
    QTableView *m_teachersView;
    DeferredLoad *m_loader;
    QList<DevelopmentTrack> m_trackList;
    QList<TrackEnrolmentLine> m_lines; // the chosen half-year's enrolments with names and workplaces
    QList<TrackEnrolment> m_inHalf;    // the same enrolments, as the rules count them
    QString m_lastError;
};

} // namespace profrost
