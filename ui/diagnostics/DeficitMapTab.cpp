#include "diagnostics/DeficitMapTab.h"

#include "associations/AssociationWidgets.h"
#include "common/BackgroundRead.h"
#include "common/ColumnFill.h"
#include "common/DateLineEdit.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "common/HeaderFit.h"
#include "common/RecordView.h"
#include "common/SheetExport.h"
#include "diagnostics/DeficitMapModel.h"
#include "diagnostics/DeficitTeachersModel.h"
#include "documents/DiagnosisReports.h"
#include "domain/DateText.h"
#include "io/TableWriter.h"
#include "shell/AppContext.h"
#include "store/DiagnosisRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

namespace {

// Below this many teachers the map is read at once: a district's is a few
// milliseconds, and a worker thread would only make it flicker.
constexpr int kLoadInBackgroundFrom = 3000;

const QString kGroupingKey = QStringLiteral("diagnostics/mapGrouping");

// A small swatch of a level's colour for the legend.
QString swatch(DeficitLevel level) { return DeficitMapModel::levelSwatch(level); }

} // namespace

DeficitMapTab::DeficitMapTab(AppContext &ctx, std::function<void(qint64)> openTeacher, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_openTeacher(std::move(openTeacher)),
      m_route(new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Route..."), this)),
      m_scope(new QComboBox(this)),
      m_from(new DateLineEdit(this)),
      m_to(new DateLineEdit(this)),
      m_fromLabel(new QLabel(tr("fro&m"), this)),
      m_toLabel(new QLabel(tr("t&o"), this)),
      m_grouping(new QComboBox(this)),
      m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("To Excel..."), this)),
      m_summary(new QLabel(this)),
      m_legend(new QLabel(this)),
      m_mapModel(new DeficitMapModel(this)),
      m_mapView(nullptr),
      m_cellTitle(new QLabel(this)),
      m_deficitsOnly(new QCheckBox(tr("Only those with a &deficit"), this)),
      m_teachersModel(new DeficitTeachersModel(this)),
      m_teachersView(nullptr),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_reader(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("deficitMapTab"));
    m_scope->setObjectName(QStringLiteral("mapScope"));
    // As wide as 22 characters, not as the longest diagnosis's name: the row
    // with the period's dates must fit a laptop's screen (the list opens wider).
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(22);
    m_scope->view()->setMinimumWidth(460);
    m_from->setObjectName(QStringLiteral("mapFrom"));
    m_to->setObjectName(QStringLiteral("mapTo"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_grouping->setObjectName(QStringLiteral("mapGrouping"));
    m_grouping->addItem(tr("Organisations"), int(DeficitGrouping::Organisation));
    m_grouping->addItem(tr("Subjects"), int(DeficitGrouping::Subject));
    m_grouping->addItem(tr("Municipalities"), int(DeficitGrouping::Municipality));
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(QSettings().value(kGroupingKey, 0).toInt())));
    m_export->setObjectName(QStringLiteral("exportMapButton"));
    m_export->setToolTip(tr("Save the map as an Excel workbook with its colours"));
    connect(m_export, &QPushButton::clicked, this, [this] { exportMap(); });
    m_print = AssociationWidgets::printButton(tr("Print map"), this, [this](bool toFile) { print(toFile); });
    m_print->setObjectName(QStringLiteral("printMapButton"));

    m_mapView = RecordView::table(m_mapModel, this);
    m_mapView->setObjectName(QStringLiteral("deficitMap"));
    m_mapView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_mapView->setAlternatingRowColors(false); // the colours are the message
    m_mapView->setSortingEnabled(true);
    m_mapView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_mapView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_mapView->horizontalHeader()->setStretchLastSection(false);
    m_mapView->setWordWrap(false);
    // The names take the room the figures leave: no scrolling sideways.
    ColumnFill::install(m_mapView, 0, 180, 420);
    m_mapView->verticalHeader()->setDefaultSectionSize(2 * m_mapView->fontMetrics().lineSpacing() + 8);
    connect(m_mapView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                if (i.isValid())
                    showCell(i.row(), i.column());
            });

    m_teachersView = RecordView::table(m_teachersModel, this);
    m_teachersView->setObjectName(QStringLiteral("deficitTeachers"));
    m_teachersView->setWordWrap(false);
    m_teachersView->setColumnWidth(DeficitTeachersModel::TeacherColumn, 260);
    m_teachersView->setColumnWidth(DeficitTeachersModel::OrganisationColumn, 300);
    m_teachersView->setColumnWidth(DeficitTeachersModel::ScoreColumn, 290);
    connect(m_teachersView, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (const qint64 id = m_teachersModel->teacherAt(i.row()); id != 0 && m_openTeacher)
            m_openTeacher(id);
    });
    m_route->setObjectName(QStringLiteral("routeButton"));
    m_route->setToolTip(tr("Open or make the individual route of the chosen teacher"));
    connect(m_route, &QPushButton::clicked, this, &DeficitMapTab::openRouteOfChosen);
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Diagnostics, {m_route});
    m_deficitsOnly->setObjectName(QStringLiteral("deficitsOnly"));
    m_deficitsOnly->setChecked(true);
    connect(m_deficitsOnly, &QCheckBox::toggled, this, &DeficitMapTab::refreshCell);
    m_cellTitle->setObjectName(QStringLiteral("cellTitle"));
    m_cellTitle->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Diagnosis:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *groupingLabel = new QLabel(tr("&Rows:"), this);
    groupingLabel->setBuddy(m_grouping);
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    top->addWidget(m_fromLabel);
    top->addWidget(m_from);
    top->addWidget(m_toLabel);
    top->addWidget(m_to);
    top->addSpacing(12);
    top->addWidget(groupingLabel);
    top->addWidget(m_grouping);
    top->addStretch(1);
    top->addWidget(m_print);
    top->addWidget(m_export);

    m_summary->setObjectName(QStringLiteral("mapSummary"));
    m_summary->setWordWrap(true);
    m_legend->setObjectName(QStringLiteral("mapLegend"));
    m_legend->setText(tr("Share with a deficit: %1 %2 %3")
                          .arg(swatch(DeficitLevel::Low), swatch(DeficitLevel::Medium), swatch(DeficitLevel::High)));

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *cellBar = new QHBoxLayout;
    cellBar->addWidget(m_cellTitle, 1);
    cellBar->addWidget(m_deficitsOnly);
    cellBar->addWidget(m_route);
    lowerLayout->addLayout(cellBar);
    lowerLayout->addWidget(m_teachersView, 1);
    m_splitter->addWidget(m_mapView);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *summaryBar = new QHBoxLayout;
    summaryBar->addWidget(m_summary, 1);
    summaryBar->addWidget(m_legend);
    layout->addLayout(summaryBar);
    layout->addWidget(m_splitter, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        const bool period = m_scope->currentData().toLongLong() == kPeriod;
        if (period && m_from->text().isEmpty() && m_to->text().isEmpty()) {
            // The academic year so far: what a methodist asks for first.
            const QDate today = m_ctx.today();
            m_from->setDate(QDate(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1));
            m_to->setDate(today);
        }
        for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                           static_cast<QWidget *>(m_fromLabel), static_cast<QWidget *>(m_toLabel)})
            w->setVisible(period);
        readMap();
    });
    connect(m_from, &QLineEdit::editingFinished, this, &DeficitMapTab::readMap);
    connect(m_to, &QLineEdit::editingFinished, this, &DeficitMapTab::readMap);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kGroupingKey, m_grouping->currentData().toInt());
        m_cellRow = -1;
        rebuild();
    });
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                       static_cast<QWidget *>(m_fromLabel), static_cast<QWidget *>(m_toLabel)})
        w->setVisible(false);
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
    refreshCell();
}

bool DeficitMapTab::isLoading() const { return m_reader->isRunning(); }

DeficitGrouping DeficitMapTab::grouping() const { return DeficitGrouping(m_grouping->currentData().toInt()); }

void DeficitMapTab::reload()
{
    m_loader->markLoaded();
    fillScopes();
    readMap();
}

void DeficitMapTab::fillScopes()
{
    const qint64 keep = m_scope->count() > 0 ? m_scope->currentData().toLongLong() : 0;
    QList<DiagnosisCampaign> campaigns;
    try {
        campaigns = DiagnosisRepository(m_ctx.db()).campaigns();
    } catch (const Error &e) {
        AssociationWidgets::report(this, false, tr("Deficit map"), e.message(), &m_lastError);
    }
    const QSignalBlocker quiet(m_scope); // one reading below, not one per item
    m_scope->clear();
    m_scope->addItem(tr("Current deficits: everyone's latest results"), 0);
    m_scope->addItem(tr("Results taken in a period"), kPeriod);
    m_scope->insertSeparator(2);
    // The newest diagnosis first: the one a methodist opens the map for.
    for (auto it = campaigns.crbegin(); it != campaigns.crend(); ++it)
        m_scope->addItem(it->name + QStringLiteral(" (") + DiagnosisText::periodText(*it) + QStringLiteral(")"), it->id);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(keep)));
}

void DeficitMapTab::chooseScope(qint64 campaignOrMode)
{
    m_loader->ensureLoaded();
    if (const int index = m_scope->findData(campaignOrMode); index >= 0)
        m_scope->setCurrentIndex(index);
}

void DeficitMapTab::chooseGrouping(DeficitGrouping g)
{
    m_loader->ensureLoaded();
    m_grouping->setCurrentIndex(m_grouping->findData(int(g)));
}

DeficitScope DeficitMapTab::currentScope(QString *error) const
{
    DeficitScope scope;
    const qint64 chosen = m_scope->currentData().toLongLong();
    if (chosen != kPeriod) {
        scope.campaignId = chosen;
        return scope;
    }
    QString fromError, toError;
    scope.from = m_from->date(&fromError);
    scope.to = m_to->date(&toError);
    if (!fromError.isEmpty())
        *error = tr("The start of the period: %1").arg(fromError);
    else if (!toError.isEmpty())
        *error = tr("The end of the period: %1").arg(toError);
    else if (scope.from.isValid() && scope.to.isValid() && scope.to < scope.from)
        *error = tr("The period ends before it starts.");
    return scope;
}

void DeficitMapTab::readMap()
{
    m_loader->markLoaded();
    m_reader->cancel(); // a map still being read answers an older question
    QString error;
    const DeficitScope scope = currentScope(&error);
    if (!error.isEmpty()) {
        m_summary->setText(error);
        m_lastError = error;
        return;
    }
    const QDate today = m_ctx.today();
    try {
        if (TeacherRepository(m_ctx.db()).count() < kLoadInBackgroundFrom) {
            showData(std::make_shared<const DeficitMapData>(DeficitMapData::read(m_ctx.db(), scope, today)));
            return;
        }
    } catch (const Error &e) {
        AssociationWidgets::report(this, false, tr("Deficit map"), e.message(), &m_lastError);
        return;
    }
    m_summary->setText(tr("Reading the results..."));
    m_reader->run<std::shared_ptr<const DeficitMapData>>(
        m_ctx.db().connectionSpec(),
        [scope, today](Database &reader) {
            return std::make_shared<const DeficitMapData>(DeficitMapData::read(reader, scope, today));
        },
        [this](std::shared_ptr<const DeficitMapData> data, const QString &error) {
            if (!error.isEmpty() || !data)
                AssociationWidgets::report(this, false, tr("Deficit map"), error, &m_lastError);
            else
                showData(std::move(data));
        });
}

void DeficitMapTab::showData(std::shared_ptr<const DeficitMapData> data)
{
    m_data = std::move(data);
    m_lastError.clear();
    rebuild();
    emit loaded();
}

void DeficitMapTab::rebuild()
{
    if (!m_data)
        return;
    const DeficitMap map = DeficitMapBuilder::build(*m_data, grouping());
    const int column = m_cellColumn;
    m_mapModel->setMap(map, grouping());
    m_mapView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    fitColumns();
    m_export->setEnabled(map.teachers() > 0);
    m_print->setEnabled(map.teachers() > 0);
    if (map.teachers() == 0) {
        m_summary->setText(tr("No diagnosis result falls in this choice. Import a platform's results "
                              "(File → Import diagnosis results...) or choose another diagnosis."));
    } else {
        const DeficitCell &any = map.total.anyArea;
        m_summary->setText(tr("%1 teachers diagnosed; %2 (%3) have a deficit in at least one area. A deficit is a "
                              "score below %4, in functional literacy below %5. Teachers placed by their posts on %6.")
                               .arg(any.diagnosed)
                               .arg(any.deficits)
                               .arg(DiagnosisText::percentText(any.shareTenths() * 10))
                               .arg(DiagnosisText::percentText(m_data->thresholds.deficitBelow))
                               .arg(DiagnosisText::percentText(m_data->thresholds.literacyPassedAt))
                               .arg(DateText::numeric(m_data->placesOn)));
    }
    // The cell listed below stays listed when the map is read again.
    int row = -1;
    for (int r = 0; r < m_mapModel->rowCount(); ++r) {
        if (m_mapModel->rowKey(r) == m_cellKey)
            row = r;
    }
    if (m_cellRow >= 0 && row >= 0 && column < m_mapModel->columnCount())
        showCell(row, column);
    else
        showCell(-1, -1);
}

void DeficitMapTab::fitColumns()
{
    const int columns = m_mapModel->columnCount();
    if (columns < 2)
        return;
    QFont bold = m_mapView->font();
    bold.setBold(true); // the total row's figures are the widest
    const QFontMetrics cells(bold);
    const auto widest = [](const QFontMetrics &metrics, const QString &text) {
        int width = 0;
        for (const QString &line : text.split(u'\n'))
            width = std::max(width, metrics.horizontalAdvance(line));
        return width;
    };
    // The names (ColumnFill) take the room these leave.
    for (int c = 1; c < columns; ++c) {
        int width = HeaderFit::titleWidth(m_mapView->horizontalHeader(), c);
        for (int r = 0; r < m_mapModel->rowCount(); ++r)
            width = std::max(width, widest(cells, m_mapModel->index(r, c).data().toString()) + 16);
        m_mapView->setColumnWidth(c, width);
    }
    m_mapView->horizontalScrollBar()->setValue(0);
}

void DeficitMapTab::showCell(int row, int column)
{
    if (row >= 0 && column == 0)
        column = m_mapModel->columnCount() - 1; // the name: the teachers with any deficit
    m_cellRow = m_mapModel->cell(row, column) ? row : -1;
    m_cellColumn = column;
    m_cellKey = m_cellRow >= 0 ? m_mapModel->rowKey(row) : 0;
    refreshCell();
}

void DeficitMapTab::refreshCell()
{
    if (!m_data || m_cellRow < 0) {
        m_teachersModel->setTeachers(m_data, {}, std::nullopt);
        m_cellTitle->setText(tr("Click a cell of the map to list its teachers."));
        return;
    }
    const auto area = m_mapModel->areaOf(m_cellColumn);
    const bool only = m_deficitsOnly->isChecked();
    m_teachersModel->setTeachers(m_data,
                                 DeficitMapBuilder::teachersIn(*m_data, grouping(), m_cellKey, area, only), area);
    const DeficitCell *cell = m_mapModel->cell(m_cellRow, m_cellColumn);
    const QString where = area ? TrainingText::displayName(*area) : tr("any area");
    m_cellTitle->setText(tr("<b>%1</b>, %2: %3 with a deficit of %4 diagnosed. Double-click a teacher to open "
                            "them in the registry.")
                             .arg(m_mapModel->rowLabel(m_cellRow).toHtmlEscaped(), where.toHtmlEscaped())
                             .arg(cell ? cell->deficits : 0)
                             .arg(cell ? cell->diagnosed : 0));
}

void DeficitMapTab::openRouteOfChosen()
{
    const qint64 id = RecordView::currentId(m_teachersView, 0);
    if (id != 0 && m_openRoute)
        m_openRoute(id);
}

void DeficitMapTab::print(bool toFile)
{
    if (!m_data)
        return;
    DeficitMapDocumentData data;
    try {
        data = DiagnosisReports::deficitMapData(m_ctx.db(), *m_data, grouping());
    } catch (const Error &e) {
        AssociationWidgets::report(this, false, tr("Deficit map"), e.message(), &m_lastError);
        return;
    }
    const DocumentOutput::Builder build = [data] { return DeficitMapDocument::build(data); };
    DocumentOutput::output(this, DeficitMapDocument::title(), build, toFile);
}

void DeficitMapTab::exportMap(const QString &givenPath)
{
    if (!m_data)
        return;
    const QString title = tr("Export the deficit map");
    const QString path = givenPath.isEmpty() ? SheetExport::askPath(this, title, tr("deficit-map.xlsx")) : givenPath;
    if (path.isEmpty())
        return;
    QStringList header;
    QList<QStringList> rows;
    QList<QList<quint32>> fills;
    DeficitMapBuilder::asSheet(DeficitMapBuilder::build(*m_data, grouping()), grouping(), &header, &rows, &fills);
    SheetExport::write(this, title, path,
                       [&] { TableWriter::write(path, header, rows, tr("Deficit map"), fills); });
}

} // namespace profrost
