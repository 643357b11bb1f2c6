#include "attestation/AttestationRecordDialog.h"

#include "common/DateLineEdit.h"
#include "domain/AttestationRules.h"
#include "domain/DateText.h"
#include "common/StatusPalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace profrost {

namespace {

// The kinds offered: the four categories, then СЗД (kind Fitness).
constexpr int kFitness = -1;

} // namespace

AttestationRecordDialog::AttestationRecordDialog(qint64 teacherId, const QString &teacherName, int validityYears,
                                                 QDate today, QWidget *parent)
    : QDialog(parent),
      m_teacherId(teacherId),
      m_validityYears(validityYears),
      m_today(today),
      m_kind(new QComboBox(this)),
      m_granted(new DateLineEdit(this)),
      m_orderNumber(new QLineEdit(this)),
      m_orderDate(new DateLineEdit(this)),
      m_decidedBy(new QComboBox(this)),
      m_validity(new QLabel(this)),
      m_problems(new QLabel(this))
{
    setWindowTitle(tr("Attestation record: %1").arg(teacherName));
    for (Category c : {Category::First, Category::Highest, Category::Methodist, Category::Mentor})
        m_kind->addItem(CategoryText::displayName(c), int(c));
    m_kind->addItem(AttestationText::displayName(AttestationKind::Fitness), kFitness);
    m_decidedBy->addItem(AttestationText::displayName(AttestationDecider::Region), int(AttestationDecider::Region));
    m_decidedBy->addItem(AttestationText::displayName(AttestationDecider::Organisation),
                         int(AttestationDecider::Organisation));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText()));
    m_problems->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Category or СЗД:"), m_kind);
    form->addRow(tr("&Granted (decision) on:"), m_granted);
    form->addRow(tr("Valid until:"), m_validity);
    form->addRow(tr("&Order number:"), m_orderNumber);
    form->addRow(tr("Order &date:"), m_orderDate);
    form->addRow(tr("Decided &by:"), m_decidedBy);
    form->addRow(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttestationRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    // A category is granted by the region, СЗД decided by the employer.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_decidedBy->setCurrentIndex(m_kind->currentData().toInt() == kFitness ? 1 : 0);
        updateValidity();
    });
    connect(m_granted, &QLineEdit::textChanged, this, &AttestationRecordDialog::updateValidity);
    updateValidity();
    resize(480, sizeHint().height());
}

void AttestationRecordDialog::setRecord(const AttestationRecord &r)
{
    m_kind->setCurrentIndex(std::max(
        0, m_kind->findData(r.kind == AttestationKind::Fitness ? kFitness : int(r.category))));
    m_granted->setDate(r.granted);
    m_orderNumber->setText(r.orderNumber);
    m_orderDate->setDate(r.orderDate);
    m_decidedBy->setCurrentIndex(std::max(0, m_decidedBy->findData(int(r.decidedBy))));
    updateValidity();
}

AttestationRecord AttestationRecordDialog::record() const
{
    AttestationRecord r;
    r.teacherId = m_teacherId;
    const int kind = m_kind->currentData().toInt();
    r.kind = kind == kFitness ? AttestationKind::Fitness : AttestationKind::Category;
    r.category = kind == kFitness ? Category::None : Category(kind);
    r.granted = m_granted->date();
    r.orderNumber = m_orderNumber->text().simplified();
    r.orderDate = m_orderDate->date();
    r.decidedBy = AttestationDecider(m_decidedBy->currentData().toInt());
    return r;
}

void AttestationRecordDialog::updateValidity()
{
    const QDate granted = m_granted->date();
    const int years = m_kind->currentData().toInt() == kFitness ? AttestationRules::kFitnessIntervalYears
                                                                : m_validityYears;
    m_validity->setText(granted.isValid() ? DateText::numeric(AttestationRules::validUntil(granted, years))
                                          : QStringLiteral("—"));
}

void AttestationRecordDialog::accept()
{
    QString error;
    if (!m_granted->date(&error).isValid()) {
        m_problems->setText(error.isEmpty() ? tr("Give the date the decision was made.") : error);
        m_problems->show();
        m_granted->setFocus();
        return;
    }
    const QStringList problems = AttestationRules::checkRecord(record(), m_today);
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace profrost
