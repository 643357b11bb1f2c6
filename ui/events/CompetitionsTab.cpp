#include "events/CompetitionsTab.h"

#include "associations/AssociationWidgets.h"
#include "common/ColumnFill.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "common/TokenFilterProxy.h"
#include "documents/EventReports.h"
#include "events/CompetitionDialog.h"
#include "events/CompetitionEditing.h"
#include "events/CompetitionListModel.h"
#include "shell/AppContext.h"
#include "store/CompetitionRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
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

CompetitionsTab::CompetitionsTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_year(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_model(new CompetitionListModel(this)),
      m_proxy(new TokenFilterProxy(this))
{
    setObjectName(QStringLiteral("competitionsTab"));
    m_year->setObjectName(QStringLiteral("competitionYear"));
    const int current = ctx.today().year();
    for (int y = current - 3; y <= current + 1; ++y)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->findData(current));
    m_summary->setObjectName(QStringLiteral("competitionsSummary"));
    m_summary->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_view = RecordView::table(m_proxy, this);
    m_view->setObjectName(QStringLiteral("competitionsTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CompetitionListModel::NameColumn, Qt::AscendingOrder);
    const int widths[] = {230, 260, 100, 320, 110};
    for (int c = 0; c < 5; ++c)
        m_view->setColumnWidth(c, widths[c]);
    ColumnFill::install(m_view, CompetitionListModel::WinnersColumn, 200, 700);

    auto *add = W::button(QStringLiteral(":/icons/add.svg"), tr("New competition..."),
                          tr("A competition of the year with its stages and participants"), this);
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Open..."), tr("Change the chosen competition"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the chosen competition"), this);
    add->setObjectName(QStringLiteral("newCompetitionButton"));
    edit->setObjectName(QStringLiteral("editCompetitionButton"));
    remove->setObjectName(QStringLiteral("deleteCompetitionButton"));
    connect(add, &QPushButton::clicked, this, &CompetitionsTab::newCompetition);
    connect(edit, &QPushButton::clicked, this, &CompetitionsTab::editCompetition);
    connect(remove, &QPushButton::clicked, this, &CompetitionsTab::deleteCompetition);
    // Enter or a double click opens the record: to edit, or to read for a role that may not.
    connect(m_view, &QTableView::activated, this, &CompetitionsTab::editCompetition);
    if (m_ctx.mayEdit(UserAccess::Area::Events)) {
        W::bindKeys(m_view, [this] { editCompetition(); }, [this] { deleteCompetition(); });
    }
    QToolButton *print = W::printButton(tr("Results"), this, [this](bool toFile) { printResults(toFile); });
    print->setObjectName(QStringLiteral("printCompetitionButton"));
    print->setToolTip(tr("The chosen competition's results at a stage, for the jury to sign"));

    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(W::buttonBar(this, {add, edit, remove, print}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Events, {add, edit, remove});
    layout->addWidget(m_view, 1);
    connect(m_year, &QComboBox::currentIndexChanged, this, &CompetitionsTab::reload);
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

int CompetitionsTab::year() const { return m_year->currentData().toInt(); }

void CompetitionsTab::setYear(int year)
{
    if (m_year->findData(year) < 0)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
}

void CompetitionsTab::reload()
{
    m_loader->markLoaded();
    const qint64 keep = RecordView::currentId(m_view, 0);
    QList<Competition> ofYear;
    QHash<qint64, QString> names;
    try {
        ofYear = CompetitionRepository(m_ctx.db()).ofYear(year());
        names = TeacherRepository(m_ctx.db()).fullNames();
    } catch (const Error &e) {
        W::report(this, false, tr("Competitions"), e.message(), &m_lastError);
        return;
    }
    const CompetitionCounts counts = CompetitionCounts::of(ofYear, year());
    QStringList byStage;
    for (auto it = counts.byLevel.cbegin(); it != counts.byLevel.cend(); ++it)
        byStage << tr("%1: %2 (prizes %3)").arg(CompetitionText::displayName(it.key())).arg(it.value().participants).arg(it.value().prizewinners);
    m_summary->setText(tr("%n competition(s)", nullptr, int(ofYear.size())) + QStringLiteral("; ")
                       + tr("%n different participant(s)", nullptr, counts.total.participants) + QStringLiteral(", ")
                       + tr("%n with a prize", nullptr, counts.total.prizewinners)
                       + (byStage.isEmpty() ? QString() : QStringLiteral(". ") + byStage.join(QStringLiteral("; "))) + u'.');
    m_model->setCompetitions(ofYear, names);
    RecordView::selectId(m_view, keep);
}

void CompetitionsTab::newCompetition()
{
    Competition c;
    c.year = year();
    qint64 savedId = 0;
    CompetitionDialog dialog(
        m_ctx,
        [this, &savedId](const Competition &made) {
            QString error;
            CompetitionEditing::save(m_ctx, std::nullopt, made, &error, &savedId);
            return error;
        },
        this);
    dialog.setCompetition(c);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setYear(dialog.competition().year);
    reload();
    RecordView::selectId(m_view, savedId);
}

void CompetitionsTab::editCompetition()
{
    const Competition *c = m_model->competitionAt(m_model->rowOf(RecordView::currentId(m_view, 0)));
    if (!c)
        return;
    const Competition before = *c;
    CompetitionDialog dialog(
        m_ctx,
        [this, before](const Competition &changed) {
            QString error;
            CompetitionEditing::save(m_ctx, before, changed, &error);
            return error;
        },
        this);
    dialog.setCompetition(before);
    if (EditAccess::viewOnly(m_ctx, UserAccess::Area::Events, &dialog))
        return; // the role reads it
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CompetitionsTab::deleteCompetition()
{
    const Competition *c = m_model->competitionAt(m_model->rowOf(RecordView::currentId(m_view, 0)));
    if (!c)
        return;
    if (QMessageBox::question(this, tr("Delete competition"),
                              tr("Delete «%1» %2 with its %n participant(s)? Edit → Undo brings it back.", nullptr,
                                 int(c->entries.size()))
                                  .arg(c->name)
                                  .arg(c->year))
        != QMessageBox::Yes)
        return;
    QString error;
    W::report(this, CompetitionEditing::remove(m_ctx, c->id, &error), tr("Delete competition"), error, &m_lastError);
}

} // namespace profrost

namespace profrost {

void CompetitionsTab::printResults(bool toFile)
{
    const Competition *current = m_model->competitionAt(m_model->rowOf(RecordView::currentId(m_view, 0)));
    if (!current) {
        W::report(this, false, tr("Competition results"), tr("Choose a competition in the list first."), &m_lastError);
        return;
    }
    const std::optional<Competition> chosen = *current; // a copy: the model may reload under the dialog
    // The stages with any result; the default one first.
    QList<CompetitionLevel> stages{EventReports::defaultStage(*chosen)};
    for (CompetitionLevel l : chosen->stages) {
        bool any = false;
        for (const CompetitionEntry &e : chosen->entries)
            any = any || e.results.contains(l);
        if (any && !stages.contains(l))
            stages << l;
    }
    CompetitionLevel stage = stages.constFirst();
    if (stages.size() > 1) {
        QStringList names;
        for (CompetitionLevel l : stages)
            names << CompetitionText::displayName(l);
        bool ok = false;
        const QString picked = QInputDialog::getItem(this, tr("Competition results"),
                                                     tr("The results of «%1» at the stage:").arg(chosen->name), names,
                                                     0, false, &ok);
        if (!ok)
            return;
        stage = stages.value(int(names.indexOf(picked)), stage);
    }
    DocumentOutput::Builder build;
    QString title;
    try {
        const std::optional<CompetitionDocumentData> data = EventReports::competitionData(m_ctx.db(), chosen->id, stage);
        if (!data)
            throw Error(tr("The competition is no longer in the database."));
        build = [data = *data] { return CompetitionDocument::build(data); };
        title = CompetitionDocument::title(data->name, data->year, data->stage);
    } catch (const Error &e) {
        W::report(this, false, tr("Competition results"), e.message(), &m_lastError);
        return;
    }
    DocumentOutput::output(this, title, build, toFile);
}

} // namespace profrost
