#pragma once

#include "domain/Meeting.h"
#include "domain/MethodicalPlan.h"
#include "domain/Organisation.h"
#include "domain/Teacher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace profrost {

class Database;

// One field of a record in two versions, as the user reads them.
struct ComparedField
{
    QString label;
    QString mine;   // what this user was saving
    QString theirs; // what the store holds now (another user's save)
    bool differs() const { return mine != theirs; }
};

// Two versions of one record side by side, field by field, in the words of
// its card: what the conflict of an edit shows (store/RowVersion) when
// another user saved the record first. The ids of posts, subjects and
// organisations are named from the registry.
class RecordComparison
{
    Q_DECLARE_TR_FUNCTIONS(RecordComparison)
public:
    static QList<ComparedField> teachers(Database &db, const Teacher &mine, const Teacher &theirs);
    static QList<ComparedField> organisations(Database &db, const Organisation &mine, const Organisation &theirs);
    static QList<ComparedField> meetings(Database &db, const Meeting &mine, const Meeting &theirs);
    static QList<ComparedField> plans(const MethodicalPlan &mine, const MethodicalPlan &theirs);
};

} // namespace profrost
