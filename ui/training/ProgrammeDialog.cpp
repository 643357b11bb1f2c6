#include "training/ProgrammeDialog.h"

#include "common/ScreenFit.h"
#include "domain/TrainingRules.h"
#include "common/StatusPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace profrost {

namespace {

QListWidget *checkList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setMinimumHeight(140);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QVariant &data)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

template <typename T>
QList<T> checked(const QListWidget *list)
{
    QList<T> out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(Qt::UserRole).value<T>());
    }
    return out;
}

template <typename T>
void check(QListWidget *list, const QList<T> &values)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(values.contains(item->data(Qt::UserRole).value<T>()) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

ProgrammeDialog::ProgrammeDialog(const QList<Position> &positions, const QList<Subject> &subjects,
                                 const QStringList &providers, Save save, QWidget *parent)
    : QDialog(parent),
      m_save(std::move(save)),
      m_title(new QLineEdit(this)),
      m_provider(new QComboBox(this)),
      m_providerKind(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_hours(new QSpinBox(this)),
      m_form(new QComboBox(this)),
      m_federal(new QCheckBox(tr("In the federal registry of programmes"), this)),
      m_areas(checkList(this)),
      m_positions(checkList(this)),
      m_subjects(checkList(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Programme"));
    m_title->setObjectName(QStringLiteral("title"));
    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->setEditable(true);
    m_provider->addItems(providers);
    m_provider->setCurrentText(QString());
    for (ProviderKind k : {ProviderKind::Iro, ProviderKind::Cnppm, ProviderKind::University, ProviderKind::Other})
        m_providerKind->addItem(TrainingText::displayName(k), int(k));
    connect(m_provider, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        m_providerKind->setCurrentIndex(m_providerKind->findData(int(TrainingText::guessProvider(text))));
    });
    for (ProgrammeKind k : {ProgrammeKind::Training, ProgrammeKind::Retraining})
        m_kind->addItem(TrainingText::displayName(k), int(k));
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setRange(1, 2000);
    m_hours->setValue(72);
    m_hours->setSuffix(tr(" h"));
    for (StudyForm f : {StudyForm::FullTime, StudyForm::Distance, StudyForm::Blended})
        m_form->addItem(TrainingText::displayName(f), int(f));
    for (CompetencyArea a : TrainingText::allAreas())
        addCheckItem(m_areas, TrainingText::displayName(a), a.code());
    for (const Position &p : positions)
        addCheckItem(m_positions, p.name, p.id);
    for (const Subject &s : subjects)
        addCheckItem(m_subjects, s.name, s.id);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText()));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("Provider &kind:"), m_providerKind);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&Form:"), m_form);
    form->addRow(QString(), m_federal);

    auto boxed = [this](const QString &title, QListWidget *list) {
        auto *box = new QGroupBox(title, this);
        auto *l = new QVBoxLayout(box);
        l->addWidget(list);
        return box;
    };
    auto *targets = new QHBoxLayout;
    targets->addWidget(boxed(tr("Competency areas"), m_areas));
    targets->addWidget(boxed(tr("For posts (none: any)"), m_positions));
    targets->addWidget(boxed(tr("For subjects (none: any)"), m_subjects));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgrammeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgrammeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(targets, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {900, 620});
}

void ProgrammeDialog::setProgramme(const Programme &p)
{
    m_programme = p;
    m_title->setText(p.title);
    m_provider->setCurrentText(p.provider);
    m_providerKind->setCurrentIndex(m_providerKind->findData(int(p.providerKind)));
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    if (p.hours > 0)
        m_hours->setValue(p.hours);
    m_form->setCurrentIndex(m_form->findData(int(p.form)));
    m_federal->setChecked(p.federalRegistry);
    QList<QString> areas;
    for (const CompetencyArea &a : p.areas)
        areas.append(a.code());
    check(m_areas, areas);
    check(m_positions, p.positionIds);
    check(m_subjects, p.subjectIds);
}

Programme ProgrammeDialog::programme() const
{
    Programme p = m_programme;
    p.title = m_title->text().simplified();
    p.provider = m_provider->currentText().simplified();
    p.providerKind = ProviderKind(m_providerKind->currentData().toInt());
    p.kind = ProgrammeKind(m_kind->currentData().toInt());
    p.hours = m_hours->value();
    p.form = StudyForm(m_form->currentData().toInt());
    p.federalRegistry = m_federal->isChecked();
    p.areas.clear();
    for (const QString &code : checked<QString>(m_areas))
        p.areas.append(CompetencyArea(code));
    p.positionIds = checked<qint64>(m_positions);
    p.subjectIds = checked<qint64>(m_subjects);
    return p;
}

void ProgrammeDialog::accept()
{
    const Programme p = programme();
    QStringList problems = TrainingRules::checkProgramme(p);
    if (problems.isEmpty()) {
        if (const QString error = m_save(p); !error.isEmpty())
            problems << error;
    }
    if (!problems.isEmpty()) {
        QString text = problems.join(QStringLiteral("; "));
        m_error->setText(text.left(1).toUpper() + text.mid(1));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace profrost
