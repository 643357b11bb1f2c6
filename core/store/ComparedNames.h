#pragma once

#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/TeacherRepository.h"

#include <QHash>
#include <QString>

namespace profrost {

// The names of the few teachers two versions of a record refer to (the
// participants of an event, the members of an association), each read
// once, not the whole registry's, and of posts and subjects: what
// RecordComparison shows for an id.
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
    // A post's and a subject's name: the two dictionaries, read once when first asked.
    QString position(qint64 id)
    {
        loadDictionaries();
        return m_positions.value(id);
    }
    QString subject(qint64 id)
    {
        loadDictionaries();
        return m_subjects.value(id);
    }

private:
    void loadDictionaries()
    {
        if (m_dictionariesRead)
            return;
        DictionaryRepository dict(m_db);
        for (const Position &p : dict.positions())
            m_positions.insert(p.id, p.name);
        for (const Subject &s : dict.subjects())
            m_subjects.insert(s.id, s.name);
        m_dictionariesRead = true;
    }

    Database &m_db;
    QHash<qint64, QString> m_names;
    QHash<qint64, QString> m_positions, m_subjects;
    bool m_dictionariesRead = false;
};

} // namespace profrost
