#pragma once

#include "common/ConflictResolution.h"
#include "common/UndoRefusal.h"
#include "shell/AppContext.h"
#include "store/RowVersion.h"
#include "util/Error.h"

#include <QApplication>
#include <QUndoCommand>
#include <QUndoStack>
#include <functional>
#include <optional>

namespace profrost {

// How a record read and written whole (an association, a plan, a meeting)
// is stored: insert returns the new id, update and remove by the record's id.
template <typename T>
struct StoreOps
{
    std::function<qint64(const T &)> insert;
    std::function<void(const T &)> update;
    std::function<void(qint64)> remove;
    // The table of a record with a row version (store/RowVersion), empty
    // for one without: undo and redo then write over the version the
    // previous step left, and keep the one they leave.
    QString versionedTable = {};
};

// One change of such a record as an undoable step: `before` absent is an
// insert, `after` absent a removal. The change is made by the caller before
// the command is pushed (so that a refused write shows its message and never
// reaches the stack): the first redo only tells the views. A record inserted
// again by redo/undo gets a new id; the command keeps it for the next step.
template <typename T>
class StoredChangeCommand : public QUndoCommand
{
public:
    StoredChangeCommand(AppContext &ctx, StoreOps<T> ops, std::optional<T> before, std::optional<T> after,
                        const QString &text)
        : QUndoCommand(text), m_ctx(ctx), m_ops(std::move(ops)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override
    {
        if (m_done) {
            m_done = false;
            m_ctx.notifyChanged();
            return;
        }
        m_after = apply(m_before, m_after, false);
    }
    void undo() override { m_before = apply(m_after, m_before, true); }
    // The id the record has now (after the last redo or undo); 0 when removed.
    qint64 currentId() const { return m_after ? m_after->id : 0; }

private:
    std::optional<T> apply(const std::optional<T> &from, std::optional<T> to, bool undoing)
    {
        try {
            if (from && to) {
                to->id = from->id;
                if constexpr (requires { to->version; })
                    to->version.value = RowVersion::forUndo(m_ctx.db(), from->version.value);
                m_ops.update(*to);
            } else if (from) {
                m_ops.remove(from->id);
            } else if (to) {
                to->id = m_ops.insert(*to);
            }
            if constexpr (requires { to->version; }) {
                if (to && !m_ops.versionedTable.isEmpty())
                    to->version.value = RowVersion::of(m_ctx.db(), m_ops.versionedTable, to->id);
            }
        } catch (const EditConflict &) {
            m_ctx.reportError(UndoRefusal::message(text(), undoing));
        } catch (const Error &e) {
            m_ctx.reportError(e.message());
        }
        m_ctx.notifyChanged();
        return to;
    }

    AppContext &m_ctx;
    StoreOps<T> m_ops;
    std::optional<T> m_before;
    std::optional<T> m_after;
    bool m_done = true;
};

// The two writes every undoable editor of such a record makes. Each writes
// first: a refused write returns false with the reason in *error and pushes
// nothing; a write that succeeded goes onto the undo stack.
namespace StoredEditing {

// How two versions of a versioned record read side by side (store/RecordComparison).
template <typename T>
using Comparison = std::function<QList<ComparedField>(const T &mine, const T &theirs)>;

// Stores `after` (as a new record when `before` is absent, else over
// before->id), reads it back as stored (`stored`) and pushes the step `text`.
// A change of a versioned record (ops.versionedTable, `compare`) is written
// over the version `before` was read at: when another user saved it since,
// the user sees both versions and chooses (ConflictResolution) — theirs
// kept returns true with nothing written, back to editing returns false
// with the message; saved over theirs, undo brings theirs back.
template <typename T>
bool save(AppContext &ctx, const StoreOps<T> &ops, const std::function<std::optional<T>(qint64)> &stored,
          const std::optional<T> &before, T after, const QString &text, QString *error, qint64 *id = nullptr,
          const Comparison<T> &compare = {})
{
    std::optional<T> replaced = before;
    try {
        after.id = before ? before->id : 0;
        bool written = false;
        if constexpr (requires { after.version; }) {
            if (before && compare && !ops.versionedTable.isEmpty()) {
                after.version = before->version; // what the editor was opened on
                const ConflictSave<T> done = ConflictResolution::save<T>(
                    QApplication::activeModalWidget(), after, [&ops](const T &mine) { ops.update(mine); },
                    [&] {
                        if (const std::optional<T> theirs = stored(after.id))
                            return *theirs;
                        throw Error(QCoreApplication::translate("StoredEditing", "Another user deleted the record."));
                    },
                    compare);
                if (done.result != ConflictSave<T>::Result::Saved) {
                    ctx.notifyChanged(); // the lists show what is stored
                    if (done.result == ConflictSave<T>::Result::NotSaved) {
                        *error = done.message;
                        return false;
                    }
                    if (id)
                        *id = after.id;
                    return true;
                }
                if (done.replaced)
                    replaced = done.replaced;
                written = true;
            }
        }
        if (!written)
            after.id = ops.insert(after); // the repositories' save: a new record, or the one with the id
        if (const std::optional<T> reread = stored(after.id))
            after = *reread;
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    if (id)
        *id = after.id;
    ctx.undoStack()->push(new StoredChangeCommand<T>(ctx, ops, replaced, after, text));
    return true;
}

// Removes the record `id` (`gone` when it is no longer stored) and pushes the step `text`.
template <typename T>
bool remove(AppContext &ctx, const StoreOps<T> &ops, const std::function<std::optional<T>(qint64)> &stored,
            qint64 id, const QString &text, const QString &gone, QString *error)
{
    T before;
    try {
        const std::optional<T> found = stored(id);
        if (!found) {
            *error = gone;
            return false;
        }
        before = *found;
        ops.remove(id);
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    ctx.undoStack()->push(new StoredChangeCommand<T>(ctx, ops, before, std::nullopt, text));
    return true;
}

} // namespace StoredEditing

} // namespace profrost
