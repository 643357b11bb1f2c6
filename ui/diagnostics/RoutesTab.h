#pragma once

#include "diagnostics/RouteListModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace profrost {

class AppContext;
class BackgroundRead;
class DeferredLoad;
class RouteListModel;
class TokenFilterProxy;

// Individual routes of an academic year: one line per teacher with the
// deficits addressed and the progress; a route is made (prefilled from the
// teacher's current deficits, with the catalogue's courses suggested),
// changed and deleted here, each with undo.
class RoutesTab : public QWidget
{
    Q_OBJECT
public:
    explicit RoutesTab(AppContext &ctx, QWidget *parent = nullptr);

    // Reads the year's routes again (on a worker thread for a region), the chosen one kept chosen.
    void reload();
    bool isLoading() const;
    // A teacher chosen from the registry, then their route.
    void newRoute();
    // The teacher's route of the year shown: opened, or made from their deficits.
    void openRoute(qint64 teacherId);
    void editRoute();
    void deleteRoute();
    // One template for the teachers of a school or association with a deficit.
    void groupRoute();
    // The chosen route on paper: the preview, or a PDF / ODT file (`toFile`).
    void print(bool toFile);
    int year() const;
    void setYear(int startYear);

    QComboBox *yearCombo() const { return m_year; }
    QTableView *view() const { return m_view; }
    RouteListModel *model() const { return m_model; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *summary() const { return m_summary; }
    QString lastError() const { return m_lastError; }

signals:
    void loaded();

private:
    // Reads the lines, then shows them with `select` chosen and `note` after the summary.
    void readLines(qint64 select, const QString &note = {});
    void showLines(QList<RouteListModel::Line> lines, qint64 select, const QString &note);

    AppContext &m_ctx;
    QComboBox *m_year;
    RouteListModel *m_model;
    TokenFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
    DeferredLoad *m_loader;
    BackgroundRead *m_reader;
    QString m_lastError;
};

} // namespace profrost
