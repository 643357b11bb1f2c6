#include "diagnostics/ActivityDialog.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "domain/RouteRules.h"
#include "util/TextNormalize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace profrost {

ActivityDialog::ActivityDialog(const QList<Programme> &catalogue, QWidget *parent)
    : QDialog(parent),
      m_kind(new QComboBox(this)),
      m_programme(new QComboBox(this)),
      m_title(new QLineEdit(this)),
      m_area(new QComboBox(this)),
      m_starts(new DateLineEdit(this)),
      m_ends(new DateLineEdit(this)),
      m_expected(new QLineEdit(this)),
      m_evidence(new QLineEdit(this)),
      m_responsible(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Activity of the route"));
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_programme->setObjectName(QStringLiteral("activityProgramme"));
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_area->setObjectName(QStringLiteral("activityArea"));
    m_status->setObjectName(QStringLiteral("activityStatus"));
    for (RouteActivityKind k : RouteText::allKinds())
        m_kind->addItem(upperFirst(RouteText::displayName(k)), int(k));
    m_programme->addItem(tr("(not from the catalogue)"), 0);
    for (const Programme &p : catalogue)
        m_programme->addItem(tr("%1, %2 h").arg(p.title).arg(p.hours), p.id);
    m_programme->setMinimumContentsLength(50);
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_area->addItem(tr("(none)"), -1);
    for (CompetencyArea a : TrainingText::allAreas())
        m_area->addItem(upperFirst(TrainingText::displayName(a)), a.code());
    for (RouteStatus s : {RouteStatus::Planned, RouteStatus::Done, RouteStatus::Cancelled})
        m_status->addItem(upperFirst(RouteText::displayName(s)), int(s));
    m_title->setPlaceholderText(tr("a topic, an event, a programme's title"));
    m_expected->setPlaceholderText(tr("e.g. a lesson with digital resources is held"));
    m_evidence->setPlaceholderText(tr("e.g. an open lesson, a certificate"));
    m_responsible->setPlaceholderText(tr("the mentor or methodist"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_starts);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_ends);
    dates->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Programme:"), m_programme);
    form->addRow(tr("&Title or topic:"), m_title);
    form->addRow(tr("&Deficit addressed:"), m_area);
    form->addRow(tr("Da&tes:"), dates);
    form->addRow(tr("&Expected result:"), m_expected);
    form->addRow(tr("Shown &as:"), m_evidence);
    form->addRow(tr("&Responsible:"), m_responsible);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityDialog::kindChanged);
    connect(m_programme, &QComboBox::currentIndexChanged, this, [this, catalogue] {
        const qint64 id = m_programme->currentData().toLongLong();
        for (const Programme &p : catalogue) {
            if (p.id == id)
                m_title->setText(p.title); // the title a course is known by
        }
    });
    kindChanged();
    resize(640, sizeHint().height());
}

void ActivityDialog::kindChanged()
{
    const bool course = RouteActivityKind(m_kind->currentData().toInt()) == RouteActivityKind::Course;
    m_programme->setEnabled(course);
    if (!course)
        m_programme->setCurrentIndex(0);
}

void ActivityDialog::setActivity(const RouteActivity &a)
{
    m_activity = a;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(a.kind))));
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(a.programmeId)));
    m_title->setText(a.title);
    m_title->setCursorPosition(0); // a long programme title read from its start
    m_area->setCurrentIndex(a.hasArea ? std::max(0, m_area->findData(a.area.code())) : 0);
    m_starts->setDate(a.starts);
    m_ends->setDate(a.ends);
    m_expected->setText(a.expectedResult);
    m_evidence->setText(a.evidence);
    m_responsible->setText(a.responsible);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(a.status))));
}

RouteActivity ActivityDialog::activity() const
{
    RouteActivity a = m_activity;
    a.kind = RouteActivityKind(m_kind->currentData().toInt());
    a.programmeId = m_programme->currentData().toLongLong();
    if (a.programmeId != m_activity.programmeId)
        a.enrolmentId = 0; // the application was for another programme
    a.title = m_title->text().simplified();
    a.hasArea = m_area->currentData().toInt() >= 0;
    a.area = a.hasArea ? CompetencyArea(m_area->currentData().toString()) : CompetencyArea::Subject;
    a.starts = m_starts->date();
    a.ends = m_ends->date();
    a.expectedResult = m_expected->text().simplified();
    a.evidence = m_evidence->text().simplified();
    a.responsible = m_responsible->text().simplified();
    a.status = RouteStatus(m_status->currentData().toInt());
    return a;
}

void ActivityDialog::accept()
{
    for (DateLineEdit *edit : {m_starts, m_ends}) {
        QString error;
        edit->date(&error);
        if (!error.isEmpty()) {
            m_message->show(error);
            edit->setFocus();
            return;
        }
    }
    if (const QStringList problems = RouteRules::checkActivity(activity()); !problems.isEmpty()) {
        m_message->show(upperFirst(problems.join(u'\n')));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace profrost
