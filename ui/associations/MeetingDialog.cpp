#include "associations/MeetingDialog.h"

#include "common/HeaderFit.h"
#include "common/ScreenFit.h"
#include "associations/AgendaEditor.h"
#include "associations/AttendanceEditor.h"
#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "domain/MethodicalPlan.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/PlanRepository.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace profrost {

namespace {

const QString kGeometryKey = QStringLiteral("associations/meetingDialogGeometry");

// The forms of core/documents/README.md and core/demo/README.md; the combo stays editable for others.
QStringList meetingForms()
{
    return {QStringLiteral("заседание"),          QStringLiteral("семинар-практикум"),
            QStringLiteral("круглый стол"),       QStringLiteral("мастер-класс"),
            QStringLiteral("педагогическая мастерская"), QStringLiteral("онлайн-заседание")};
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MeetingDialog::MeetingDialog(AppContext &ctx, const Meeting &meeting, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_meeting(meeting),
      m_date(new DateLineEdit(this)),
      m_place(new QLineEdit(this)),
      m_form(new QComboBox(this)),
      m_topic(new QLineEdit(this)),
      m_plan(new QComboBox(this)),
      m_tabs(new QTabWidget(this)),
      m_attendance(new AttendanceEditor(ctx, meeting.associationId, this)),
      m_agenda(new AgendaEditor(this)),
      m_problems(new FieldMessage(this))
{
    QString association;
    try {
        association = AssociationRepository(ctx.db()).get(meeting.associationId).name;
    } catch (const Error &) {
        // Only the title shows it: the meeting can still be edited.
    }
    setWindowTitle(meeting.id == 0 ? tr("New meeting: %1").arg(association) : tr("Meeting: %1").arg(association));

    m_form->setEditable(true);
    m_form->addItems(meetingForms());
    m_form->setInsertPolicy(QComboBox::NoInsert);
    // As wide as the longest form, so that none is cut at the left.
    m_form->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_place->setPlaceholderText(tr("Where it was held"));
    m_topic->setPlaceholderText(tr("The topic of the meeting (optional)"));
    // Plan items have long titles: the combo must not widen the dialog.
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plan->setMinimumContentsLength(40);
    m_date->setMaximumWidth(m_date->minimumSizeHint().width() + 8);

    auto *head = new QGridLayout;
    head->addWidget(buddyLabel(tr("By &plan:"), m_plan, this), 0, 0);
    head->addWidget(m_plan, 0, 1, 1, 5);
    head->addWidget(buddyLabel(tr("&Date:"), m_date, this), 1, 0);
    head->addWidget(m_date, 1, 1);
    head->addWidget(buddyLabel(tr("&Form:"), m_form, this), 1, 2);
    head->addWidget(m_form, 1, 3);
    head->addWidget(buddyLabel(tr("P&lace:"), m_place, this), 1, 4);
    head->addWidget(m_place, 1, 5);
    head->addWidget(buddyLabel(tr("&Topic:"), m_topic, this), 2, 0);
    head->addWidget(m_topic, 2, 1, 1, 5);
    head->setColumnStretch(3, 1);
    head->setColumnStretch(5, 2);

    m_tabs->addTab(m_attendance, tr("Attendance"));
    m_tabs->addTab(m_agenda, tr("Agenda and protocol"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    // Fill before connecting: loading is not editing.
    fillPlans();
    m_place->setText(meeting.place);
    m_form->setCurrentText(meeting.form.isEmpty() && meeting.id == 0 ? meetingForms().constFirst() : meeting.form);
    m_form->lineEdit()->setCursorPosition(0); // its beginning, not its end
    m_topic->setText(meeting.topic);
    m_date->setDate(meeting.date.isValid() || meeting.id != 0 ? meeting.date : ctx.today());
    m_attendance->setMeetingDate(m_date->date());
    m_attendance->setAttendees(meeting.attendees);
    m_attendance->setGuests(meeting.guests);
    m_agenda->setAgenda(meeting.agenda);
    presentChanged(m_attendance->presentCount(), m_attendance->memberCount());

    connect(m_date, &QLineEdit::textChanged, this, &MeetingDialog::dateEdited);
    connect(m_attendance, &AttendanceEditor::presentChanged, this, &MeetingDialog::presentChanged);
    connect(m_plan, &QComboBox::activated, this,
            [this](int index) { choosePlanItem(m_plan->itemData(index).toLongLong()); });

    const QByteArray geometry = QSettings().value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        ScreenFit::resize(this, {1100, 760});
    ScreenFit::keepOnScreen(this);
    HeaderFit::keep(this);
}

Meeting MeetingDialog::fromPlanItem(qint64 associationId, const PlanItem &item)
{
    return MeetingRules::fromPlanItem(associationId, item);
}

QListWidget *MeetingDialog::attendance() const { return m_attendance->list(); }

QListWidget *MeetingDialog::agendaList() const { return m_agenda->list(); }

// The meeting items of the association's plans, newest year first:
// «2026/2027 — Meeting No. 2 (18.11.2026): Функциональная грамотность».
void MeetingDialog::fillPlans()
{
    m_plan->addItem(tr("(unplanned)"), qint64(0));
    try {
        PlanRepository plans(m_ctx.db());
        for (const MethodicalPlan &header : plans.plansOf(m_meeting.associationId)) {
            const MethodicalPlan plan = plans.get(header.id);
            const QString year = plan.startYear ? PlanText::academicYear(plan.startYear) : plan.title;
            int number = 0;
            for (const PlanItem &item : plan.items) {
                if (!item.isMeeting)
                    continue;
                ++number;
                const QString topic = item.title.section(u'\n', 0, 0).simplified();
                const QString term = PlanText::term(item);
                m_plan->addItem(term.isEmpty() ? tr("%1 — Meeting No. %2: %3").arg(year).arg(number).arg(topic)
                                               : tr("%1 — Meeting No. %2 (%3): %4")
                                                     .arg(year).arg(number).arg(term, topic),
                                item.id);
                m_planItems.insert(item.id, item);
            }
        }
    } catch (const Error &) {
        // Without the plans the meeting is recorded as unplanned.
    }
    if (m_meeting.planItemId != 0 && m_plan->findData(m_meeting.planItemId) < 0)
        m_plan->addItem(tr("(a plan item not listed)"), m_meeting.planItemId);
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(m_meeting.planItemId)));
}

void MeetingDialog::choosePlanItem(qint64 planItemId)
{
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(planItemId)));
    const auto found = m_planItems.constFind(planItemId);
    if (found == m_planItems.cend())
        return;
    // Only what is still empty: a chosen plan never overwrites what was typed.
    const Meeting planned = MeetingRules::fromPlanItem(m_meeting.associationId, *found);
    if (planned.date.isValid() && (m_date->isBlank() || (m_meeting.id == 0 && m_date->date() == m_ctx.today())))
        m_date->setDate(planned.date);
    if (!planned.form.isEmpty() && (m_form->currentText().trimmed().isEmpty()
                                    || (m_meeting.id == 0 && m_form->currentText() == meetingForms().constFirst())))
        m_form->setCurrentText(planned.form);
    if (m_topic->text().trimmed().isEmpty())
        m_topic->setText(planned.topic);
    const QList<AgendaItem> agenda = m_agenda->agenda();
    if (std::all_of(agenda.cbegin(), agenda.cend(), [](const AgendaItem &a) { return a == AgendaItem{}; }))
        m_agenda->setAgenda(planned.agenda);
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_meeting;
    m.planItemId = m_plan->currentData().toLongLong();
    m.date = m_date->date();
    m.place = m_place->text().simplified();
    m.form = m_form->currentText().simplified();
    m.topic = m_topic->text().simplified();
    m.attendees = m_attendance->attendees();
    m.guests = m_attendance->guests();
    m.agenda = m_agenda->agenda();
    return m;
}

void MeetingDialog::dateEdited()
{
    // A date half typed keeps the list; a whole one re-reads the members of that day.
    const QDate date = m_date->date();
    if (date.isValid())
        m_attendance->setMeetingDate(date);
}

void MeetingDialog::presentChanged(int present, int members)
{
    m_agenda->setPresentCount(present);
    m_agenda->setSpeakerNames(m_attendance->presentShortNames());
    m_tabs->setTabText(0, tr("Attendance (%1 of %2)").arg(present).arg(members));
}

void MeetingDialog::accept()
{
    QStringList problems;
    Meeting m = meeting();
    QString error;
    if (!m_date->isBlank() && !m_date->date(&error).isValid()) {
        problems << tr("Date: %1").arg(error.isEmpty() ? tr("not a date") : error);
        m.date = m_ctx.today(); // checked above: the rules would only repeat it
    }
    problems << MeetingRules::check(m);
    if (problems.isEmpty()) {
        m_problems->clear();
        QDialog::accept();
        return;
    }
    showProblems(problems);
    // Lead to the first thing to fix: the date, or the agenda item named.
    if (!m_date->date().isValid()) {
        m_date->setFocus();
        return;
    }
    for (qsizetype i = 0; i < m.agenda.size(); ++i) {
        Meeting one = m;
        one.agenda = {m.agenda.at(i)};
        if (!MeetingRules::check(one).isEmpty()) {
            m_tabs->setCurrentWidget(m_agenda);
            m_agenda->selectItem(int(i));
            return;
        }
    }
}

void MeetingDialog::showProblems(const QStringList &problems) { m_problems->show(problems.join(u'\n')); }

void MeetingDialog::done(int result)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace profrost
