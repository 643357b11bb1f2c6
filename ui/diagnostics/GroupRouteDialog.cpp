#include "diagnostics/GroupRouteDialog.h"

#include "common/FieldMessage.h"
#include "common/OrganisationCombo.h"
#include "diagnostics/ActivitiesEditor.h"
#include "diagnostics/RouteEditing.h"
#include "domain/RouteRules.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace profrost {

GroupRouteDialog::GroupRouteDialog(AppContext &ctx, int startYear, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_startYear(startYear),
      m_area(new QComboBox(this)),
      m_byOrganisation(new QRadioButton(tr("&Organisation:"), this)),
      m_byAssociation(new QRadioButton(tr("Methodical &association:"), this)),
      m_organisation(new OrganisationCombo(this)),
      m_association(new QComboBox(this)),
      m_teachers(new QListWidget(this)),
      m_count(new QLabel(this)),
      m_goal(new QLineEdit(this)),
      m_tasks(new QPlainTextEdit(this)),
      m_curator(new QLineEdit(this)),
      m_activities(nullptr),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Group route for %1/%2").arg(startYear).arg(startYear + 1));
    m_area->setObjectName(QStringLiteral("groupArea"));
    m_association->setObjectName(QStringLiteral("groupAssociation"));
    m_organisation->setObjectName(QStringLiteral("groupOrganisation"));
    m_teachers->setObjectName(QStringLiteral("groupTeachers"));
    m_goal->setObjectName(QStringLiteral("groupGoal"));
    for (CompetencyArea area : TrainingText::allAreas())
        m_area->addItem(upperFirst(TrainingText::displayName(area)), area.code());
    QList<Programme> catalogue;
    try {
        m_organisation->refill(ctx.db());
        for (const Association &a : AssociationRepository(ctx.db()).all())
            m_association->addItem(a.name, a.id);
        catalogue = TrainingRepository(ctx.db()).programmes();
    } catch (const Error &e) {
        m_message->show(e.message());
    }
    m_byOrganisation->setChecked(true);
    m_association->setEnabled(false);
    m_tasks->setFixedHeight(m_tasks->fontMetrics().lineSpacing() * 3 + 12);
    m_tasks->setPlaceholderText(tr("one task per line"));
    m_curator->setPlaceholderText(tr("the mentor or methodist who accompanies the routes"));
    m_activities = new ActivitiesEditor(catalogue, this);
    m_activities->setDefaultResponsible([this] { return m_curator->text().simplified(); });

    auto *scopeBox = new QGroupBox(tr("Teachers with the deficit"), this);
    auto *scopeForm = new QFormLayout(scopeBox);
    scopeForm->addRow(tr("&Deficit:"), m_area);
    scopeForm->addRow(m_byOrganisation, m_organisation);
    scopeForm->addRow(m_byAssociation, m_association);
    scopeForm->addRow(m_count);
    scopeForm->addRow(m_teachers);
    auto *templateBox = new QGroupBox(tr("The route each of them gets"), this);
    auto *templateForm = new QFormLayout(templateBox);
    templateForm->addRow(tr("&Goal:"), m_goal);
    templateForm->addRow(tr("&Tasks:"), m_tasks);
    templateForm->addRow(tr("&Curator:"), m_curator);
    templateForm->addRow(m_activities);
    auto *columns = new QHBoxLayout;
    columns->addWidget(scopeBox, 2);
    columns->addWidget(templateBox, 5);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupRouteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_area, &QComboBox::currentIndexChanged, this, &GroupRouteDialog::refreshTeachers);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &GroupRouteDialog::refreshTeachers);
    connect(m_association, &QComboBox::currentIndexChanged, this, &GroupRouteDialog::refreshTeachers);
    connect(m_byOrganisation, &QRadioButton::toggled, this, [this](bool on) {
        m_organisation->setEnabled(on);
        m_association->setEnabled(!on);
        refreshTeachers();
    });
    m_area->setCurrentIndex(std::max(0, m_area->findData(CompetencyArea::Digital.code()))); // the commonest deficit
    refreshTeachers();
    resize(1200, 640);
}

GroupRouteScope GroupRouteDialog::scope() const
{
    GroupRouteScope s;
    if (m_byOrganisation->isChecked())
        s.organisationId = m_organisation->organisationId(); // 0: every organisation
    else
        s.associationId = m_association->currentData().toLongLong();
    return s;
}

void GroupRouteDialog::refreshTeachers()
{
    m_teachers->clear();
    m_chosen.clear();
    try {
        const GroupRouteScope s = scope();
        if (m_byAssociation->isChecked() && s.associationId == 0) {
            m_count->setText(tr("Choose the association."));
            return;
        }
        m_chosen = GroupRoutes::teachersWith(m_ctx.db(), CompetencyArea(m_area->currentData().toString()), s,
                                             m_ctx.today());
        TeacherRepository teachers(m_ctx.db());
        QStringList names;
        for (qint64 id : m_chosen)
            names << teachers.nameOf(id);
        names.sort(Qt::CaseInsensitive);
        m_teachers->addItems(names);
    } catch (const Error &e) {
        m_message->show(e.message());
    }
    m_count->setText(m_chosen.isEmpty() ? tr("Nobody here has this deficit now.")
                                        : tr("%n teacher(s) have this deficit now:", nullptr, int(m_chosen.size())));
}

void GroupRouteDialog::accept()
{
    if (m_chosen.isEmpty()) {
        m_message->show(tr("Nobody gets the route: choose another deficit or other teachers."));
        return;
    }
    IndividualRoute templ;
    templ.teacherId = m_chosen.constFirst(); // the rules of a route, as each teacher's will be checked
    templ.startYear = m_startYear;
    templ.goal = m_goal->text().simplified();
    templ.tasks = m_tasks->toPlainText().trimmed();
    templ.curator = m_curator->text().simplified();
    templ.activities = m_activities->activities();
    if (templ.activities.isEmpty()) {
        m_message->show(tr("Add at least one activity: it is what the teachers get."));
        return;
    }
    if (const QStringList problems = RouteRules::check(templ); !problems.isEmpty()) {
        m_message->show(problems.join(u'\n'));
        return;
    }
    QString error;
    if (!RouteEditing::applyGroup(m_ctx, m_chosen, CompetencyArea(m_area->currentData().toString()), templ, &m_outcome,
                                  &error)) {
        m_message->show(error);
        return;
    }
    QDialog::accept();
}

} // namespace profrost
