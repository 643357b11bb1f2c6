#pragma once

#include "planning/DeficitMap.h"

#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace profrost {

class AppContext;
class BackgroundRead;
class DateLineEdit;
class DeferredLoad;
class DeficitMapModel;
class DeficitTeachersModel;

// The deficit map: organisations (or subjects, or municipalities) × the
// competency areas, each cell the share of the diagnosed teachers with a
// deficit and their count, coloured by level; one diagnosis, a period, or
// everyone's latest results. Clicking a cell lists its teachers below; a
// double click opens one in the registry. Read on a worker thread for a
// region; exported to Excel with the colours.
class DeficitMapTab : public QWidget
{
    Q_OBJECT
public:
    // `openTeacher` shows a teacher in the registry.
    DeficitMapTab(AppContext &ctx, std::function<void(qint64)> openTeacher, QWidget *parent = nullptr);

    // What «Route...» under the teachers' list calls with the chosen teacher.
    void setOpenRoute(std::function<void(qint64)> openRoute) { m_openRoute = std::move(openRoute); }
    void openRouteOfChosen();

    void reload();
    // Reads the map again for the chosen scope (diagnosis or period).
    void readMap();
    // The scope: 0 for everyone's latest results, kPeriod for the dates, else a campaign.
    void chooseScope(qint64 campaignOrMode);
    void chooseGrouping(DeficitGrouping grouping);
    // Lists the teachers of a cell of the map (row and column of the model).
    void showCell(int row, int column);
    void exportMap(const QString &path = {});
    // The printed map: the preview, or a PDF / ODT file (`toFile`).
    void print(bool toFile);
    bool isLoading() const;

    static constexpr qint64 kPeriod = -1;

    QComboBox *scope() const { return m_scope; }
    QTableView *mapView() const { return m_mapView; }
    DeficitMapModel *mapModel() const { return m_mapModel; }
    QTableView *teachersView() const { return m_teachersView; }
    DeficitTeachersModel *teachersModel() const { return m_teachersModel; }
    QLabel *summary() const { return m_summary; }
    QLabel *cellTitle() const { return m_cellTitle; }
    QCheckBox *deficitsOnly() const { return m_deficitsOnly; }
    DateLineEdit *periodFrom() const { return m_from; }
    DateLineEdit *periodTo() const { return m_to; }
    QString lastError() const { return m_lastError; }

signals:
    void loaded();

private:
    // The figures' columns as wide as their widest text, the names taking the rest.
    void fitColumns();
    void fillScopes();
    void showData(std::shared_ptr<const DeficitMapData> data);
    void rebuild();
    void refreshCell();
    DeficitScope currentScope(QString *error) const;
    DeficitGrouping grouping() const;

    AppContext &m_ctx;
    std::function<void(qint64)> m_openTeacher;
    std::function<void(qint64)> m_openRoute;
    QPushButton *m_route;
    QComboBox *m_scope;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QComboBox *m_grouping;
    QPushButton *m_export;
    QWidget *m_print;
    QLabel *m_summary;
    QLabel *m_legend;
    DeficitMapModel *m_mapModel;
    QTableView *m_mapView;
    QLabel *m_cellTitle;
    QCheckBox *m_deficitsOnly;
    DeficitTeachersModel *m_teachersModel;
    QTableView *m_teachersView;
    QSplitter *m_splitter;
    BackgroundRead *m_reader;
    DeferredLoad *m_loader;
    std::shared_ptr<const DeficitMapData> m_data;
    int m_cellRow = -1, m_cellColumn = -1; // the cell listed below (model row and column)
    qint64 m_cellKey = 0;
    QString m_lastError;
};

} // namespace profrost
