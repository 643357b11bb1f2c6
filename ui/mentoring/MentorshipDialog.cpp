#include "mentoring/MentorshipDialog.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "common/RecordDialogChecks.h"
#include "common/StatusPalette.h"
#include "shell/AppContext.h"
#include "training/TeacherPickerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace profrost {

namespace {

// A read-only field with the chosen person and a «Choose...» button beside it.
QWidget *personRow(QLineEdit *field, QPushButton *choose, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setReadOnly(true);
    layout->addWidget(field, 1);
    layout->addWidget(choose);
    return row;
}

} // namespace

MentorshipDialog::MentorshipDialog(AppContext &ctx, Save save, Names names, MentorNote note, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_save(std::move(save)),
      m_names(std::move(names)),
      m_note(std::move(note)),
      m_mentor(new QLineEdit(this)),
      m_mentee(new QLineEdit(this)),
      m_mentorNote(new QLabel(this)),
      m_form(new QComboBox(this)),
      m_starts(new DateLineEdit(this)),
      m_ends(new DateLineEdit(this)),
      m_goals(new QPlainTextEdit(this)),
      m_result(new QPlainTextEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Mentorship"));
    m_mentor->setObjectName(QStringLiteral("mentorField"));
    m_mentee->setObjectName(QStringLiteral("menteeField"));
    m_mentor->setPlaceholderText(tr("choose the mentor in the registry"));
    m_mentee->setPlaceholderText(tr("choose the mentee in the registry"));
    auto *chooseMentor = new QPushButton(tr("C&hoose..."), this);
    auto *chooseMentee = new QPushButton(tr("Ch&oose..."), this);
    connect(chooseMentor, &QPushButton::clicked, this, [this] {
        if (const qint64 id = pick(tr("Choose the mentor")))
            setMentor(id);
    });
    connect(chooseMentee, &QPushButton::clicked, this, [this] {
        if (const qint64 id = pick(tr("Choose the mentee")))
            setMentee(id);
    });
    m_mentorNote->setWordWrap(true);
    m_mentorNote->setStyleSheet(StatusPalette::textStyle(StatusPalette::mutedText()));
    m_mentorNote->hide();
    for (MentorshipForm f : MentorshipText::allForms())
        m_form->addItem(MentorshipText::displayName(f), int(f));
    m_starts->setDate(ctx.today());
    m_ends->setPlaceholderText(tr("empty: ongoing"));
    for (QPlainTextEdit *text : {m_goals, m_result}) {
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_goals->setPlaceholderText(tr("e.g. adapting to the school, the lesson's structure, working with parents"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Mentor:"), personRow(m_mentor, chooseMentor, this));
    form->addRow(QString(), m_mentorNote);
    form->addRow(tr("M&entee:"), personRow(m_mentee, chooseMentee, this));
    form->addRow(tr("&Form:"), m_form);
    form->addRow(tr("&From:"), m_starts);
    form->addRow(tr("&To:"), m_ends);
    form->addRow(tr("&Goals:"), m_goals);
    form->addRow(tr("&Result:"), m_result);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MentorshipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(620, sizeHint().height());
}

qint64 MentorshipDialog::pick(const QString &title)
{
    TeacherPickerDialog picker(m_ctx, this);
    picker.setSingleChoice(title);
    if (picker.exec() != QDialog::Accepted || picker.chosen().isEmpty())
        return 0;
    return picker.chosen().constFirst();
}

void MentorshipDialog::setMentor(qint64 teacherId)
{
    m_mentorId = teacherId;
    m_mentor->setText(teacherId ? m_names(teacherId) : QString());
    m_mentor->setCursorPosition(0);
    const QString note = teacherId && m_note ? m_note(teacherId) : QString();
    m_mentorNote->setText(note);
    m_mentorNote->setVisible(!note.isEmpty());
}

void MentorshipDialog::setMentee(qint64 teacherId)
{
    m_menteeId = teacherId;
    m_mentee->setText(teacherId ? m_names(teacherId) : QString());
    m_mentee->setCursorPosition(0);
}

void MentorshipDialog::setMentorship(const Mentorship &m)
{
    m_id = m.id;
    setMentor(m.mentorId);
    setMentee(m.menteeId);
    m_form->setCurrentIndex(std::max(0, m_form->findData(int(m.form))));
    m_starts->setDate(m.starts);
    m_ends->setDate(m.ends);
    m_goals->setPlainText(m.goals);
    m_result->setPlainText(m.result);
}

Mentorship MentorshipDialog::mentorship() const
{
    Mentorship m;
    m.id = m_id;
    m.mentorId = m_mentorId;
    m.menteeId = m_menteeId;
    m.form = MentorshipForm(m_form->currentData().toInt());
    m.starts = m_starts->date();
    m.ends = m_ends->date();
    m.goals = m_goals->toPlainText().trimmed();
    m.result = m_result->toPlainText().trimmed();
    return m;
}

void MentorshipDialog::accept()
{
    if (!datesReadable({m_starts, m_ends}, m_message))
        return;
    const Mentorship m = mentorship();
    if (savedAfterRules(MentorshipRules::check(m), [&] { return m_save(m); }, m_message))
        QDialog::accept();
}

} // namespace profrost
