#include "sites/VacanciesTab.h"

#include "associations/AssociationWidgets.h"
#include "common/ColumnFill.h"
#include "common/DateLineEdit.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "common/OrganisationCombo.h"
#include "common/RecordView.h"
#include "common/SheetExport.h"
#include "common/TokenFilterProxy.h"
#include "documents/SitesDocument.h"
#include "domain/DateText.h"
#include "io/TableWriter.h"
#include "shell/AppContext.h"
#include "sites/FillVacancyDialog.h"
#include "sites/SitesEditing.h"
#include "sites/SitesModels.h"
#include "sites/VacancyDialog.h"
#include "store/DictionaryRepository.h"
#include "store/SiteRepository.h"
#include "store/TeacherRepository.h"
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

#include <algorithm>

namespace profrost {

using W = AssociationWidgets;

VacanciesTab::VacanciesTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_show(new QComboBox(this)),
      m_municipality(new QComboBox(this)),
      m_organisation(new OrganisationCombo(this)),
      m_day(new DateLineEdit(this)),
      m_totals(new QLabel(this)),
      m_model(new VacancyListModel(this)),
      m_proxy(new TokenFilterProxy(this))
{
    setObjectName(QStringLiteral("vacanciesTab"));
    m_show->setObjectName(QStringLiteral("vacancyShow"));
    m_municipality->setObjectName(QStringLiteral("vacancyMunicipality"));
    m_organisation->setObjectName(QStringLiteral("vacancyOrganisationFilter"));
    m_totals->setObjectName(QStringLiteral("vacancyTotals"));
    m_show->addItem(tr("Open and filled"), int(Show::All));
    m_show->addItem(tr("Open"), int(Show::Open));
    m_show->addItem(tr("Filled"), int(Show::Filled));
    m_show->setCurrentIndex(1);
    m_day->setDate(ctx.today());
    m_day->setToolTip(tr("The day the state and the totals are for"));
    m_totals->setWordWrap(true);
    m_totals->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_totals->setMinimumWidth(260);
    m_totals->setTextFormat(Qt::RichText);
    m_proxy->setSourceModel(m_model);
    m_view = RecordView::table(m_proxy, this);
    m_view->setObjectName(QStringLiteral("vacanciesTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VacancyListModel::SinceColumn, Qt::AscendingOrder);
    const int widths[] = {150, 150, 150, 150, 60, 100, 180, 90, 180, 90};
    for (int c = 0; c < 10; ++c)
        m_view->setColumnWidth(c, widths[c]);
    ColumnFill::install(m_view, VacancyListModel::ReasonColumn, 120, 400);

    auto *add = W::button(QStringLiteral(":/icons/add.svg"), tr("New vacancy..."), tr("A vacancy of an organisation"), this);
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Open..."), tr("Change the chosen vacancy"), this);
    auto *filled = W::button(QStringLiteral(":/icons/save.svg"), tr("Mark filled..."),
                             tr("Who filled the chosen vacancy, and when"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the chosen vacancy"), this);
    auto *exportButton = W::button(QStringLiteral(":/icons/export.svg"), tr("Export..."),
                                   tr("Every vacancy, open and filled, to Excel"), this);
    add->setObjectName(QStringLiteral("newVacancyButton"));
    edit->setObjectName(QStringLiteral("editVacancyButton"));
    filled->setObjectName(QStringLiteral("fillVacancyButton"));
    remove->setObjectName(QStringLiteral("deleteVacancyButton"));
    exportButton->setObjectName(QStringLiteral("exportVacanciesButton"));
    connect(add, &QPushButton::clicked, this, &VacanciesTab::newVacancy);
    connect(edit, &QPushButton::clicked, this, &VacanciesTab::editVacancy);
    connect(filled, &QPushButton::clicked, this, [this] { markFilled(); });
    connect(remove, &QPushButton::clicked, this, &VacanciesTab::deleteVacancy);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = SheetExport::askPath(this, tr("Export the vacancies"), tr("vacancies.xlsx"));
        if (!path.isEmpty())
            exportTable(path);
    });
    // Enter or a double click opens the record: to edit, or to read for a role that may not.
    connect(m_view, &QTableView::activated, this, &VacanciesTab::editVacancy);
    if (m_ctx.mayEdit(UserAccess::Area::Sites)) {
        W::bindKeys(m_view, [this] { editVacancy(); }, [this] { deleteVacancy(); });
    }
    QToolButton *print = W::printButton(tr("Staffing needs"), this, [this](bool toFile) { printNeeds(toFile); });
    print->setObjectName(QStringLiteral("printStaffingButton"));
    print->setToolTip(tr("The vacancies open on the day, with the totals by post and subject"));

    auto *top = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&On:"), this);
    dayLabel->setBuddy(m_day);
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(m_show);
    top->addWidget(m_municipality);
    top->addWidget(m_organisation, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addWidget(m_totals);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(W::buttonBar(this, {add, edit, filled, remove, exportButton, print}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Sites, {add, edit, filled, remove});
    layout->addLayout(body, 1);
    for (QComboBox *box : {m_show, m_municipality, static_cast<QComboBox *>(m_organisation)})
        connect(box, &QComboBox::currentIndexChanged, this, &VacanciesTab::reload);
    connect(m_day, &QLineEdit::editingFinished, this, &VacanciesTab::reload);
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

QDate VacanciesTab::day() const
{
    const QDate d = m_day->date();
    return d.isValid() ? d : m_ctx.today();
}

void VacanciesTab::setDay(QDate day)
{
    m_day->setDate(day);
    reload();
}

void VacanciesTab::setShow(Show show) { m_show->setCurrentIndex(m_show->findData(int(show))); }

void VacanciesTab::reload()
{
    m_loader->markLoaded();
    const qint64 keep = RecordView::currentId(m_view, 0);
    const QDate at = day();
    QList<VacancyLine> lines;
    QList<Municipality> municipalities;
    try {
        lines = SiteReports::vacancyLines(m_ctx.db());
        municipalities = DictionaryRepository(m_ctx.db()).municipalities();
        m_organisation->refill(m_ctx.db());
    } catch (const Error &e) {
        W::report(this, false, tr("Vacancies"), e.message(), &m_lastError);
        return;
    }
    {
        QSignalBlocker block(m_municipality);
        const QString chosen = m_municipality->currentData().toString();
        m_municipality->clear();
        m_municipality->addItem(tr("All municipalities"), QString());
        for (const Municipality &m : municipalities)
            m_municipality->addItem(m.name, m.name);
        m_municipality->setCurrentIndex(std::max(0, m_municipality->findData(chosen)));
    }
    const QString municipality = m_municipality->currentData().toString();
    const qint64 organisation = m_organisation->organisationId();
    const Show show = Show(m_show->currentData().toInt());
    QList<Vacancy> chosen; // of the municipality and organisation, whatever their state: the totals' input
    QList<VacancyListModel::Line> shown;
    QHash<qint64, QString> municipalityOf;
    for (const VacancyLine &l : lines) {
        if (!municipality.isEmpty() && l.municipality != municipality)
            continue;
        if (organisation != 0 && l.vacancy.organisationId != organisation)
            continue;
        chosen << l.vacancy;
        municipalityOf.insert(l.vacancy.organisationId, l.municipality);
        const bool open = VacancyRules::isOpenOn(l.vacancy, at);
        const bool filled = l.vacancy.isFilled() && l.vacancy.filledOn <= at;
        if ((show == Show::Open && !open) || (show == Show::Filled && !filled))
            continue;
        shown << VacancyListModel::Line{l.vacancy, l.municipality, l.organisation, l.filledBy};
    }
    const VacancyTotals totals =
        VacancyRules::totals(chosen, at, [&](qint64 id) { return municipalityOf.value(id); });
    // A group's count and rates under their own headings, apart from the name.
    const auto table = [this](const QString &heading, const QMap<QString, VacancyTally> &groups) -> QString {
        QString html = u"<p><b>" + heading.toHtmlEscaped() + u"</b></p><table cellspacing='0' cellpadding='2'>"
            + u"<tr><td></td><td align='right'><i>" + tr("vacancies") + u"</i></td><td align='right'><i>"
            + tr("rates") + u"</i></td></tr>";
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            html += u"<tr><td>" + it.key().toHtmlEscaped() + u"</td><td align='right'>&nbsp;&nbsp;"
                + QString::number(it.value().count) + u"</td><td align='right'>&nbsp;&nbsp;"
                + VacancyRules::rateText(it.value().rate) + u"</td></tr>";
        return html + u"</table>";
    };
    QString html = u"<p><b>" + tr("Open on %1: %n vacancy(ies), %2 rate(s)", nullptr, totals.total.count)
                                   .arg(DateText::numeric(at), VacancyRules::rateText(totals.total.rate))
                                   .toHtmlEscaped()
        + u"</b></p>";
    if (totals.total.count > 0)
        html += table(tr("By post"), totals.byPost) + table(tr("By subject"), totals.bySubject);
    m_totals->setText(html);
    m_model->setLines(shown, at);
    RecordView::selectId(m_view, keep);
}

void VacanciesTab::newVacancy()
{
    qint64 savedId = 0;
    VacancyDialog dialog(
        m_ctx,
        [this, &savedId](const Vacancy &made) {
            QString error;
            SitesEditing::saveVacancy(m_ctx, std::nullopt, made, &error, &savedId);
            return error;
        },
        this);
    if (const qint64 organisation = m_organisation->organisationId(); organisation != 0) {
        Vacancy v;
        v.organisationId = organisation;
        v.since = m_ctx.today();
        dialog.setVacancy(v);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    RecordView::selectId(m_view, savedId);
}

void VacanciesTab::editVacancy()
{
    const Vacancy *v = m_model->vacancyAt(m_model->rowOf(RecordView::currentId(m_view, 0)));
    if (!v)
        return;
    const Vacancy before = *v;
    VacancyDialog dialog(
        m_ctx,
        [this, before](const Vacancy &changed) {
            QString error;
            SitesEditing::saveVacancy(m_ctx, before, changed, &error);
            return error;
        },
        this);
    dialog.setVacancy(before);
    if (EditAccess::viewOnly(m_ctx, UserAccess::Area::Sites, &dialog))
        return; // the role reads it
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void VacanciesTab::markFilled(const QString &who, QDate on)
{
    const Vacancy *v = m_model->vacancyAt(m_model->rowOf(RecordView::currentId(m_view, 0)));
    if (!v) {
        W::report(this, false, tr("Mark filled"), tr("Choose a vacancy in the list first."), &m_lastError);
        return;
    }
    const Vacancy before = *v;
    QHash<qint64, QString> names;
    try {
        names = TeacherRepository(m_ctx.db()).fullNames();
    } catch (const Error &e) {
        W::report(this, false, tr("Mark filled"), e.message(), &m_lastError);
        return;
    }
    Vacancy after = before;
    QString name = who.simplified();
    if (name.isEmpty()) {
        FillVacancyDialog dialog(m_ctx, names, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        after.filledByTeacherId = dialog.teacherId();
        name = dialog.name();
        on = dialog.day();
    } else {
        if (!on.isValid() && !W::askDay(this, tr("Mark filled"), tr("Filled on:"), m_ctx.today(), &on))
            return;
        after.filledByTeacherId = FillVacancyDialog::idNamed(names, name);
    }
    // A registry teacher is stored by id (their name follows the registry), anyone else as written.
    after.filledByName = after.filledByTeacherId == 0 ? name : QString();
    after.filledOn = on;
    QString error;
    W::report(this, SitesEditing::saveVacancy(m_ctx, before, after, &error), tr("Mark filled"), error, &m_lastError);
}

void VacanciesTab::deleteVacancy()
{
    const Vacancy *v = m_model->vacancyAt(m_model->rowOf(RecordView::currentId(m_view, 0)));
    if (!v)
        return;
    if (QMessageBox::question(this, tr("Delete vacancy"),
                              tr("Delete the vacancy «%1»? Edit → Undo brings it back.")
                                  .arg(v->post + (v->subject.isEmpty() ? QString() : QStringLiteral(", ") + v->subject)))
        != QMessageBox::Yes)
        return;
    QString error;
    W::report(this, SitesEditing::removeVacancy(m_ctx, v->id, &error), tr("Delete vacancy"), error, &m_lastError);
}

void VacanciesTab::exportTable(const QString &path)
{
    SheetExport::writeSheet(this, tr("Export the vacancies"), path,
                            [this] { return StaffingDocument::sheet(SiteReports::vacancyLines(m_ctx.db()), day()); });
}

void VacanciesTab::printNeeds(bool toFile)
{
    StaffingData data;
    try {
        data = SiteReports::staffingData(m_ctx.db(), day());
    } catch (const Error &e) {
        W::report(this, false, tr("Staffing needs"), e.message(), &m_lastError);
        return;
    }
    DocumentOutput::output(this, StaffingDocument::title(data.asOf), [data] { return StaffingDocument::build(data); },
                           toFile);
}

} // namespace profrost
