#pragma once

#include "domain/MethodicalEvent.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace profrost {

class AppContext;
class CompetitionsTab;
class DateLineEdit;
class DeferredLoad;
class EventListModel;
class FlagFilterProxy;

// Methodical events of a period (the academic year by default): the list,
// planned and held, made, changed, marked held and deleted here with undo;
// and the period's counts of events and different participants by level
// and by kind (planning/EventCounts); and the year's professional
// competitions (CompetitionsTab).
class EventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPage(AppContext &ctx, QWidget *parent = nullptr);

    void reload();
    void setPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;

    void newEvent();
    void editEvent();
    void deleteEvent();
    // The chosen planned event marked held (its first day must have come).
    void markHeld();
    // The report of the events held in the page's period, and the schedule
    // of the planned ones (documents/EventReports): preview, or a PDF / ODT file.
    void printReport(bool toFile);
    void printSchedule(bool toFile);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *view() const { return m_view; }
    EventListModel *model() const { return m_model; }
    QTableWidget *counts() const { return m_counts; }
    CompetitionsTab *competitions() const { return m_competitions; }
    QLabel *summary() const { return m_summary; }
    QCheckBox *onlyPlanned() const { return m_onlyPlanned; }
    QString lastError() const { return m_lastError; }

private:
    void showCounts(const QList<MethodicalEvent> &events);
    void openDialog(const std::optional<MethodicalEvent> &before, const MethodicalEvent &e);
    qint64 currentId() const;

    AppContext &m_ctx;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    EventListModel *m_model;
    FlagFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_onlyPlanned;
    QTableWidget *m_counts;
    CompetitionsTab *m_competitions;
    DeferredLoad *m_loader;
    QString m_lastError;
};

} // namespace profrost
