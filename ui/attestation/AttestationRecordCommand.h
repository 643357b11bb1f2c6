#pragma once

#include "domain/Attestation.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

namespace profrost {

class AppContext;

// Adding, changing or removing one attestation record as an undoable step
// (the teacher's current category follows the history in the repository).
// The change has been made when the command is pushed.
class AttestationRecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AttestationRecordCommand)
public:
    AttestationRecordCommand(AppContext &ctx, std::optional<AttestationRecord> before,
                             std::optional<AttestationRecord> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    // Makes the store hold `to` instead of `from`; returns the id it got.
    std::optional<AttestationRecord> apply(const std::optional<AttestationRecord> &from,
                                           std::optional<AttestationRecord> to, bool undoing);

    AppContext &m_ctx;
    std::optional<AttestationRecord> m_before;
    std::optional<AttestationRecord> m_after;
    bool m_done = true;
};

} // namespace profrost
