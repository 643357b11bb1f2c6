#include "registry/EmploymentDialog.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QVBoxLayout>

namespace profrost {

EmploymentDialog::EmploymentDialog(const QList<Organisation> &organisations, const QList<Position> &positions,
                                   const QList<Subject> &subjects, QWidget *parent)
    : QDialog(parent),
      m_organisation(new QComboBox(this)),
      m_position(new QComboBox(this)),
      m_subjects(new QListWidget(this)),
      m_hired(new DateLineEdit(this)),
      m_dismissed(new DateLineEdit(this)),
      m_organisationMessage(new FieldMessage(this)),
      m_positionMessage(new FieldMessage(this)),
      m_datesMessage(new FieldMessage(this))
{
    setWindowTitle(tr("Post"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_position->setObjectName(QStringLiteral("position"));
    m_hired->setObjectName(QStringLiteral("hired"));
    m_dismissed->setObjectName(QStringLiteral("dismissed"));
    for (QComboBox *combo : {m_organisation, m_position}) {
        // Typing part of a long name finds it ("27" finds «МАОУ СОШ № 27»).
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->addItem(QString(), 0);
    }
    for (const Organisation &o : organisations)
        m_organisation->addItem(o.name, o.id);
    for (const Position &p : positions)
        m_position->addItem(p.name, p.id);
    for (const Subject &s : subjects) {
        auto *item = new QListWidgetItem(s.name, m_subjects);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_subjects->setMinimumHeight(160);

    auto *form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(QString(), m_organisationMessage);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(QString(), m_positionMessage);
    form->addRow(tr("&Subjects:"), m_subjects);
    form->addRow(tr("&Hired on:"), m_hired);
    form->addRow(tr("&Dismissed on:"), m_dismissed);
    form->addRow(QString(), m_datesMessage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmploymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EmploymentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 480);
}

void EmploymentDialog::setEmployment(const Employment &e)
{
    m_employment = e;
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(e.organisationId)));
    m_position->setCurrentIndex(std::max(0, m_position->findData(e.positionId)));
    for (int i = 0; i < m_subjects->count(); ++i) {
        QListWidgetItem *item = m_subjects->item(i);
        item->setCheckState(e.subjectIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_hired->setDate(e.hired);
    m_dismissed->setDate(e.dismissed);
}

Employment EmploymentDialog::employment() const
{
    Employment e = m_employment;
    // An edited combo text that matches an item counts as choosing it.
    const int org = m_organisation->findText(m_organisation->currentText(), Qt::MatchFixedString);
    e.organisationId = org > 0 ? m_organisation->itemData(org).toLongLong() : 0;
    const int pos = m_position->findText(m_position->currentText(), Qt::MatchFixedString);
    e.positionId = pos > 0 ? m_position->itemData(pos).toLongLong() : 0;
    e.subjectIds.clear();
    for (int i = 0; i < m_subjects->count(); ++i) {
        if (m_subjects->item(i)->checkState() == Qt::Checked)
            e.subjectIds.append(m_subjects->item(i)->data(Qt::UserRole).toLongLong());
    }
    std::sort(e.subjectIds.begin(), e.subjectIds.end());
    e.hired = m_hired->date();
    e.dismissed = m_dismissed->date();
    return e;
}

bool EmploymentDialog::validate()
{
    const Employment e = employment();
    m_organisationMessage->show(e.organisationId > 0 ? QString() : tr("choose an organisation from the list"));
    m_positionMessage->show(e.positionId > 0 ? QString() : tr("choose a position from the list"));
    QString hiredError, dismissedError;
    m_hired->date(&hiredError);
    m_dismissed->date(&dismissedError);
    QString dates = hiredError.isEmpty() ? dismissedError : hiredError;
    if (dates.isEmpty() && e.hired.isValid() && e.dismissed.isValid() && e.dismissed < e.hired)
        dates = tr("the dismissal date is before the hiring date");
    m_datesMessage->show(dates);
    return e.organisationId > 0 && e.positionId > 0 && dates.isEmpty();
}

void EmploymentDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace profrost
