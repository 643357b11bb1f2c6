#include "attestation/ApplicationDialog.h"

#include "common/DateLineEdit.h"
#include "shell/AppContext.h"
#include "store/AttestationRepository.h"
#include "util/Error.h"
#include "common/StatusPalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>

namespace profrost {

ApplicationDialog::ApplicationDialog(AppContext &ctx, qint64 teacherId, const QString &teacherName, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_teacherId(teacherId),
      m_category(new QComboBox(this)),
      m_month(new QComboBox(this)),
      m_year(new QSpinBox(this)),
      m_submitted(new DateLineEdit(this)),
      m_warnings(new QLabel(this))
{
    setWindowTitle(tr("Application for a category: %1").arg(teacherName));
    for (Category c : {Category::First, Category::Highest, Category::Methodist, Category::Mentor})
        m_category->addItem(CategoryText::displayName(c), int(c));
    // The commission sits usually two or three months after the application.
    const QDate planned = m_ctx.today().addMonths(2);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(AttestationText::monthName(planned.year(), m, false), m);
    m_month->setCurrentIndex(planned.month() - 1);
    m_category->setObjectName(QStringLiteral("category"));
    m_month->setObjectName(QStringLiteral("month"));
    m_year->setObjectName(QStringLiteral("year"));
    m_submitted->setObjectName(QStringLiteral("submitted"));
    m_year->setRange(2000, 2100);
    m_year->setValue(planned.year());
    m_submitted->setDate(m_ctx.today());
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(StatusPalette::textStyle(StatusPalette::warning()));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Month of the commission:"), m_month);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Submitted on:"), m_submitted);
    form->addRow(m_warnings);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApplicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ApplicationDialog::updateWarnings);
    connect(m_submitted, &QLineEdit::editingFinished, this, &ApplicationDialog::updateWarnings);
    updateWarnings();
    resize(520, sizeHint().height());
}

AttestationApplication ApplicationDialog::application() const
{
    AttestationApplication a;
    a.teacherId = m_teacherId;
    a.category = Category(m_category->currentData().toInt());
    a.plannedMonth = m_month->currentData().toInt();
    a.plannedYear = m_year->value();
    a.submittedOn = m_submitted->date();
    return a;
}

void ApplicationDialog::updateWarnings()
{
    QStringList warnings;
    try {
        warnings = AttestationRepository(m_ctx.db()).warningsFor(application());
    } catch (const Error &e) {
        warnings << e.message();
    }
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

void ApplicationDialog::accept()
{
    QString error;
    if (!m_submitted->date(&error).isValid()) {
        QMessageBox::warning(this, windowTitle(), error.isEmpty() ? tr("Give the day the application was submitted.") : error);
        return;
    }
    QDialog::accept();
}

} // namespace profrost
