#include "diagnostics/RouteDialog.h"

#include "common/FieldMessage.h"
#include "common/StatusPalette.h"
#include "diagnostics/ActivitiesEditor.h"
#include "domain/DateText.h"
#include "domain/DeficitRules.h"
#include "domain/RouteRules.h"
#include "shell/AppContext.h"
#include "store/SettingsRepository.h"
#include "store/TrainingRepository.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}

QPushButton *button(const QString &text, QWidget *parent, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

RouteDialog::RouteDialog(AppContext &ctx, Save save, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_save(std::move(save)),
      m_teacher(new QLabel(this)),
      m_scores(new QLabel(this)),
      m_goal(new QLineEdit(this)),
      m_tasks(new QPlainTextEdit(this)),
      m_curator(new QLineEdit(this)),
      m_activities(nullptr),
      m_suggestions(nullptr),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Individual route"));
    try {
        m_catalogue = TrainingRepository(ctx.db()).programmes();
    } catch (const Error &e) {
        m_message->show(e.message());
    }
    m_teacher->setTextFormat(Qt::RichText);
    m_scores->setWordWrap(true);
    m_goal->setObjectName(QStringLiteral("routeGoal"));
    m_goal->setPlaceholderText(tr("e.g. to master digital tools of a lesson"));
    m_tasks->setObjectName(QStringLiteral("routeTasks"));
    m_tasks->setPlaceholderText(tr("one task per line"));
    m_tasks->setFixedHeight(m_tasks->fontMetrics().lineSpacing() * 3 + 12);
    m_curator->setPlaceholderText(tr("the mentor or methodist who accompanies the route"));

    auto *deficitRow = new QHBoxLayout;
    for (CompetencyArea area : TrainingText::allAreas()) {
        auto *box = new QCheckBox(upperFirst(TrainingText::displayName(area)), this);
        box->setObjectName(QStringLiteral("deficit_") + TrainingText::code(area));
        m_deficits.insert(area, box);
        deficitRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RouteDialog::refreshSuggestions);
    }
    deficitRow->addStretch(1);

    auto *deficitBlock = new QVBoxLayout;
    deficitBlock->addLayout(deficitRow);
    deficitBlock->addWidget(m_scores);
    auto *form = new QFormLayout;
    form->addRow(tr("Deficits addressed:"), deficitBlock);
    form->addRow(tr("&Goal:"), m_goal);
    form->addRow(tr("&Tasks:"), m_tasks);
    form->addRow(tr("&Curator:"), m_curator);

    m_activities = new ActivitiesEditor(m_catalogue, this);
    m_activities->setDefaultResponsible([this] { return m_curator->text().simplified(); });
    m_activities->setStatusText([this](int, const RouteActivity &a, qint64 pendingRun) {
        const RouteStatus status = RouteRules::effectiveStatus(a, m_route.startYear, m_finished);
        if (status != a.status)
            return tr("%1 (course completed)").arg(RouteText::displayName(status));
        if (pendingRun != 0)
            return tr("%1, application on OK").arg(RouteText::displayName(status));
        return QString();
    });
    auto *activityBox = new QGroupBox(tr("Activities"), this);
    auto *activityLayout = new QHBoxLayout(activityBox);
    activityLayout->addWidget(m_activities, 1);

    m_suggestions = table({tr("Programme"), tr("Hours"), tr("Federal registry"), tr("Covers"), tr("Nearest run"),
                           tr("Free seats")},
                          this);
    m_suggestions->setObjectName(QStringLiteral("routeSuggestions"));
    const int suggestionWidths[] = {330, 60, 110, 170, 160};
    for (int c = 0; c < 5; ++c)
        m_suggestions->setColumnWidth(c, suggestionWidths[c]);
    auto *take = button(tr("Add to the route"), this, "addSuggestionButton");
    auto *takeAndApply = button(tr("Add and apply for the run"), this, "applySuggestionButton");
    takeAndApply->setToolTip(tr("The application is sent when you press OK"));
    connect(take, &QPushButton::clicked, this, [this] { addSuggestion(m_suggestions->currentRow(), false); });
    connect(takeAndApply, &QPushButton::clicked, this, [this] { addSuggestion(m_suggestions->currentRow(), true); });
    connect(m_suggestions, &QTableWidget::cellDoubleClicked, this, [this](int row) { addSuggestion(row, false); });
    auto *suggestionButtons = new QVBoxLayout;
    suggestionButtons->addWidget(take);
    suggestionButtons->addWidget(takeAndApply);
    suggestionButtons->addStretch(1);
    auto *suggestionBox = new QGroupBox(tr("Courses of the catalogue for the deficits"), this);
    auto *suggestionLayout = new QHBoxLayout(suggestionBox);
    suggestionLayout->addWidget(m_suggestions, 1);
    suggestionLayout->addLayout(suggestionButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RouteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_teacher);
    layout->addLayout(form);
    layout->addWidget(activityBox, 3);
    layout->addWidget(suggestionBox, 2);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1180, 690);
}

void RouteDialog::setRoute(const IndividualRoute &route, const QString &teacher,
                           const QMap<CompetencyArea, AreaScore> &latest)
{
    m_route = route;
    try {
        m_finished = TrainingRepository(m_ctx.db()).completionsOf(route.teacherId);
    } catch (const Error &) {
        m_finished.clear(); // the statuses shown are the recorded ones then
    }
    m_teacher->setText(tr("<b>%1</b> — route for the academic year %2/%3")
                           .arg(teacher.toHtmlEscaped())
                           .arg(route.startYear)
                           .arg(route.startYear + 1));
    const DeficitThresholds thresholds = SettingsRepository(m_ctx.db()).deficitThresholds();
    QStringList scores;
    for (const CompetencyArea &area : TrainingText::inAreaOrder(latest.keys())) { // the dictionary's order
        const auto it = latest.constFind(area);
        const QString text = TrainingText::displayName(it.key()) + QStringLiteral(" ")
            + DiagnosisText::percentText(it->hundredths);
        scores << (DeficitRules::isDeficit(*it, thresholds) ? StatusPalette::boldHtml(StatusPalette::errorText(),
                                                                                      text.toHtmlEscaped())
                                                            : text.toHtmlEscaped());
    }
    m_scores->setText(scores.isEmpty() ? tr("No diagnosis result is recorded for this teacher.")
                                       : tr("Latest scores: %1").arg(scores.join(QStringLiteral(", "))));
    for (auto it = m_deficits.cbegin(); it != m_deficits.cend(); ++it) {
        const QSignalBlocker quiet(it.value());
        it.value()->setChecked(route.deficits.contains(it.key()));
    }
    m_goal->setText(route.goal);
    m_tasks->setPlainText(route.tasks);
    m_curator->setText(route.curator);
    m_activities->setActivities(route.activities);
    refreshSuggestions();
}

IndividualRoute RouteDialog::route() const
{
    IndividualRoute r = m_route;
    r.deficits.clear();
    for (CompetencyArea area : TrainingText::allAreas()) {
        if (m_deficits.value(area)->isChecked())
            r.deficits << area;
    }
    r.goal = m_goal->text().simplified();
    r.tasks = m_tasks->toPlainText().trimmed();
    r.curator = m_curator->text().simplified();
    r.activities = m_activities->activities();
    return r;
}

QTableWidget *RouteDialog::activities() const { return m_activities->table(); }

void RouteDialog::refreshSuggestions()
{
    QList<CompetencyArea> deficits;
    for (CompetencyArea area : TrainingText::allAreas()) {
        if (m_deficits.value(area)->isChecked())
            deficits << area;
    }
    m_suggested.clear();
    try {
        if (m_route.teacherId != 0 && !deficits.isEmpty())
            m_suggested = RouteSuggestions::courses(m_ctx.db(), m_route.teacherId, deficits, m_ctx.today());
    } catch (const Error &e) {
        m_message->show(e.message());
    }
    m_suggestions->setRowCount(int(m_suggested.size()));
    for (int i = 0; i < m_suggested.size(); ++i) {
        const CourseSuggestion &s = m_suggested[i];
        QStringList covers;
        for (CompetencyArea area : s.covers)
            covers << TrainingText::displayName(area);
        const QString run = s.run ? DateText::period(s.run->run.starts, s.run->run.ends) : tr("no run planned");
        const QString free = !s.run ? QString() : s.freeSeats < 0 ? tr("not limited") : QString::number(s.freeSeats);
        setRow(m_suggestions, i,
               {s.programme.title, QString::number(s.programme.hours), s.programme.federalRegistry ? tr("yes") : QString(),
                covers.join(QStringLiteral(", ")), run, free});
        if (!s.mismatch.isEmpty())
            m_suggestions->item(i, 0)->setToolTip(s.programme.title + QStringLiteral("\n") + s.mismatch);
    }
}

void RouteDialog::addSuggestion(int row, bool apply)
{
    if (row < 0 || row >= m_suggested.size())
        return;
    const CourseSuggestion &s = m_suggested[row];
    if (apply && !s.run) {
        m_message->show(tr("«%1» has no run planned to apply for; it is added without an application.")
                            .arg(s.programme.title));
        apply = false;
    } else {
        m_message->clear();
    }
    RouteActivity a = RouteSuggestions::activityFor(s);
    a.responsible = m_curator->text().simplified();
    m_activities->append(a, apply ? s.run->run.id : 0);
}

void RouteDialog::accept()
{
    IndividualRoute r = route();
    if (const QStringList problems = RouteRules::check(r); !problems.isEmpty()) {
        m_message->show(problems.join(u'\n'));
        return;
    }
    // The applications asked for, now that the route is kept: a teacher on
    // the run's list already keeps that application.
    try {
        for (int i = 0; i < r.activities.size(); ++i) {
            const qint64 runId = m_activities->pendingRuns().value(i);
            if (runId == 0)
                continue;
            r.activities[i].enrolmentId = RouteSuggestions::applyFor(m_ctx.db(), r.teacherId, runId, m_ctx.today());
            m_activities->setEnrolment(i, r.activities[i].enrolmentId); // sent: not again after a refusal below
        }
    } catch (const Error &e) {
        m_message->show(e.message());
        return;
    }
    if (const QString error = m_save(r); !error.isEmpty()) {
        m_message->show(error);
        return;
    }
    QDialog::accept();
}

} // namespace profrost
