#include "events/EventDialog.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "common/RecordDialogChecks.h"
#include "common/ScreenFit.h"
#include "events/ParticipantsEditor.h"
#include "shell/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace profrost {

EventDialog::EventDialog(AppContext &ctx, Save save, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_save(std::move(save)),
      m_tabs(new QTabWidget(this)),
      m_kind(new QComboBox(this)),
      m_level(new QComboBox(this)),
      m_topic(new QLineEdit(this)),
      m_starts(new DateLineEdit(this)),
      m_ends(new DateLineEdit(this)),
      m_organiser(new QLineEdit(this)),
      m_place(new QLineEdit(this)),
      m_audience(new QLineEdit(this)),
      m_hours(new QDoubleSpinBox(this)),
      m_held(new QCheckBox(tr("&Held"), this)),
      m_note(new QPlainTextEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Event"));
    m_people = new ParticipantsEditor(ctx, [this] { return m_starts->date(); }, this);
    for (EventKind k : EventText::allKinds())
        m_kind->addItem(EventText::displayName(k), int(k));
    for (EventLevel l : EventText::allLevels())
        m_level->addItem(EventText::displayName(l), int(l));
    m_level->setCurrentIndex(m_level->findData(int(EventLevel::Municipal)));
    m_topic->setObjectName(QStringLiteral("eventTopic"));
    m_topic->setPlaceholderText(tr("e.g. Формирующее оценивание на уроках математики"));
    m_ends->setPlaceholderText(tr("empty: one day"));
    m_organiser->setPlaceholderText(tr("e.g. МКУ ИМЦ, РМО учителей математики"));
    m_audience->setPlaceholderText(tr("e.g. учителя математики, молодые педагоги"));
    m_hours->setRange(0, 999);
    m_hours->setDecimals(1);
    m_hours->setSpecialValueText(tr("not stated"));
    m_held->setObjectName(QStringLiteral("eventHeld"));
    m_held->setToolTip(tr("Planned until it is held: only held events count in the period's report."));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_starts->setDate(ctx.today());

    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&From:"), m_starts);
    form->addRow(tr("&To:"), m_ends);
    form->addRow(tr("&Organiser:"), m_organiser);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(tr("Ho&urs:"), m_hours);
    form->addRow(QString(), m_held);
    form->addRow(tr("&Note:"), m_note);
    m_tabs->addTab(details, tr("&Event"));
    m_tabs->addTab(m_people, tr("&Participants"));
    connect(m_people, &ParticipantsEditor::changed, this, &EventDialog::updatePeopleTab);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {860, 620});
    updatePeopleTab();
}

void EventDialog::updatePeopleTab()
{
    const auto participants = m_people->participants().size();
    const auto guests = m_people->guests().size();
    m_tabs->setTabText(1, guests > 0 ? tr("&Participants (%1 + %2 guests)").arg(participants).arg(guests)
                                     : tr("&Participants (%1)").arg(participants));
}

void EventDialog::setEvent(const MethodicalEvent &e)
{
    m_id = e.id;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(e.kind))));
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(e.level))));
    m_topic->setText(e.topic);
    m_topic->setCursorPosition(0);
    m_starts->setDate(e.starts);
    m_ends->setDate(e.ends);
    m_organiser->setText(e.organiser);
    m_place->setText(e.place);
    m_audience->setText(e.audience);
    m_hours->setValue(e.hours);
    m_held->setChecked(e.held);
    m_note->setPlainText(e.note);
    m_people->setPeople(e.participants, e.guests);
}

MethodicalEvent EventDialog::event() const
{
    MethodicalEvent e;
    e.id = m_id;
    e.kind = EventKind(m_kind->currentData().toInt());
    e.level = EventLevel(m_level->currentData().toInt());
    e.topic = m_topic->text().simplified();
    e.starts = m_starts->date();
    e.ends = m_ends->date();
    e.organiser = m_organiser->text().simplified();
    e.place = m_place->text().simplified();
    e.audience = m_audience->text().simplified();
    e.hours = m_hours->value();
    e.held = m_held->isChecked();
    e.note = m_note->toPlainText().trimmed();
    e.participants = m_people->participants();
    e.guests = m_people->guests();
    return e;
}

void EventDialog::accept()
{
    if (!datesReadable({m_starts, m_ends}, m_message, [this] { m_tabs->setCurrentIndex(0); }))
        return;
    const MethodicalEvent e = event();
    if (savedAfterRules(EventRules::check(e, m_ctx.today()), [&] { return m_save(e); }, m_message))
        QDialog::accept();
}

} // namespace profrost
