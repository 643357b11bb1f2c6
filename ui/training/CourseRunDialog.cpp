#include "training/CourseRunDialog.h"

#include "common/DateLineEdit.h"
#include "domain/TrainingRules.h"
#include "common/StatusPalette.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace profrost {

CourseRunDialog::CourseRunDialog(const QList<Programme> &programmes, Save save, QWidget *parent)
    : QDialog(parent),
      m_save(std::move(save)),
      m_programme(new QComboBox(this)),
      m_starts(new DateLineEdit(this)),
      m_ends(new DateLineEdit(this)),
      m_place(new QLineEdit(this)),
      m_group(new QLineEdit(this)),
      m_seats(new QSpinBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Course run"));
    m_programme->setObjectName(QStringLiteral("programme"));
    m_programme->setEditable(true);
    m_programme->setInsertPolicy(QComboBox::NoInsert);
    m_programme->completer()->setFilterMode(Qt::MatchContains);
    m_programme->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const Programme &p : programmes)
        m_programme->addItem(tr("%1 — %2, %3 h").arg(p.title, p.provider).arg(p.hours), p.id);
    m_programme->setMinimumWidth(560);
    m_starts->setObjectName(QStringLiteral("starts"));
    m_ends->setObjectName(QStringLiteral("ends"));
    m_seats->setObjectName(QStringLiteral("seats"));
    m_place->setObjectName(QStringLiteral("place"));
    m_group->setObjectName(QStringLiteral("group"));
    m_error->setObjectName(QStringLiteral("error"));
    m_seats->setRange(0, 1000);
    m_seats->setSpecialValueText(tr("not limited"));
    m_place->setPlaceholderText(tr("e.g. ИМЦ, ауд. 12, or дистанционно"));
    m_group->setPlaceholderText(tr("e.g. ПК-2026-03"));
    m_error->setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText()));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Programme:"), m_programme);
    form->addRow(tr("&Starts:"), m_starts);
    form->addRow(tr("&Ends:"), m_ends);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("S&eats:"), m_seats);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CourseRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CourseRunDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CourseRunDialog::setRun(const CourseRun &r)
{
    m_run = r;
    const int index = m_programme->findData(r.programmeId);
    m_programme->setCurrentIndex(index >= 0 ? index : 0);
    // A long title shows its beginning (the line edit put the cursor at the end).
    m_programme->lineEdit()->setCursorPosition(0);
    m_programme->setToolTip(m_programme->currentText());
    m_starts->setDate(r.starts);
    m_ends->setDate(r.ends);
    m_place->setText(r.place);
    m_group->setText(r.groupName);
    m_seats->setValue(r.seats);
}

CourseRun CourseRunDialog::run() const
{
    CourseRun r = m_run;
    const int index = m_programme->findText(m_programme->currentText(), Qt::MatchFixedString);
    r.programmeId = index >= 0 ? m_programme->itemData(index).toLongLong() : 0;
    r.starts = m_starts->date();
    r.ends = m_ends->date();
    r.place = m_place->text().simplified();
    r.groupName = m_group->text().simplified();
    r.seats = m_seats->value();
    return r;
}

void CourseRunDialog::accept()
{
    QStringList problems;
    QString dateError;
    m_starts->date(&dateError);
    if (dateError.isEmpty())
        m_ends->date(&dateError);
    if (!dateError.isEmpty())
        problems << dateError;
    const CourseRun r = run();
    if (problems.isEmpty())
        problems = TrainingRules::checkRun(r);
    if (problems.isEmpty()) {
        if (const QString error = m_save(r); !error.isEmpty())
            problems << error;
    }
    if (!problems.isEmpty()) {
        const QString text = problems.join(QStringLiteral("; "));
        m_error->setText(text.left(1).toUpper() + text.mid(1));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace profrost
