#include "sites/VacancyDialog.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "common/RecordDialogChecks.h"
#include "common/ScreenFit.h"
#include "shell/AppContext.h"
#include "store/OrganisationRepository.h"
#include "store/SiteRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace profrost {

VacancyDialog::VacancyDialog(AppContext &ctx, Save save, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_save(std::move(save)),
      m_organisation(new QComboBox(this)),
      m_post(new QComboBox(this)),
      m_subject(new QComboBox(this)),
      m_rate(new QDoubleSpinBox(this)),
      m_since(new DateLineEdit(this)),
      m_reason(new QLineEdit(this)),
      m_filledBy(new QComboBox(this)),
      m_filledOn(new DateLineEdit(this)),
      m_note(new QLineEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Vacancy"));
    m_filledBy->setEditable(true);
    m_filledBy->setInsertPolicy(QComboBox::NoInsert);
    m_filledBy->addItem(QString(), 0);
    try {
        QList<Organisation> organisations = OrganisationRepository(ctx.db()).all();
        std::sort(organisations.begin(), organisations.end(), [](const Organisation &a, const Organisation &b) {
            return a.displayName().localeAwareCompare(b.displayName()) < 0;
        });
        for (const Organisation &o : organisations)
            m_organisation->addItem(o.displayName(), o.id);
        const QHash<qint64, QString> names = TeacherRepository(ctx.db()).fullNames();
        QList<QPair<QString, qint64>> sorted;
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
        for (const auto &t : sorted)
            m_filledBy->addItem(t.first, t.second);
    } catch (const Error &e) {
        m_message->show(e.message());
    }
    fillChoices();
    m_filledBy->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_filledBy->completer()->setFilterMode(Qt::MatchContains);
    m_filledBy->setToolTip(tr("A teacher of the registry, or a name typed for someone not yet in it"));
    m_organisation->setObjectName(QStringLiteral("vacancyOrganisation"));
    m_post->setObjectName(QStringLiteral("vacancyPost"));
    m_subject->setObjectName(QStringLiteral("vacancySubject"));
    m_post->lineEdit()->setPlaceholderText(tr("e.g. учитель, педагог-психолог"));
    m_subject->lineEdit()->setPlaceholderText(tr("e.g. математика; empty for posts without one"));
    m_reason->setPlaceholderText(tr("e.g. увольнение, декретный отпуск, рост контингента"));
    m_rate->setRange(0, 10);
    m_rate->setDecimals(2);
    m_rate->setSingleStep(0.25);
    m_rate->setValue(1.0);
    m_rate->setSuffix(tr(" rate"));
    m_since->setDate(ctx.today());
    m_filledOn->setPlaceholderText(tr("empty: open"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Post:"), m_post);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Rate (stavki):"), m_rate);
    form->addRow(tr("Vacant &since:"), m_since);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(tr("&Filled by:"), m_filledBy);
    form->addRow(tr("Filled &on:"), m_filledOn);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VacancyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {560, 420});
}

// The posts and subjects of the registry's teachers and of the vacancies
// already written, each once: a click instead of typing, and one spelling
// for the totals by post and subject (which group by the text). Any other
// may still be typed.
void VacancyDialog::fillChoices()
{
    QStringList posts;
    QStringList subjects;
    try {
        const TeacherRepository teachers(m_ctx.db());
        const VacancyRepository vacancies(m_ctx.db());
        posts = distinctNames(teachers.postNamesInUse() + vacancies.postNames());
        subjects = distinctNames(teachers.subjectNamesInUse() + vacancies.subjectNames());
    } catch (const Error &e) {
        m_message->show(e.message());
    }
    for (const auto &[box, names] : {std::pair{m_post, posts}, std::pair{m_subject, subjects}}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(names);
        box->setCurrentIndex(-1); // a new vacancy starts empty, not with the first name
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    }
}

void VacancyDialog::setVacancy(const Vacancy &v)
{
    m_id = v.id;
    if (const int i = m_organisation->findData(v.organisationId); i >= 0)
        m_organisation->setCurrentIndex(i);
    m_post->setEditText(v.post);
    m_subject->setEditText(v.subject);
    m_rate->setValue(v.rate);
    m_since->setDate(v.since);
    m_reason->setText(v.reason);
    if (v.filledByTeacherId != 0 && m_filledBy->findData(v.filledByTeacherId) >= 0)
        m_filledBy->setCurrentIndex(m_filledBy->findData(v.filledByTeacherId));
    else
        m_filledBy->setEditText(v.filledByName);
    m_filledOn->setDate(v.filledOn);
    m_note->setText(v.note);
}

Vacancy VacancyDialog::vacancy() const
{
    Vacancy v;
    v.id = m_id;
    v.organisationId = m_organisation->currentData().toLongLong();
    v.post = m_post->currentText().simplified();
    v.subject = m_subject->currentText().simplified();
    v.rate = m_rate->value();
    v.since = m_since->date();
    v.reason = m_reason->text().simplified();
    const QString typed = m_filledBy->currentText().simplified();
    const int index = m_filledBy->findText(typed);
    if (index > 0 && !typed.isEmpty())
        v.filledByTeacherId = m_filledBy->itemData(index).toLongLong();
    else
        v.filledByName = typed;
    v.filledOn = m_filledOn->date();
    v.note = m_note->text().simplified();
    return v;
}

void VacancyDialog::accept()
{
    if (!datesReadable({m_since, m_filledOn}, m_message))
        return;
    const Vacancy v = vacancy();
    if (savedAfterRules(VacancyRules::check(v), [&] { return m_save(v); }, m_message))
        QDialog::accept();
}

} // namespace profrost
