#include "diagnostics/EffectTab.h"

#include "associations/AssociationWidgets.h"
#include "common/BackgroundRead.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/RecordView.h"
#include "common/Roles.h"
#include "common/SheetExport.h"
#include "documents/DiagnosisReports.h"
#include "domain/DateText.h"
#include "io/TableWriter.h"
#include "shell/AppContext.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

namespace {

// Below this many teachers the figures are read at once (as the deficit map's).
constexpr int kLoadInBackgroundFrom = 3000;

const QString kViewKey = QStringLiteral("diagnostics/effectView");
const QString kHideFewKey = QStringLiteral("diagnostics/effectHideFew");

// Hides, when asked, the figures behind too few teachers (not the rows by teacher).
class FewFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setHideFew(bool hide)
    {
        m_hideFew = hide;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto *model = static_cast<const EffectModel *>(sourceModel());
        if (!m_hideFew || model->view() == EffectModel::View::ByTeacher || !model->effect())
            return true;
        const int labels = model->view() == EffectModel::View::ByArea ? 1 : 2;
        return model->index(row, labels, parent).data(SortRole).toInt() >= RouteEffect::kFewTeachers;
    }

private:
    bool m_hideFew = false;
};

} // namespace

EffectTab::EffectTab(AppContext &ctx, std::function<void(qint64)> openTeacher, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_openTeacher(std::move(openTeacher)),
      m_view(new QComboBox(this)),
      m_hideFew(new QCheckBox(tr("&Hide figures of fewer than %n teachers", nullptr, RouteEffect::kFewTeachers), this)),
      m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("To Excel..."), this)),
      m_summary(new QLabel(this)),
      m_model(new EffectModel(this)),
      m_proxy(new FewFilter(this)),
      m_table(nullptr),
      m_reader(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("effectTab"));
    m_view->setObjectName(QStringLiteral("effectView"));
    m_view->addItem(tr("By competency area"), int(EffectModel::View::ByArea));
    m_view->addItem(tr("By further-training programme"), int(EffectModel::View::ByProgramme));
    m_view->addItem(tr("By organisation"), int(EffectModel::View::ByOrganisation));
    m_view->addItem(tr("By teacher"), int(EffectModel::View::ByTeacher));
    m_view->setCurrentIndex(std::max(0, m_view->findData(QSettings().value(kViewKey, 0).toInt())));
    m_hideFew->setObjectName(QStringLiteral("effectHideFew"));
    m_hideFew->setToolTip(tr("A change seen in two or three teachers is not yet a trend"));
    m_hideFew->setChecked(QSettings().value(kHideFewKey, false).toBool());
    m_export->setObjectName(QStringLiteral("exportEffectButton"));
    m_export->setToolTip(tr("Save the four tables as sheets of an Excel workbook"));
    connect(m_export, &QPushButton::clicked, this, [this] { exportBook(); });
    m_print = AssociationWidgets::printButton(tr("Print report"), this, [this](bool toFile) { print(toFile); });
    m_print->setObjectName(QStringLiteral("printEffectButton"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table = RecordView::table(m_proxy, this);
    m_table->setObjectName(QStringLiteral("effectTable"));
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (m_model->view() == EffectModel::View::ByTeacher && m_openTeacher)
            m_openTeacher(i.data(IdRole).toLongLong());
    });

    m_summary->setObjectName(QStringLiteral("effectSummary"));
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *viewLabel = new QLabel(tr("&Show:"), this);
    viewLabel->setBuddy(m_view);
    top->addWidget(viewLabel);
    top->addWidget(m_view);
    top->addSpacing(12);
    top->addWidget(m_hideFew);
    top->addStretch(1);
    top->addWidget(m_print);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kViewKey, m_view->currentData().toInt());
        applyView();
    });
    connect(m_hideFew, &QCheckBox::toggled, this, [this](bool hide) {
        QSettings().setValue(kHideFewKey, hide);
        static_cast<FewFilter *>(m_proxy)->setHideFew(hide);
    });
    static_cast<FewFilter *>(m_proxy)->setHideFew(m_hideFew->isChecked());
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
    applyView();
}

bool EffectTab::isLoading() const { return m_reader->isRunning(); }

void EffectTab::chooseView(EffectModel::View view)
{
    m_loader->ensureLoaded();
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

void EffectTab::reload()
{
    m_loader->markLoaded();
    m_reader->cancel();
    const QDate today = m_ctx.today();
    try {
        if (TeacherRepository(m_ctx.db()).count() < kLoadInBackgroundFrom) {
            showEffect(std::make_shared<const RouteEffect>(RouteEffectBuilder::build(EffectData::read(m_ctx.db(), today))));
            return;
        }
    } catch (const Error &e) {
        AssociationWidgets::report(this, false, tr("What the routes changed"), e.message(), &m_lastError);
        return;
    }
    m_summary->setText(tr("Reading the routes and the results..."));
    m_reader->run<std::shared_ptr<const RouteEffect>>(
        m_ctx.db().connectionSpec(),
        [today](Database &reader) {
            return std::make_shared<const RouteEffect>(RouteEffectBuilder::build(EffectData::read(reader, today)));
        },
        [this](std::shared_ptr<const RouteEffect> effect, const QString &error) {
            if (!error.isEmpty() || !effect)
                AssociationWidgets::report(this, false, tr("What the routes changed"), error, &m_lastError);
            else
                showEffect(std::move(effect));
        });
}

void EffectTab::showEffect(std::shared_ptr<const RouteEffect> effect)
{
    m_lastError.clear();
    m_model->setEffect(effect);
    const bool any = effect->teachers > 0;
    m_export->setEnabled(any);
    m_print->setEnabled(any);
    if (!any) {
        m_summary->setText(tr("Nobody has been diagnosed again after done activities of a route yet. The figures "
                              "come once a teacher with a route is diagnosed after its courses, self-education or "
                              "events."));
    } else {
        const EffectFigure all = effect->overall();
        m_summary->setText(
            tr("%n teachers were diagnosed again after done activities of their routes. Over every area the score "
               "changed by %1 points on average; %2 of %3 deficits were removed. Before: the latest result when the "
               "work began; after: the first result after it ended. Figures marked * stand for fewer than %4 "
               "teachers.",
               nullptr, effect->teachers)
                .arg(RouteEffectBuilder::changeText(all.meanChangeTenths()))
                .arg(all.removed)
                .arg(all.deficitsBefore)
                .arg(RouteEffect::kFewTeachers));
    }
    applyView();
    emit loaded();
}

void EffectTab::applyView()
{
    const auto view = EffectModel::View(m_view->currentData().toInt());
    m_model->setView(view);
    m_hideFew->setEnabled(view != EffectModel::View::ByTeacher);
    static_cast<FewFilter *>(m_proxy)->setHideFew(m_hideFew->isChecked());
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    // The names wide, the figures narrow: what fits a laptop's screen.
    const QFontMetrics metrics = m_table->fontMetrics();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        m_table->setColumnWidth(c, metrics.horizontalAdvance(title) + 28);
    }
    switch (view) {
    case EffectModel::View::ByArea: m_table->setColumnWidth(0, 260); break;
    case EffectModel::View::ByProgramme:
    case EffectModel::View::ByOrganisation:
        m_table->setColumnWidth(0, 430);
        m_table->setColumnWidth(1, 210);
        break;
    case EffectModel::View::ByTeacher: {
        // Everything but the activities' titles (the last column) on a laptop's screen.
        const QList<int> widths{200, 150, 80, 150, 118, 118, 80, 92};
        for (int c = 0; c < widths.size(); ++c)
            m_table->setColumnWidth(c, widths[c]);
        break;
    }
    }
}

void EffectTab::print(bool toFile)
{
    const RouteEffect *effect = m_model->effect();
    if (!effect)
        return;
    EffectDocumentData data;
    try {
        data = DiagnosisReports::effectData(m_ctx.db(), *effect);
    } catch (const Error &e) {
        AssociationWidgets::report(this, false, tr("What the routes changed"), e.message(), &m_lastError);
        return;
    }
    const DocumentOutput::Builder build = [data] { return EffectDocument::build(data); };
    DocumentOutput::output(this, EffectDocument::title(), build, toFile);
}

void EffectTab::exportBook(const QString &givenPath)
{
    const RouteEffect *effect = m_model->effect();
    if (!effect)
        return;
    const QString title = tr("Export what the routes changed");
    const QString path = givenPath.isEmpty() ? SheetExport::askPath(this, title, tr("route-effect.xlsx")) : givenPath;
    if (path.isEmpty())
        return;
    const QList<TableSheet> sheets = EffectDocument::sheets(*effect);
    SheetExport::write(this, title, path, [&] { TableWriter::writeBook(path, sheets); });
}

} // namespace profrost
