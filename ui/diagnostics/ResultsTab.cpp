#include "diagnostics/ResultsTab.h"

#include "associations/AssociationWidgets.h"
#include "common/DeferredLoad.h"
#include "common/EditAccess.h"
#include "common/HeaderFit.h"
#include "common/RecordView.h"
#include "common/TokenFilterProxy.h"
#include "domain/DateText.h"
#include "diagnostics/CampaignDialog.h"
#include "diagnostics/DiagnosisEditing.h"
#include "diagnostics/ResultDialog.h"
#include "shell/AppContext.h"
#include "store/DiagnosisRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

ResultsTab::ResultsTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_campaigns(new QComboBox(this)),
      m_resultModel(new ResultListModel(this)),
      m_proxy(new TokenFilterProxy(this)),
      m_results(nullptr),
      m_summary(new QLabel(this)),
      m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("diagnosisResultsTab"));
    m_campaigns->setObjectName(QStringLiteral("campaignCombo"));
    m_campaigns->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaigns->setMinimumContentsLength(40);
    m_proxy->setSourceModel(m_resultModel);
    m_results = RecordView::table(m_proxy, this);
    m_results->setObjectName(QStringLiteral("resultsTable"));
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(ResultListModel::TeacherColumn, Qt::AscendingOrder);
    m_results->setColumnWidth(ResultListModel::TeacherColumn, 235);
    m_results->setColumnWidth(ResultListModel::OrganisationColumn, 200);
    m_results->setColumnWidth(ResultListModel::DateColumn, 84);
    for (CompetencyArea area : TrainingText::allAreas())
        m_results->setColumnWidth(ResultListModel::columnOf(area), 70);
    m_results->horizontalHeader()->setStretchLastSection(true);
    HeaderFit::keep(this);

    auto *addCampaignButton =
        W::button(QStringLiteral(":/icons/add.svg"), tr("New diagnosis..."), tr("Record a diagnosis campaign"), this);
    auto *editCampaignButton =
        W::button(QStringLiteral(":/icons/edit.svg"), tr("Edit..."), tr("Change the diagnosis"), this);
    auto *deleteCampaignButton = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"),
                                           tr("Delete the diagnosis with its results"), this);
    addCampaignButton->setObjectName(QStringLiteral("addCampaignButton"));
    editCampaignButton->setObjectName(QStringLiteral("editCampaignButton"));
    deleteCampaignButton->setObjectName(QStringLiteral("deleteCampaignButton"));
    connect(addCampaignButton, &QPushButton::clicked, this, &ResultsTab::addCampaign);
    connect(editCampaignButton, &QPushButton::clicked, this, &ResultsTab::editCampaign);
    connect(deleteCampaignButton, &QPushButton::clicked, this, &ResultsTab::deleteCampaign);
    m_campaignButtons = {editCampaignButton, deleteCampaignButton};

    auto *addResultButton = W::button(QStringLiteral(":/icons/add.svg"), tr("Add result..."),
                                      tr("Enter a teacher's result by hand"), this);
    auto *editResultButton =
        W::button(QStringLiteral(":/icons/edit.svg"), tr("Correct..."), tr("Correct the chosen result"), this);
    auto *deleteResultButton =
        W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the chosen result"), this);
    addResultButton->setObjectName(QStringLiteral("addResultButton"));
    editResultButton->setObjectName(QStringLiteral("editResultButton"));
    deleteResultButton->setObjectName(QStringLiteral("deleteResultButton"));
    connect(addResultButton, &QPushButton::clicked, this, &ResultsTab::addResult);
    connect(editResultButton, &QPushButton::clicked, this, &ResultsTab::editResult);
    connect(deleteResultButton, &QPushButton::clicked, this, &ResultsTab::deleteResult);
    if (m_ctx.mayEdit(UserAccess::Area::Diagnostics)) {
        connect(m_results, &QTableView::doubleClicked, this, &ResultsTab::editResult);
        W::bindKeys(m_results, [this] { editResult(); }, [this] { deleteResult(); });
    }
    m_resultButtons = {addResultButton, editResultButton, deleteResultButton};
    m_filter->setPlaceholderText(tr("Filter: teacher, organisation"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TokenFilterProxy::setFilterText);

    auto *chooser = new QHBoxLayout;
    auto *label = new QLabel(tr("&Diagnosis:"), this);
    label->setBuddy(m_campaigns);
    chooser->addWidget(label);
    chooser->addWidget(m_campaigns);
    chooser->addWidget(addCampaignButton);
    chooser->addWidget(editCampaignButton);
    chooser->addWidget(deleteCampaignButton);
    chooser->addStretch(1);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("diagnosisSummary"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_summary);
    layout->addWidget(W::buttonBar(this, {addResultButton, editResultButton, deleteResultButton}, {m_filter}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Diagnostics,
                               {addCampaignButton, editCampaignButton, deleteCampaignButton, addResultButton,
                                editResultButton, deleteResultButton});
    layout->addWidget(m_results, 1);

    connect(m_campaigns, &QComboBox::currentIndexChanged, this, &ResultsTab::showResults);
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
    showResults();
}

bool ResultsTab::report(bool ok, const QString &title, const QString &error)
{
    return W::report(this, ok, title, error, &m_lastError);
}

qint64 ResultsTab::currentCampaign() const { return m_campaigns->currentData().toLongLong(); }

const DiagnosisCampaign *ResultsTab::current() const
{
    const qint64 id = currentCampaign();
    for (const DiagnosisCampaign &c : m_campaignList) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

void ResultsTab::reload()
{
    m_loader->markLoaded();
    const qint64 keep = currentCampaign();
    try {
        DiagnosisRepository repo(m_ctx.db());
        m_campaignList = repo.campaigns();
        m_resultCounts = repo.resultCounts(); // a count per campaign, not every score read
        m_people.clear();
        for (const TeacherRow &t : TeacherRepository(m_ctx.db()).rows(m_ctx.today()))
            m_people.insert(t.id, {t.fullName(), t.organisations});
    } catch (const Error &e) {
        report(false, tr("Diagnostics"), e.message());
        return;
    }
    {
        const QSignalBlocker quiet(m_campaigns); // one showResults() below, not one per item
        m_campaigns->clear();
        for (const DiagnosisCampaign &c : m_campaignList)
            m_campaigns->addItem(c.name + QStringLiteral(" (") + DiagnosisText::periodText(c) + QStringLiteral(")"), c.id);
        // The newest diagnosis is the one a methodist opens the page for.
        const int kept = m_campaigns->findData(keep);
        m_campaigns->setCurrentIndex(kept >= 0 ? kept : m_campaigns->count() - 1);
    }
    showResults();
}

void ResultsTab::selectCampaign(qint64 id)
{
    m_loader->ensureLoaded();
    if (const int index = m_campaigns->findData(id); index >= 0)
        m_campaigns->setCurrentIndex(index);
}

void ResultsTab::showResults()
{
    const DiagnosisCampaign *chosen = current();
    for (QPushButton *b : m_campaignButtons)
        b->setEnabled(chosen);
    for (QPushButton *b : m_resultButtons)
        b->setEnabled(chosen);
    if (!chosen) {
        m_resultModel->setResults({}, {}, {});
        m_summary->setText(m_campaignList.isEmpty()
                               ? tr("No diagnosis is recorded yet. Import a platform's results (File → Import "
                                    "diagnosis results...) or add a diagnosis with «New diagnosis...».")
                               : tr("Choose a diagnosis above."));
        return;
    }
    const DiagnosisCampaign c = *chosen;
    DeficitThresholds thresholds;
    try {
        thresholds = SettingsRepository(m_ctx.db()).deficitThresholds();
        m_resultModel->setResults(DiagnosisRepository(m_ctx.db()).resultsOfCampaign(c.id), m_people, thresholds);
    } catch (const Error &e) {
        report(false, tr("Diagnostics"), e.message());
        return;
    }
    for (CompetencyArea area : TrainingText::allAreas())
        m_results->setColumnHidden(ResultListModel::columnOf(area), !c.areas.contains(area));
    const QString rule = c.kind == DiagnosisKind::FunctionalLiteracy
                             ? tr("passed at %1 or more").arg(DiagnosisText::percentText(thresholds.literacyPassedAt))
                             : tr("a deficit is a score below %1").arg(DiagnosisText::percentText(thresholds.deficitBelow));
    m_summary->setText(tr("<b>%1</b> (%2): %3 results, %4 with deficits; %5.")
                           .arg(c.name.toHtmlEscaped(), DiagnosisText::displayName(c.kind))
                           .arg(m_resultModel->rowCount())
                           .arg(m_resultModel->withDeficits())
                           .arg(rule));
}

void ResultsTab::addCampaign()
{
    CampaignDialog dialog(
        [this](const DiagnosisCampaign &c) -> QString {
            try {
                const qint64 id = DiagnosisRepository(m_ctx.db()).addCampaign(c);
                m_ctx.notifyChanged();
                selectCampaign(id);
                return {};
            } catch (const Error &e) {
                return e.message();
            }
        },
        this);
    dialog.setWindowTitle(tr("New diagnosis"));
    DiagnosisCampaign fresh;
    fresh.starts = m_ctx.today();
    for (const CompetencyArea &area : TrainingText::allAreas()) { // scored by area: all but literacy
        if (!area.isLiteracy())
            fresh.areas << area;
    }
    dialog.setCampaign(fresh);
    dialog.exec();
}

void ResultsTab::editCampaign()
{
    const DiagnosisCampaign *chosen = current();
    if (!chosen)
        return;
    CampaignDialog dialog(
        [this](const DiagnosisCampaign &c) -> QString {
            try {
                DiagnosisRepository(m_ctx.db()).updateCampaign(c);
                m_ctx.notifyChanged();
                return {};
            } catch (const Error &e) {
                return e.message();
            }
        },
        this);
    const DiagnosisCampaign c = *chosen;
    dialog.setWindowTitle(tr("Diagnosis: %1").arg(c.name));
    dialog.setCampaign(c);
    dialog.exec();
}

void ResultsTab::deleteCampaign()
{
    const DiagnosisCampaign *chosen = current();
    if (!chosen)
        return;
    const DiagnosisCampaign c = *chosen;
    const int results = m_resultCounts.value(c.id);
    const QString question = results == 0
                                 ? tr("Delete the diagnosis \"%1\"?").arg(c.name)
                                 : tr("Delete the diagnosis \"%1\" with its %2 results? This cannot be undone.")
                                       .arg(c.name)
                                       .arg(results);
    if (QMessageBox::question(this, tr("Delete diagnosis"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes)
        return;
    try {
        DiagnosisRepository(m_ctx.db()).removeCampaign(c.id);
        m_ctx.notifyChanged();
    } catch (const Error &e) {
        report(false, tr("Delete diagnosis"), e.message());
    }
}

void ResultsTab::addResult()
{
    const DiagnosisCampaign *chosen = current();
    if (!chosen)
        return;
    const DiagnosisCampaign c = *chosen;
    ResultDialog dialog(m_ctx, c, SettingsRepository(m_ctx.db()).deficitThresholds(),
                        [this](const DiagnosisResult &r) {
                            QString error;
                            DiagnosisEditing::save(m_ctx, std::nullopt, r, &error);
                            return error;
                        },
                        this);
    dialog.exec();
}

void ResultsTab::editResult()
{
    const DiagnosisCampaign *chosen = current();
    const int row = m_resultModel->rowOf(RecordView::currentId(m_results, 0));
    if (!chosen || row < 0)
        return;
    const DiagnosisResult before = m_resultModel->resultAt(row);
    ResultDialog dialog(m_ctx, *chosen,
                        SettingsRepository(m_ctx.db()).deficitThresholds(),
                        [this, before](const DiagnosisResult &r) {
                            QString error;
                            DiagnosisEditing::save(m_ctx, before, r, &error);
                            return error;
                        },
                        this);
    dialog.setResult(before, m_people.value(before.teacherId).name);
    dialog.exec();
}

void ResultsTab::deleteResult()
{
    const qint64 id = RecordView::currentId(m_results, 0);
    const int row = m_resultModel->rowOf(id);
    if (row < 0)
        return;
    const QString name = m_people.value(m_resultModel->resultAt(row).teacherId).name;
    if (QMessageBox::question(this, tr("Delete result"), tr("Delete the result of %1? Edit → Undo brings it back.").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    QString error;
    report(DiagnosisEditing::remove(m_ctx, id, &error), tr("Delete result"), error);
}

} // namespace profrost
