#include "training/TrackDialog.h"

#include "common/FieldMessage.h"
#include "common/RecordDialogChecks.h"
#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace profrost {

TrackDialog::TrackDialog(Save save, QWidget *parent)
    : QDialog(parent),
      m_save(std::move(save)),
      m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Track of development"));
    m_name->setObjectName(QStringLiteral("trackName"));
    m_name->setPlaceholderText(tr("e.g. Устранение дефицита педагогических кадров"));
    m_description->setPlaceholderText(tr("Who it is for and what it gives (optional)"));
    m_description->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {620, 300});
}

void TrackDialog::setTrack(const DevelopmentTrack &t)
{
    m_track = t;
    m_name->setText(t.name);
    m_description->setPlainText(t.description);
}

DevelopmentTrack TrackDialog::track() const
{
    DevelopmentTrack t = m_track;
    t.name = m_name->text().simplified();
    t.description = m_description->toPlainText().trimmed();
    return t;
}

void TrackDialog::accept()
{
    const DevelopmentTrack t = track();
    if (savedAfterRules(TrackRules::check(t), [&] { return m_save(t); }, m_message))
        QDialog::accept();
}

} // namespace profrost
