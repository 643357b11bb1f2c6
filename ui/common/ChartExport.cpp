#include "common/ChartExport.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace profrost {

namespace {

const QString kFolderKey = QStringLiteral("paths/charts");

// The file name a chart offers, kept on the chart.
class ChartName : public QObject
{
public:
    ChartName(ChartExport::FileName name, QObject *chart) : QObject(chart), name(std::move(name)) {}
    ChartExport::FileName name;
};

// Draws the chart into `painter` over `target` (the chart's own size in the painter's units).
void paint(QWidget *chart, QPainter *painter, const QRect &target)
{
    if (auto *view = qobject_cast<QGraphicsView *>(chart)) {
        // The scene itself, in vectors: no scroll bars, no frame.
        view->render(painter, QRectF(target), view->viewport()->rect(), Qt::IgnoreAspectRatio);
        return;
    }
    chart->render(painter, target.topLeft(), QRegion(), QWidget::DrawChildren);
}

QSize sizeOf(QWidget *chart)
{
    if (auto *view = qobject_cast<QGraphicsView *>(chart))
        return view->viewport()->size();
    return chart->size();
}

} // namespace

void ChartExport::install(QWidget *chart, FileName fileName)
{
    if (fileName)
        new ChartName(std::move(fileName), chart); // the widget's child: the actions ask it when chosen
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), chart);
    copyAction->setObjectName(QStringLiteral("copyChart"));
    QObject::connect(copyAction, &QAction::triggered, chart, [chart] { copy(chart); });
    auto *png = new QAction(tr("Save as &PNG..."), chart);
    png->setObjectName(QStringLiteral("saveChartPng"));
    QObject::connect(png, &QAction::triggered, chart, [chart] { saveAs(chart, false); });
    auto *svg = new QAction(tr("Save as &SVG..."), chart);
    svg->setObjectName(QStringLiteral("saveChartSvg"));
    QObject::connect(svg, &QAction::triggered, chart, [chart] { saveAs(chart, true); });
    chart->addActions({copyAction, png, svg});
}

void ChartExport::fillMenu(QMenu *menu, const std::function<QWidget *()> &chart)
{
    const auto add = [menu, chart](const QString &text, const char *name, const std::function<void(QWidget *)> &act) {
        auto *action = new QAction(text, menu);
        action->setObjectName(QString::fromLatin1(name));
        QObject::connect(action, &QAction::triggered, menu, [chart, act] {
            if (QWidget *w = chart())
                act(w);
        });
        menu->addAction(action);
    };
    add(tr("&Copy"), "copyShownChart", [](QWidget *w) { copy(w); });
    add(tr("Save as &PNG..."), "saveShownChartPng", [](QWidget *w) { saveAs(w, false); });
    add(tr("Save as &SVG..."), "saveShownChartSvg", [](QWidget *w) { saveAs(w, true); });
}

QImage ChartExport::image(QWidget *chart)
{
    constexpr int kScale = 2;
    const QSize size = sizeOf(chart);
    QImage out(size * kScale, QImage::Format_ARGB32_Premultiplied);
    out.setDevicePixelRatio(kScale);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(chart, &painter, QRect(QPoint(), size));
    painter.end();
    return out;
}

void ChartExport::copy(QWidget *chart) { QApplication::clipboard()->setImage(image(chart)); }

bool ChartExport::savePng(QWidget *chart, const QString &path) { return image(chart).save(path, "PNG"); }

bool ChartExport::saveSvg(QWidget *chart, const QString &path)
{
    const QSize size = sizeOf(chart);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setResolution(96); // a screen's pixels: the drawing as wide in a document as on the screen
    svg.setTitle(suggestedName(chart));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(QPoint(), size), Qt::white);
    paint(chart, &painter, QRect(QPoint(), size));
    painter.end();
    return QFileInfo(path).size() > 0;
}

QString ChartExport::suggestedName(QWidget *chart)
{
    QString name;
    for (QObject *child : chart->children()) {
        if (auto *given = dynamic_cast<ChartName *>(child))
            name = given->name();
    }
    if (name.isEmpty()) {
        if (auto *view = qobject_cast<QChartView *>(chart); view && view->chart())
            name = view->chart()->title();
    }
    if (name.isEmpty())
        name = tr("chart");
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\n\\r\\t]+"));
    name.replace(forbidden, QStringLiteral(" "));
    name = name.simplified().left(100).trimmed();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

void ChartExport::saveAs(QWidget *chart, bool svg)
{
    const QString dir =
        QSettings().value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString extension = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString title = svg ? tr("Save the chart as SVG") : tr("Save the chart as PNG");
    QString path = QFileDialog::getSaveFileName(chart, title, QDir(dir).filePath(suggestedName(chart) + extension),
                                                svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = svg ? saveSvg(chart, path) : savePng(chart, path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::warning(chart, title, tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

} // namespace profrost
