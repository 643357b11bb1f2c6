#include "monitoring/DeficitHeatMap.h"

#include "common/ColumnFill.h"
#include "common/RecordView.h"
#include "diagnostics/DeficitMapModel.h"
#include "domain/DateText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace profrost {

DeficitHeatMap::DeficitHeatMap(QWidget *parent)
    : QWidget(parent), m_model(new DeficitMapModel(this)), m_view(nullptr), m_summary(new QLabel(this)),
      m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardDeficits"));
    m_view = RecordView::table(m_model, this);
    m_view->setObjectName(QStringLiteral("dashboardDeficitMap"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setAlternatingRowColors(false); // the colours are the message
    m_view->setSortingEnabled(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->verticalHeader()->setDefaultSectionSize(2 * m_view->fontMetrics().lineSpacing() + 6);
    ColumnFill::install(m_view, 0, 160, 380);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &i) { emit cellClicked(i.row(), i.column()); });
    m_summary->setObjectName(QStringLiteral("dashboardDeficitSummary"));
    m_summary->setWordWrap(true);
    m_legend->setText(tr("Share with a deficit: %1 %2 %3")
                          .arg(DeficitMapModel::levelSwatch(DeficitLevel::Low),
                               DeficitMapModel::levelSwatch(DeficitLevel::Medium),
                               DeficitMapModel::levelSwatch(DeficitLevel::High)));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_legend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void DeficitHeatMap::setData(std::shared_ptr<const DeficitMapData> data, QDate at, int kind, qint64 id,
                             int municipalities, const QHash<qint64, qint64> &municipalityOf)
{
    if (!data) {
        m_scoped.reset();
        m_model->setMap({}, DeficitGrouping::Organisation);
        m_summary->clear();
        return;
    }
    m_grouping = kind == 0 && municipalities > 1 ? DeficitGrouping::Municipality : DeficitGrouping::Organisation;
    if (kind == 0) {
        m_scoped = std::move(data); // the whole: no copy of a region's teachers
        showMap(DeficitMapBuilder::build(*m_scoped, m_grouping), at);
        return;
    }
    // The scope's teachers, placed by their posts as the deficit map places them.
    auto scoped = std::make_shared<DeficitMapData>();
    scoped->organisationNames = data->organisationNames;
    scoped->municipalityNames = data->municipalityNames;
    scoped->subjectNames = data->subjectNames;
    scoped->thresholds = data->thresholds;
    scoped->placesOn = data->placesOn;
    scoped->scopeText = data->scopeText;
    for (const MappedTeacher &t : data->teachers) {
        if ((kind == 1 && t.organisations.contains(id)) || (kind == 2 && t.municipalities.contains(id)))
            scoped->teachers << t;
    }
    m_scoped = scoped;
    DeficitMap map = DeficitMapBuilder::build(*m_scoped, m_grouping);
    // A teacher of the scope with a post elsewhere too: that other school is not a row of the scope.
    QList<DeficitMapRow> rows;
    for (DeficitMapRow &row : map.rows) {
        if ((kind == 1 && row.key == id) || (kind == 2 && municipalityOf.value(row.key) == id))
            rows << std::move(row);
    }
    map.rows = std::move(rows);
    showMap(std::move(map), at);
}

void DeficitHeatMap::showMap(DeficitMap map, QDate at)
{
    const DeficitCell any = map.total.anyArea;
    m_model->setMap(std::move(map), m_grouping);
    fitColumns();
    if (any.diagnosed == 0) {
        m_summary->setText(tr("No diagnosis result was taken in the 3 years up to %1 here.").arg(DateText::numeric(at)));
    } else {
        m_summary->setText(tr("Diagnosed in the 3 years up to %1: %2; %3 (%4) with a deficit in at least one area. "
                              "Click a cell to list its teachers.")
                               .arg(DateText::numeric(at))
                               .arg(any.diagnosed)
                               .arg(any.deficits)
                               .arg(DiagnosisText::percentText(any.shareTenths() * 10)));
    }
}

void DeficitHeatMap::fitColumns()
{
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
}

QList<qint64> DeficitHeatMap::teachersOf(int row, int column) const
{
    QList<qint64> out;
    if (!m_scoped || row < 0 || row >= m_model->rowCount())
        return out;
    for (const MappedTeacher *t :
         DeficitMapBuilder::teachersIn(*m_scoped, m_grouping, m_model->rowKey(row), m_model->areaOf(column), true))
        out << t->id;
    return out;
}

QString DeficitHeatMap::cellHeading(int row, int column) const
{
    const auto area = m_model->areaOf(column);
    const DeficitCell *cell = m_model->cell(row, column == 0 ? m_model->columnCount() - 1 : column);
    return tr("<b>%1</b>, %2: %3 with a deficit of %4 diagnosed (%5).")
        .arg(m_model->rowLabel(row).toHtmlEscaped(),
             (area ? TrainingText::displayName(*area) : tr("any area")).toHtmlEscaped())
        .arg(cell ? cell->deficits : 0)
        .arg(cell ? cell->diagnosed : 0)
        .arg(m_scoped ? m_scoped->scopeText.toHtmlEscaped() : QString());
}

} // namespace profrost
