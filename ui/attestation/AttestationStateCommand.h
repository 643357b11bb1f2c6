#pragma once

#include "domain/Attestation.h"

#include <QUndoCommand>

namespace profrost {

class AppContext;

// One teacher's attestation (history and applications) before and after an
// action on an application — submitted, under review, granted (which also
// writes a category), refused, another month, withdrawn — as one undoable
// step. The action has been done when the command is pushed.
class AttestationStateCommand : public QUndoCommand
{
public:
    struct State
    {
        QList<AttestationRecord> records;
        QList<AttestationApplication> applications;
        bool operator==(const State &) const = default;
    };
    static State read(AppContext &ctx, qint64 teacherId);

    AttestationStateCommand(AppContext &ctx, qint64 teacherId, State before, State after, const QString &text);
    void redo() override;
    void undo() override;

private:
    // Makes the teacher's state `state`; on a server only while it is still
    // `expected` (what the previous step left), else refused.
    void apply(const State &state, const State &expected, bool undoing);

    AppContext &m_ctx;
    qint64 m_teacherId;
    State m_before;
    State m_after;
    bool m_done = true;
};

} // namespace profrost
