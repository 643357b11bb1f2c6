#include "common/HeaderFit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QPointer>
#include <QStyle>
#include <algorithm>

namespace profrost {

int HeaderFit::titleWidth(const QHeaderView *header, int section)
{
    if (!header->model())
        return 0;
    const QString title = header->model()->headerData(section, header->orientation(), Qt::DisplayRole).toString();
    // The current column's title is drawn bold where sections highlight.
    QFont font = header->font();
    if (header->highlightSections())
        font.setBold(true);
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString &line : title.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    if (widest == 0)
        return 0;
    const QStyle *style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    // Room for the arrow on every sortable column: a click on any header sorts by it.
    const int arrow = header->isSortIndicatorShown()
        ? style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin
        : 0;
    return widest + 2 * margin + arrow;
}

void HeaderFit::widen(QHeaderView *header)
{
    if (!header->model())
        return;
    for (int s = 0; s < header->count(); ++s) {
        if (header->isSectionHidden(s))
            continue;
        // Sections sized by Qt (to contents, stretched) look after themselves.
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(s);
        if (mode == QHeaderView::Stretch || mode == QHeaderView::ResizeToContents)
            continue;
        const int wanted = titleWidth(header, s);
        if (header->sectionSize(s) < wanted)
            header->resizeSection(s, wanted);
    }
}

void HeaderFit::keep(QWidget *root)
{
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (header->orientation() != Qt::Horizontal || header->property("profrostHeaderFit").toBool())
            continue;
        header->setProperty("profrostHeaderFit", true);
        widen(header);
        QPointer<QHeaderView> guard(header);
        auto again = [guard] {
            if (guard)
                widen(guard);
        };
        // After Qt's own handling of the change (queued): its sizes are set by then.
        QObject::connect(header, &QHeaderView::sectionCountChanged, header, again, Qt::QueuedConnection);
        if (QAbstractItemModel *model = header->model()) {
            QObject::connect(model, &QAbstractItemModel::modelReset, header, again, Qt::QueuedConnection);
            QObject::connect(model, &QAbstractItemModel::headerDataChanged, header, again, Qt::QueuedConnection);
        }
    }
}

} // namespace profrost
