#include "events/EventsPage.h"

#include "associations/AssociationWidgets.h"
#include "common/ColumnFill.h"
#include "common/DateLineEdit.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "common/FlagFilterProxy.h"
#include "common/RecordView.h"
#include "documents/EventReports.h"
#include "domain/DateText.h"
#include "events/CompetitionsTab.h"
#include "events/EventDialog.h"
#include "events/EventEditing.h"
#include "events/EventListModel.h"
#include "planning/EventCounts.h"
#include "shell/AppContext.h"
#include "store/EventRepository.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

EventsPage::EventsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_from(new DateLineEdit(this)),
      m_to(new DateLineEdit(this)),
      m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_model(new EventListModel(this)),
      m_proxy(new FlagFilterProxy(EventListModel::PlannedRole, this)),
      m_filter(new QLineEdit(this)),
      m_onlyPlanned(new QCheckBox(tr("Only &planned"), this)),
      m_counts(new QTableWidget(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    // The academic year of today: September to August, as reports count.
    const int year = DateText::academicYearStart(ctx.today());
    m_from->setDate(QDate(year, 9, 1));
    m_to->setDate(QDate(year + 1, 8, 31));
    m_from->setObjectName(QStringLiteral("eventsFrom"));
    m_to->setObjectName(QStringLiteral("eventsTo"));
    m_summary->setObjectName(QStringLiteral("eventsSummary"));
    m_summary->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_view = RecordView::table(m_proxy, this);
    m_view->setObjectName(QStringLiteral("eventsTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventListModel::DaysColumn, Qt::AscendingOrder);
    const int widths[] = {135, 115, 135, 300, 175, 110, 100};
    for (int c = 0; c < 7; ++c)
        m_view->setColumnWidth(c, widths[c]);
    ColumnFill::install(m_view, EventListModel::TopicColumn, 200, 600);
    m_filter->setPlaceholderText(tr("Filter: topic, kind, level, organiser"));
    m_filter->setClearButtonEnabled(true);
    m_onlyPlanned->setObjectName(QStringLiteral("onlyPlannedEvents"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FlagFilterProxy::setFilterText);
    connect(m_onlyPlanned, &QCheckBox::toggled, m_proxy, &FlagFilterProxy::setFlagRequired);

    auto *add = W::button(QStringLiteral(":/icons/add.svg"), tr("New event..."), tr("Plan or record an event"), this);
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Open..."), tr("Change the chosen event"), this);
    auto *held = W::button(QStringLiteral(":/icons/save.svg"), tr("Mark held"), tr("The chosen planned event took place"),
                           this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the chosen event"), this);
    add->setObjectName(QStringLiteral("newEventButton"));
    edit->setObjectName(QStringLiteral("editEventButton"));
    held->setObjectName(QStringLiteral("markHeldButton"));
    remove->setObjectName(QStringLiteral("deleteEventButton"));
    connect(add, &QPushButton::clicked, this, &EventsPage::newEvent);
    connect(edit, &QPushButton::clicked, this, &EventsPage::editEvent);
    connect(held, &QPushButton::clicked, this, &EventsPage::markHeld);
    connect(remove, &QPushButton::clicked, this, &EventsPage::deleteEvent);
    // Enter or a double click opens the record: to edit, or to read for a role that may not.
    connect(m_view, &QTableView::activated, this, &EventsPage::editEvent);
    if (m_ctx.mayEdit(UserAccess::Area::Events)) {
        W::bindKeys(m_view, [this] { editEvent(); }, [this] { deleteEvent(); });
    }
    QToolButton *report = W::printButton(tr("Report"), this, [this](bool toFile) { printReport(toFile); });
    report->setObjectName(QStringLiteral("printEventsReportButton"));
    report->setToolTip(tr("The report of the events held in the period, with the counts"));
    QToolButton *schedule = W::printButton(tr("Schedule"), this, [this](bool toFile) { printSchedule(toFile); });
    schedule->setObjectName(QStringLiteral("printEventScheduleButton"));
    schedule->setToolTip(tr("The schedule of the events planned in the period, for the head to approve"));

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->addWidget(W::buttonBar(list, {add, edit, held, remove, report, schedule}, {m_onlyPlanned, m_filter}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Events, {add, edit, held, remove});
    listLayout->addWidget(m_view, 1);

    m_counts->setObjectName(QStringLiteral("eventCounts"));
    m_counts->setColumnCount(4);
    m_counts->setHorizontalHeaderLabels(
        {tr("Events held"), tr("Participants\n(different teachers)"), tr("Of them speakers\n(or organisers)"),
         tr("Guest places")});
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_counts->verticalHeader()->setMinimumWidth(200);

    m_tabs->setObjectName(QStringLiteral("eventsTabs"));
    m_tabs->addTab(list, QIcon(QStringLiteral(":/icons/events.svg")), tr("&Events"));
    m_tabs->addTab(m_counts, tr("&Counts"));
    m_competitions = new CompetitionsTab(ctx, this);
    m_tabs->addTab(m_competitions, tr("Co&mpetitions"));
    const QString key = QStringLiteral("events/tab");
    m_tabs->setCurrentIndex(QSettings().value(key, 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [key](int index) { QSettings().setValue(key, index); });

    auto *top = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Period &from:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o:"), this);
    toLabel->setBuddy(m_to);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    for (DateLineEdit *edit : {m_from, m_to})
        connect(edit, &QLineEdit::editingFinished, this, &EventsPage::reload);
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

QDate EventsPage::from() const { return m_from->date(); }
QDate EventsPage::to() const { return m_to->date(); }

void EventsPage::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

qint64 EventsPage::currentId() const { return RecordView::currentId(m_view, 0); }

void EventsPage::reload()
{
    m_loader->markLoaded();
    const qint64 keep = currentId();
    QList<MethodicalEvent> events;
    try {
        events = EventRepository(m_ctx.db()).between(from(), to());
    } catch (const Error &e) {
        W::report(this, false, tr("Events"), e.message(), &m_lastError);
        return;
    }
    m_model->setEvents(events);
    RecordView::selectId(m_view, keep);
    showCounts(events);
}

void EventsPage::showCounts(const QList<MethodicalEvent> &events)
{
    // An open end of the period counts everything on that side.
    const QDate first = from().isValid() ? from() : QDate(1900, 1, 1);
    const QDate last = to().isValid() ? to() : QDate(9999, 12, 31);
    const EventCounts counts = EventCounts::of(events, first, last);
    int planned = 0;
    for (const MethodicalEvent &e : events)
        planned += e.held ? 0 : 1;
    m_summary->setText(tr("%n event(s) held", nullptr, counts.total.events) + QStringLiteral(", ")
                       + tr("%n planned", nullptr, planned) + QStringLiteral("; ")
                       + tr("%n different participant(s) from the registry", nullptr, counts.total.participants)
                       + (counts.total.guests > 0 ? QStringLiteral(", ") + tr("%n guest place(s)", nullptr, counts.total.guests)
                                                  : QString())
                       + u'.');
    QList<std::pair<QString, EventTally>> rows{{tr("In all"), counts.total}};
    for (EventLevel l : EventText::allLevels()) {
        if (counts.byLevel.contains(l))
            rows.append({tr("Level: %1").arg(EventText::displayName(l)), counts.byLevel.value(l)});
    }
    for (EventKind k : EventText::allKinds()) {
        if (counts.byKind.contains(k))
            rows.append({tr("Kind: %1").arg(EventText::displayName(k)), counts.byKind.value(k)});
    }
    m_counts->setRowCount(int(rows.size()));
    QStringList labels;
    for (int r = 0; r < rows.size(); ++r) {
        labels << rows[r].first;
        const EventTally &t = rows[r].second;
        const int values[] = {t.events, t.participants, t.speakers, t.guests};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(QString::number(values[c]));
            item->setTextAlignment(Qt::AlignCenter);
            if (r == 0) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_counts->setItem(r, c, item);
        }
    }
    m_counts->setVerticalHeaderLabels(labels);
}

void EventsPage::newEvent()
{
    MethodicalEvent e;
    e.starts = m_ctx.today();
    openDialog(std::nullopt, e);
}

void EventsPage::editEvent()
{
    const int row = m_model->rowOf(currentId());
    if (const MethodicalEvent *e = m_model->eventAt(row))
        openDialog(*e, *e);
}

void EventsPage::openDialog(const std::optional<MethodicalEvent> &before, const MethodicalEvent &e)
{
    m_loader->ensureLoaded();
    qint64 savedId = 0;
    EventDialog dialog(
        m_ctx,
        [this, before, &savedId](const MethodicalEvent &changed) {
            QString error;
            EventEditing::save(m_ctx, before, changed, &error, &savedId);
            return error;
        },
        this);
    dialog.setEvent(e);
    if (EditAccess::viewOnly(m_ctx, UserAccess::Area::Events, &dialog))
        return; // the role reads it
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    RecordView::selectId(m_view, savedId);
}

void EventsPage::markHeld()
{
    const MethodicalEvent *e = m_model->eventAt(m_model->rowOf(currentId()));
    if (!e || e->held)
        return;
    MethodicalEvent held = *e;
    held.held = true;
    QString error;
    W::report(this, EventEditing::save(m_ctx, *e, held, &error), tr("Mark held"), error, &m_lastError);
}

void EventsPage::printReport(bool toFile)
{
    // An open end of the period: the academic year of today on that side, as the CLI's default.
    const QDate today = m_ctx.today();
    const QDate first = from().isValid() ? from() : EventReports::academicYearFirst(today);
    const QDate last = to().isValid() ? to() : EventReports::academicYearLast(today);
    DocumentOutput::Builder build;
    try {
        const EventsReportData data = EventReports::reportData(m_ctx.db(), first, last);
        build = [data] { return EventsReportDocument::build(data); };
    } catch (const Error &e) {
        W::report(this, false, tr("Events"), e.message(), &m_lastError);
        return;
    }
    const QString title = EventsReportDocument::title(first, last);
    DocumentOutput::output(this, title, build, toFile);
}

void EventsPage::printSchedule(bool toFile)
{
    const QDate today = m_ctx.today();
    const QDate first = from().isValid() ? from() : today;
    const QDate last = to().isValid() ? to() : EventReports::academicYearLast(today);
    DocumentOutput::Builder build;
    try {
        const EventScheduleData data = EventReports::scheduleData(m_ctx.db(), first, last);
        build = [data] { return EventScheduleDocument::build(data); };
    } catch (const Error &e) {
        W::report(this, false, tr("Events"), e.message(), &m_lastError);
        return;
    }
    const QString title = EventScheduleDocument::title(first, last);
    DocumentOutput::output(this, title, build, toFile);
}

void EventsPage::deleteEvent()
{
    const MethodicalEvent *e = m_model->eventAt(m_model->rowOf(currentId()));
    if (!e)
        return;
    if (QMessageBox::question(this, tr("Delete event"),
                              tr("Delete «%1» of %2 with its %n participant(s)? Edit → Undo brings it back.", nullptr,
                                 int(e->participants.size()))
                                  .arg(e->topic, EventListModel::days(*e)))
        != QMessageBox::Yes)
        return;
    QString error;
    W::report(this, EventEditing::remove(m_ctx, e->id, &error), tr("Delete event"), error, &m_lastError);
}

} // namespace profrost
