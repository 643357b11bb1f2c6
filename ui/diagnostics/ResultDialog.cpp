#include "diagnostics/ResultDialog.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "common/StatusPalette.h"
#include "domain/DiagnosisRules.h"
#include "shell/AppContext.h"
#include "store/TeacherRepository.h"
#include "training/TeacherPickerDialog.h"
#include "util/TextNormalize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace profrost {

ResultDialog::ResultDialog(AppContext &ctx, const DiagnosisCampaign &campaign, const DeficitThresholds &thresholds,
                           Save save, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_campaign(campaign),
      m_thresholds(thresholds),
      m_save(std::move(save)),
      m_teacher(new QLabel(tr("(not chosen)"), this)),
      m_chooseTeacher(new QPushButton(tr("C&hoose..."), this)),
      m_date(new DateLineEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Result: %1").arg(campaign.name));
    auto *who = new QHBoxLayout;
    who->addWidget(m_teacher, 1);
    who->addWidget(m_chooseTeacher);
    connect(m_chooseTeacher, &QPushButton::clicked, this, &ResultDialog::chooseTeacher);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Teacher:"), who);
    form->addRow(tr("&Date:"), m_date);
    for (CompetencyArea area : campaign.areas) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("not measured"));
        edit->setMaximumWidth(120);
        auto *mark = new QLabel(this);
        edit->setObjectName(QStringLiteral("score_") + TrainingText::code(area));
        mark->setObjectName(QStringLiteral("mark_") + TrainingText::code(area));
        m_scores.insert(area, edit);
        m_marks.insert(area, mark);
        auto *row = new QHBoxLayout;
        row->addWidget(edit);
        row->addWidget(new QLabel(QStringLiteral("%"), this));
        row->addWidget(mark, 1);
        form->addRow(upperFirst(TrainingText::displayName(area)) + QStringLiteral(":"), row);
        connect(edit, &QLineEdit::textChanged, this, [this, area] { updateMark(area); });
    }
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_date->setDate(campaign.starts);
    resize(520, sizeHint().height());
}

void ResultDialog::setTeacher(qint64 id, const QString &name)
{
    m_teacherId = id;
    m_teacher->setText(name);
}

void ResultDialog::chooseTeacher()
{
    TeacherPickerDialog picker(m_ctx, this);
    if (picker.exec() != QDialog::Accepted || picker.chosen().isEmpty())
        return;
    const qint64 id = picker.chosen().constFirst();
    setTeacher(id, TeacherRepository(m_ctx.db()).nameOf(id));
}

void ResultDialog::setResult(const DiagnosisResult &r, const QString &teacherName)
{
    m_id = r.id;
    setTeacher(r.teacherId, teacherName);
    m_chooseTeacher->setEnabled(r.id == 0); // a correction keeps its teacher
    m_date->setDate(r.takenOn);
    for (const AreaScore &s : r.scores) {
        if (QLineEdit *edit = m_scores.value(s.area))
            edit->setText(DiagnosisText::numberText(s.hundredths));
    }
}

void ResultDialog::updateMark(CompetencyArea area)
{
    QLabel *mark = m_marks.value(area);
    const QString text = m_scores.value(area)->text().trimmed();
    int h = 0;
    if (text.isEmpty()) {
        mark->clear();
    } else if (!DiagnosisText::parsePercent(text, &h)) {
        mark->setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText()));
        mark->setText(tr("not a score from 0 to 100"));
    } else if (DeficitRules::isDeficit(AreaScore{area, h}, m_thresholds)) {
        mark->setStyleSheet(StatusPalette::textStyle(StatusPalette::overdue(), true));
        mark->setText(tr("deficit"));
    } else {
        mark->setStyleSheet(StatusPalette::textStyle(StatusPalette::ok()));
        mark->setText(tr("no deficit"));
    }
}

DiagnosisResult ResultDialog::result() const
{
    DiagnosisResult r;
    r.id = m_id;
    r.campaignId = m_campaign.id;
    r.teacherId = m_teacherId;
    r.takenOn = m_date->date();
    for (const CompetencyArea &area : TrainingText::inAreaOrder(m_scores.keys())) { // the dictionary's order
        int h = 0;
        if (DiagnosisText::parsePercent(m_scores.value(area)->text(), &h))
            r.scores << AreaScore{area, h};
    }
    return r;
}

void ResultDialog::accept()
{
    if (m_teacherId == 0) {
        m_message->show(tr("Choose the teacher."));
        m_chooseTeacher->setFocus();
        return;
    }
    QString dateError;
    if (!m_date->date(&dateError).isValid()) {
        m_message->show(dateError.isEmpty() ? tr("Give the day of the diagnosis.") : dateError);
        m_date->setFocus();
        return;
    }
    if (const QStringList problems = DiagnosisRules::checkDay(m_date->date(), m_ctx.today()); !problems.isEmpty()) {
        m_message->show(problems.join(u'\n'));
        m_date->setFocus();
        return;
    }
    for (const CompetencyArea &area : TrainingText::inAreaOrder(m_scores.keys())) {
        int h = 0;
        QLineEdit *edit = m_scores.value(area);
        const QString text = edit->text().trimmed();
        if (!text.isEmpty() && !DiagnosisText::parsePercent(text, &h)) {
            m_message->show(tr("«%1» is not a score: per cent from 0 to 100, as 49,5.").arg(text));
            edit->setFocus();
            return;
        }
    }
    const DiagnosisResult r = result();
    if (const QStringList problems = DiagnosisRules::checkResult(r, m_campaign); !problems.isEmpty()) {
        m_message->show(problems.join(u'\n'));
        return;
    }
    if (const QString refused = m_save(r); !refused.isEmpty()) {
        m_message->show(refused);
        return;
    }
    QDialog::accept();
}

} // namespace profrost
