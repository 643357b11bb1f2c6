#pragma once

#include "store/TeacherRepository.h"

#include <QComboBox>

namespace profrost {

class Database;

// «All organisations» and every organisation of the registry, for lists
// that filter by one; the choice survives a refill.
class OrganisationCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit OrganisationCombo(QWidget *parent = nullptr);
    // Reads the organisations again (signals blocked), keeping the one chosen.
    void refill(Database &db);
    // 0: all organisations.
    qint64 organisationId() const { return currentData().toLongLong(); }
    // Drops the teachers who hold no current post in the chosen organisation.
    void filter(QList<TeacherRow> &teachers) const { filter(teachers, organisationId()); }
    // The same for a choice read before (on a worker thread); 0 keeps all.
    static void filter(QList<TeacherRow> &teachers, qint64 organisationId);
};

} // namespace profrost
