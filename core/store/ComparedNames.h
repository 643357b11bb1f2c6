#pragma once

#include "store/Database.h"
#include "store/TeacherRepository.h"

#include <QHash>
#include <QString>

namespace profrost {

// The names of the few teachers two versions of a record refer to (the
// participants of an event, the members of an association), each read
// once, not the whole registry's: what RecordComparison shows for an id.
class ComparedNames
{
public:
    explicit ComparedNames(Database &db) : m_db(db) {}
    QString of(qint64 teacherId)
    {
        if (teacherId == 0)
            return QString();
        auto it = m_names.constFind(teacherId);
        if (it == m_names.cend())
            it = m_names.insert(teacherId, TeacherRepository(m_db).nameOf(teacherId));
        return *it;
    }

private:
    Database &m_db;
    QHash<qint64, QString> m_names;
};

} // namespace profrost
