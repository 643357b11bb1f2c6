#pragma once

#include "domain/Association.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class QWidget;

namespace profrost {

class AppContext;

// An association with its members: what one undoable step of the
// associations page changes (the association's fields, who its members
// are, or both when a new head joins with the change), so that undo puts
// back a removed association with its members too.
struct AssociationRecord
{
    qint64 id = 0; // the association's id (StoredChangeCommand keeps it)
    Association association;
    QList<AssociationMember> members;
    // The association's row version as read (store/RowVersion): a change
    // of the members raises it too, so that two users' saves of one
    // association (a dialog, a member added) meet in a conflict, not in
    // a silent overwrite.
    ReadVersion version;
};

// The undoable writes of the associations page. Each writes first — a
// refused write returns false with the reason in *error and pushes
// nothing — then pushes one step onto the context's undo stack.
namespace AssociationEditing {

// Reads an association with its members.
AssociationRecord read(AppContext &ctx, qint64 associationId);
// A new association (`before` absent) or a change; the head and the
// secretary become members from today when they are not. *id: the stored id.
// When another user saved the association after `before` was read, both
// versions are shown over `parent` (ConflictDialog): theirs kept returns
// true with nothing written; back to editing returns false with *reopen set.
bool save(AppContext &ctx, const std::optional<AssociationRecord> &before, AssociationRecord after, QString *error,
          qint64 *id = nullptr, QWidget *parent = nullptr, bool *reopen = nullptr);
// Refused while the association has plans or meetings (their history
// counts for the indicators): close it with its last active year instead.
bool remove(AppContext &ctx, qint64 associationId, QString *error);
// Members from `joined` (today when invalid); those already members are skipped.
bool addMembers(AppContext &ctx, qint64 associationId, const QList<qint64> &teachers, QDate joined, QString *error);
// The memberships (ids) end on `day`: the history stays.
bool endMemberships(AppContext &ctx, qint64 associationId, const QList<qint64> &memberIds, QDate day, QString *error);
// Entries made by mistake go.
bool removeMemberships(AppContext &ctx, qint64 associationId, const QList<qint64> &memberIds, QString *error);

} // namespace AssociationEditing

} // namespace profrost
