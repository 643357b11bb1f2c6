#include "sites/FillVacancyDialog.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "shell/AppContext.h"
#include "training/TeacherPickerDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace profrost {

FillVacancyDialog::FillVacancyDialog(AppContext &ctx, QHash<qint64, QString> names, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_names(std::move(names)),
      m_name(new QLineEdit(this)),
      m_day(new DateLineEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Mark filled"));
    m_name->setObjectName(QStringLiteral("filledByName"));
    m_name->setPlaceholderText(tr("a name, for someone not yet in the registry"));
    m_name->setMinimumWidth(320);
    m_day->setObjectName(QStringLiteral("filledOn"));
    m_day->setDate(ctx.today());
    auto *choose = new QPushButton(tr("Choose from the registry..."), this);
    choose->setObjectName(QStringLiteral("chooseFilledBy"));
    connect(choose, &QPushButton::clicked, this, &FillVacancyDialog::pick);
    // A name changed by hand is someone else than the teacher picked.
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_teacherId = 0; });
    auto *who = new QHBoxLayout;
    who->addWidget(m_name, 1);
    who->addWidget(choose);
    auto *form = new QFormLayout(this);
    auto *whoLabel = new QLabel(tr("Filled &by:"), this); // a row of a layout gets no buddy of itself
    whoLabel->setBuddy(m_name);
    form->addRow(whoLabel, who);
    form->addRow(tr("Filled &on:"), m_day);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FillVacancyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void FillVacancyDialog::pick()
{
    TeacherPickerDialog picker(m_ctx, this);
    picker.setSingleChoice(tr("Filled by"));
    if (picker.exec() == QDialog::Accepted && !picker.chosen().isEmpty())
        chooseTeacher(picker.chosen().constFirst());
}

void FillVacancyDialog::chooseTeacher(qint64 teacherId)
{
    m_teacherId = teacherId;
    m_name->setText(m_names.value(teacherId));
}

qint64 FillVacancyDialog::teacherId() const
{
    return m_teacherId != 0 ? m_teacherId : idNamed(m_names, name());
}

qint64 FillVacancyDialog::idNamed(const QHash<qint64, QString> &names, const QString &name)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value() == name)
            return it.key();
    }
    return 0;
}

QString FillVacancyDialog::name() const { return m_name->text().simplified(); }

void FillVacancyDialog::accept()
{
    QString error;
    const QDate day = m_day->date(&error);
    if (name().isEmpty())
        m_message->show(tr("Choose a teacher of the registry or type a name."));
    else if (!day.isValid())
        m_message->show(error.isEmpty() ? tr("Enter the date.") : error);
    else {
        m_chosenDay = day;
        QDialog::accept();
    }
}

} // namespace profrost
