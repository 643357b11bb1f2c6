#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <functional>

class QMenu;
class QWidget;

namespace profrost {

// A chart (a QChartView, or any widget drawn as one: the deficit heat map)
// copied to the clipboard or saved as PNG or SVG for a report: the context
// menu «Copy», «Save as PNG...», «Save as SVG...» on every chart of the
// dashboard. The save dialog opens in the folder used last (QSettings
// «paths/charts»). A chart view renders its scene, so the SVG is drawn in
// vectors, not a screenshot.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    using FileName = std::function<QString()>;

    // Adds the three actions to the widget's context menu. `fileName` gives
    // the file name offered (no extension); none: the chart's title.
    static void install(QWidget *chart, FileName fileName = {});
    // The same three actions in a menu (a button's), acting on whatever
    // `chart` returns when chosen (the current tab's chart).
    static void fillMenu(QMenu *menu, const std::function<QWidget *()> &chart);

    // The chart as an image, at twice its pixels (sharp when printed).
    static QImage image(QWidget *chart);
    static void copy(QWidget *chart);
    // False when the file could not be written.
    static bool savePng(QWidget *chart, const QString &path);
    static bool saveSvg(QWidget *chart, const QString &path);
    // Asks for the file (`svg` or PNG) and saves; shows a message when it fails.
    static void saveAs(QWidget *chart, bool svg);

    // The file name offered for a chart: its title without the characters a file name cannot hold.
    static QString suggestedName(QWidget *chart);
};

} // namespace profrost
