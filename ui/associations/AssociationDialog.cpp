#include "associations/AssociationDialog.h"

#include "shell/AppContext.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "training/TeacherPickerDialog.h"
#include "common/StatusPalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace profrost {

namespace {

// The spin boxes' lowest value stands for "not set" (0 in the record).
constexpr int kNoYear = 1989;

QSpinBox *yearBox(int year, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(kNoYear, 2200);
    box->setSpecialValueText(QStringLiteral("—"));
    box->setValue(year == 0 ? kNoYear : year);
    return box;
}

} // namespace

AssociationDialog::AssociationDialog(AppContext &ctx, const AssociationRecord &record,
                                     const QHash<qint64, QString> &names, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_record(record),
      m_names(names),
      m_kind(new QComboBox(this)),
      m_level(new QComboBox(this)),
      m_name(new QLineEdit(this)),
      m_organisation(new QComboBox(this)),
      m_subject(new QComboBox(this)),
      m_direction(new QLineEdit(this)),
      m_head(new QComboBox(this)),
      m_secretary(new QComboBox(this)),
      m_from(yearBox(record.association.activeFrom, this)),
      m_to(yearBox(record.association.activeTo, this)),
      m_problems(new QLabel(this))
{
    const Association &a = record.association;
    setWindowTitle(record.id == 0 ? tr("New association") : tr("Association: %1").arg(a.name));
    for (AssociationKind k : {AssociationKind::Rmo, AssociationKind::Shmo, AssociationKind::CreativeGroup,
                              AssociationKind::YoungTeachers, AssociationKind::Network, AssociationKind::Other})
        m_kind->addItem(AssociationText::displayName(k), int(k));
    for (AssociationLevel l : {AssociationLevel::School, AssociationLevel::Municipal, AssociationLevel::InterMunicipal})
        m_level->addItem(AssociationText::displayName(l), int(l));
    m_kind->setCurrentIndex(m_kind->findData(int(a.kind)));
    m_level->setCurrentIndex(m_level->findData(int(a.level)));
    m_name->setText(a.name);
    m_name->setPlaceholderText(tr("e.g. «РМО учителей математики»"));
    m_organisation->addItem(tr("(none: a district association)"), qint64(0));
    for (const Organisation &o : OrganisationRepository(ctx.db()).all())
        m_organisation->addItem(o.name, o.id);
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(a.organisationId)));
    m_organisation->setMinimumContentsLength(40);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->addItem(tr("(none)"), qint64(0));
    for (const Subject &s : DictionaryRepository(ctx.db()).subjects())
        m_subject->addItem(s.name, s.id);
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(a.subjectId)));
    m_direction->setText(a.direction);
    m_direction->setPlaceholderText(tr("subject or direction: «математика», «классные руководители»"));

    // Head and secretary: today's members first, then whoever held the post.
    for (QComboBox *combo : {m_head, m_secretary}) {
        combo->addItem(tr("(not chosen)"), qint64(0));
        combo->setMinimumContentsLength(36);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    for (const AssociationMember &m : record.members) {
        if (m.memberOn(ctx.today()))
            offer(m.teacherId);
    }
    offer(a.headId);
    offer(a.secretaryId);
    m_head->setCurrentIndex(std::max(0, m_head->findData(a.headId)));
    m_secretary->setCurrentIndex(std::max(0, m_secretary->findData(a.secretaryId)));

    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText()));
    m_problems->hide();

    const auto personRow = [this](QComboBox *combo) {
        auto *row = new QHBoxLayout;
        row->addWidget(combo, 1);
        auto *other = new QPushButton(tr("Other teacher..."), this);
        other->setToolTip(tr("Choose from the whole registry; the teacher joins the association"));
        connect(other, &QPushButton::clicked, this, [this, combo] { pick(combo); });
        row->addWidget(other);
        return row;
    };
    auto *years = new QHBoxLayout;
    years->addWidget(m_from);
    years->addWidget(new QLabel(tr("to"), this));
    years->addWidget(m_to);
    years->addStretch();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Direction:"), m_direction);
    // A row of a layout takes no buddy by itself: the labels name theirs.
    for (const auto &[text, combo] : {std::pair{tr("&Head:"), m_head}, std::pair{tr("S&ecretary:"), m_secretary}}) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        form->addRow(label, personRow(combo));
    }
    form->addRow(tr("Active (academic years from):"), years);
    form->addRow(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssociationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    // A ШМО works in a school; an РМО in the district: the level follows.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = AssociationKind(m_kind->currentData().toInt());
        if (kind == AssociationKind::Shmo)
            m_level->setCurrentIndex(m_level->findData(int(AssociationLevel::School)));
        else if (kind == AssociationKind::Rmo && m_level->currentData().toInt() == int(AssociationLevel::School))
            m_level->setCurrentIndex(m_level->findData(int(AssociationLevel::Municipal)));
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &AssociationDialog::updateLevel);
    updateLevel();
    resize(640, sizeHint().height());
}

void AssociationDialog::updateLevel()
{
    const bool school = m_level->currentData().toInt() == int(AssociationLevel::School);
    m_organisation->setEnabled(school);
    if (!school)
        m_organisation->setCurrentIndex(0);
}

void AssociationDialog::offer(qint64 teacherId)
{
    if (teacherId == 0 || m_head->findData(teacherId) >= 0)
        return;
    const QString name = m_names.value(teacherId, tr("(not in the registry today)"));
    m_head->addItem(name, teacherId);
    m_secretary->addItem(name, teacherId);
}

void AssociationDialog::chooseHead(qint64 teacherId)
{
    offer(teacherId);
    m_head->setCurrentIndex(std::max(0, m_head->findData(teacherId)));
}

void AssociationDialog::chooseSecretary(qint64 teacherId)
{
    offer(teacherId);
    m_secretary->setCurrentIndex(std::max(0, m_secretary->findData(teacherId)));
}

void AssociationDialog::pick(QComboBox *combo)
{
    TeacherPickerDialog picker(m_ctx, this);
    if (picker.exec() != QDialog::Accepted || picker.chosen().isEmpty())
        return;
    if (combo == m_head)
        chooseHead(picker.chosen().constFirst());
    else
        chooseSecretary(picker.chosen().constFirst());
}

AssociationRecord AssociationDialog::record() const
{
    AssociationRecord r = m_record;
    Association &a = r.association;
    a.kind = AssociationKind(m_kind->currentData().toInt());
    a.level = AssociationLevel(m_level->currentData().toInt());
    a.name = m_name->text().simplified();
    a.organisationId = m_organisation->currentData().toLongLong();
    a.subjectId = m_subject->currentData().toLongLong();
    a.direction = m_direction->text().simplified();
    a.headId = m_head->currentData().toLongLong();
    a.secretaryId = m_secretary->currentData().toLongLong();
    a.activeFrom = m_from->value() == kNoYear ? 0 : m_from->value();
    a.activeTo = m_to->value() == kNoYear ? 0 : m_to->value();
    return r;
}

void AssociationDialog::accept()
{
    const QStringList problems = AssociationRules::check(record().association);
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace profrost
