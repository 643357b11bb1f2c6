#include "sites/SitesTab.h"

#include "associations/AssociationWidgets.h"
#include "common/ColumnFill.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "common/SheetExport.h"
#include "common/TokenFilterProxy.h"
#include "documents/SitesDocument.h"
#include "shell/AppContext.h"
#include "sites/SiteDialog.h"
#include "sites/SitesEditing.h"
#include "sites/SitesModels.h"
#include "store/OrganisationRepository.h"
#include "store/SiteRepository.h"
#include "util/Error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

SitesTab::SitesTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_level(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_year(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_model(new SiteListModel(this)),
      m_proxy(new TokenFilterProxy(this))
{
    setObjectName(QStringLiteral("sitesTab"));
    m_level->setObjectName(QStringLiteral("siteLevelFilter"));
    m_status->setObjectName(QStringLiteral("siteStatusFilter"));
    m_year->setObjectName(QStringLiteral("siteYearFilter"));
    m_level->addItem(tr("All levels"), -1);
    for (SiteLevel l : SiteText::allLevels())
        m_level->addItem(SiteText::displayName(l), int(l));
    m_status->addItem(tr("All statuses"), -1);
    for (SiteStatus s : SiteText::allStatuses())
        m_status->addItem(SiteText::displayName(s), int(s));
    m_year->addItem(tr("Any year"), 0);
    const int current = ctx.today().year();
    for (int y = current + 1; y >= current - 6; --y)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->findData(current));
    m_summary->setObjectName(QStringLiteral("sitesSummary"));
    m_summary->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_view = RecordView::table(m_proxy, this);
    m_view->setObjectName(QStringLiteral("sitesTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SiteListModel::OrganisationColumn, Qt::AscendingOrder);
    // At 1366×768 the columns fit beside the sidebar without a scroll bar:
    // «стажировочная» and «муниципальная» whole, the period on two lines as
    // the rows have them, the topic taking what is left.
    const int widths[] = {130, 125, 110, 150, 125, 100, 95, 95, 80};
    for (int c = 0; c < 9; ++c)
        m_view->setColumnWidth(c, widths[c]);
    ColumnFill::install(m_view, SiteListModel::TopicColumn, 150, 700);

    auto *add = W::button(QStringLiteral(":/icons/add.svg"), tr("New site..."),
                          tr("An innovation or internship site of an organisation"), this);
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Open..."), tr("Change the chosen site"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the chosen site"), this);
    add->setObjectName(QStringLiteral("newSiteButton"));
    edit->setObjectName(QStringLiteral("editSiteButton"));
    remove->setObjectName(QStringLiteral("deleteSiteButton"));
    connect(add, &QPushButton::clicked, this, &SitesTab::newSite);
    connect(edit, &QPushButton::clicked, this, &SitesTab::editSite);
    connect(remove, &QPushButton::clicked, this, &SitesTab::deleteSite);
    auto *exportButton = W::button(QStringLiteral(":/icons/export.svg"), tr("Export..."),
                                   tr("The sites as listed, to Excel"), this);
    exportButton->setObjectName(QStringLiteral("exportSitesButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = SheetExport::askPath(this, tr("Export the sites"), tr("sites.xlsx"));
        if (!path.isEmpty())
            exportTable(path);
    });
    // Enter or a double click opens the record: to edit, or to read for a role that may not.
    connect(m_view, &QTableView::activated, this, &SitesTab::editSite);
    if (m_ctx.mayEdit(UserAccess::Area::Sites)) {
        W::bindKeys(m_view, [this] { editSite(); }, [this] { deleteSite(); });
    }
    QToolButton *print = W::printButton(tr("List"), this, [this](bool toFile) { printList(toFile); });
    print->setObjectName(QStringLiteral("printSitesButton"));
    print->setToolTip(tr("The list of sites as filtered, for the region"));

    auto *top = new QHBoxLayout;
    for (QComboBox *box : {m_level, m_status, m_year})
        top->addWidget(box);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(W::buttonBar(this, {add, edit, remove, exportButton, print}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Sites, {add, edit, remove});
    layout->addWidget(m_view, 1);
    for (QComboBox *box : {m_level, m_status, m_year})
        connect(box, &QComboBox::currentIndexChanged, this, &SitesTab::reload);
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

namespace {

SiteFilter filterOf(const QComboBox *level, const QComboBox *status, const QComboBox *year)
{
    SiteFilter f;
    if (const int l = level->currentData().toInt(); l >= 0)
        f.level = SiteLevel(l);
    if (const int s = status->currentData().toInt(); s >= 0)
        f.status = SiteStatus(s);
    f.year = year->currentData().toInt();
    return f;
}

// The lines of the sites `ids` names, in its order: a sheet holds the rows
// as the table shows them, sorted by the column the user chose.
QList<SiteLine> inOrder(const QList<SiteLine> &lines, const QList<qint64> &ids)
{
    QHash<qint64, const SiteLine *> byId;
    for (const SiteLine &l : lines)
        byId.insert(l.site.id, &l);
    QList<SiteLine> out;
    for (qint64 id : ids) {
        if (const SiteLine *l = byId.value(id))
            out << *l;
    }
    return out;
}

} // namespace

void SitesTab::reload()
{
    m_loader->markLoaded();
    const qint64 keep = RecordView::currentId(m_view, 0);
    const SiteFilter filter = filterOf(m_level, m_status, m_year);
    QList<InnovationSite> sites;
    QHash<qint64, QString> organisations;
    try {
        sites = SiteRepository(m_ctx.db()).filtered(filter);
        for (const Organisation &o : OrganisationRepository(m_ctx.db()).all())
            organisations.insert(o.id, o.displayName());
    } catch (const Error &e) {
        W::report(this, false, tr("Sites"), e.message(), &m_lastError);
        return;
    }
    QMap<SiteLevel, int> byLevel;
    for (const InnovationSite &s : sites)
        ++byLevel[s.level];
    QStringList levels;
    for (auto it = byLevel.cbegin(); it != byLevel.cend(); ++it)
        levels << tr("%1: %2").arg(SiteText::displayName(it.key())).arg(it.value());
    m_summary->setText(tr("%n site(s)", nullptr, int(sites.size()))
                       + (levels.isEmpty() ? QString() : QStringLiteral(" (") + levels.join(QStringLiteral(", ")) + u')'));
    m_model->setSites(sites, organisations, filter.year);
    RecordView::selectId(m_view, keep);
}

void SitesTab::newSite()
{
    qint64 savedId = 0;
    SiteDialog dialog(
        m_ctx,
        [this, &savedId](const InnovationSite &made) {
            QString error;
            SitesEditing::saveSite(m_ctx, std::nullopt, made, &error, &savedId);
            return error;
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    RecordView::selectId(m_view, savedId);
}

void SitesTab::editSite()
{
    const qint64 id = RecordView::currentId(m_view, 0);
    std::optional<InnovationSite> before;
    try {
        before = SiteRepository(m_ctx.db()).get(id);
    } catch (const Error &e) {
        W::report(this, false, tr("Sites"), e.message(), &m_lastError);
        return;
    }
    if (!before)
        return;
    SiteDialog dialog(
        m_ctx,
        [this, before](const InnovationSite &changed) {
            QString error;
            SitesEditing::saveSite(m_ctx, before, changed, &error);
            return error;
        },
        this);
    dialog.setSite(*before);
    if (EditAccess::viewOnly(m_ctx, UserAccess::Area::Sites, &dialog))
        return; // the role reads it
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SitesTab::deleteSite()
{
    const InnovationSite *s = m_model->siteAt(m_model->rowOf(RecordView::currentId(m_view, 0)));
    if (!s)
        return;
    if (QMessageBox::question(this, tr("Delete site"),
                              tr("Delete the site «%1» with its people and reports? Edit → Undo brings it back.")
                                  .arg(s->topic))
        != QMessageBox::Yes)
        return;
    QString error;
    W::report(this, SitesEditing::removeSite(m_ctx, s->id, &error), tr("Delete site"), error, &m_lastError);
}

void SitesTab::printList(bool toFile)
{
    SitesListData data;
    try {
        data = SiteReports::sitesData(m_ctx.db(), filterOf(m_level, m_status, m_year));
    } catch (const Error &e) {
        W::report(this, false, tr("List of sites"), e.message(), &m_lastError);
        return;
    }
    DocumentOutput::output(this, SitesListDocument::title(data.filter.year),
                           [data] { return SitesListDocument::build(data); }, toFile);
}

void SitesTab::exportTable(const QString &path)
{
    SheetExport::writeSheet(this, tr("Export the sites"), path, [this] {
        SitesListData data = SiteReports::sitesData(m_ctx.db(), filterOf(m_level, m_status, m_year));
        data.lines = inOrder(data.lines, RecordView::shownIds(m_view));
        return SitesListDocument::sheet(data);
    });
}

} // namespace profrost
