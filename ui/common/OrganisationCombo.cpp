#include "common/OrganisationCombo.h"

#include "store/OrganisationRepository.h"

namespace profrost {

OrganisationCombo::OrganisationCombo(QWidget *parent) : QComboBox(parent)
{
    // Long names must not widen the window: the list shows them whole.
    setMinimumWidth(220);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    addItem(tr("All organisations"), qint64(0));
}

void OrganisationCombo::refill(Database &db)
{
    const qint64 keep = organisationId();
    const QSignalBlocker block(this);
    clear();
    addItem(tr("All organisations"), qint64(0));
    for (const Organisation &o : OrganisationRepository(db).all())
        addItem(o.name, o.id);
    setCurrentIndex(std::max(0, findData(keep)));
}

void OrganisationCombo::filter(QList<TeacherRow> &teachers, qint64 id)
{
    if (id != 0)
        teachers.removeIf([id](const TeacherRow &r) { return !r.organisationIds.contains(id); });
}

} // namespace profrost
