#include "attestation/AttestationRecordCommand.h"

#include "common/UndoRefusal.h"
#include "shell/AppContext.h"
#include "store/AttestationRepository.h"
#include "store/RowVersion.h"
#include "util/Error.h"

namespace profrost {

AttestationRecordCommand::AttestationRecordCommand(AppContext &ctx, std::optional<AttestationRecord> before,
                                                   std::optional<AttestationRecord> after, const QString &text)
    : QUndoCommand(text), m_ctx(ctx), m_before(std::move(before)), m_after(std::move(after))
{
}

std::optional<AttestationRecord> AttestationRecordCommand::apply(const std::optional<AttestationRecord> &from,
                                                                 std::optional<AttestationRecord> to, bool undoing)
{
    try {
        AttestationRepository repo(m_ctx.db());
        if (from && to) {
            to->id = from->id;
            // Over the version the previous step left (store/RowVersion).
            to->version.value = RowVersion::forUndo(m_ctx.db(), from->version.value);
            repo.updateRecord(*to);
        } else if (from) {
            repo.removeRecord(from->id);
        } else if (to) {
            to->id = repo.insertRecord(*to); // a new id: later steps refer to it
        }
        if (to)
            to->version.value = RowVersion::of(m_ctx.db(), QStringLiteral("attestation_record"), to->id);
    } catch (const EditConflict &) {
        m_ctx.reportError(UndoRefusal::message(text(), undoing));
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    m_ctx.notifyChanged();
    return to;
}

void AttestationRecordCommand::redo()
{
    if (m_done) {
        m_done = false;
        m_ctx.notifyChanged();
        return;
    }
    m_after = apply(m_before, m_after, false);
}

void AttestationRecordCommand::undo() { m_before = apply(m_after, m_before, true); }

} // namespace profrost
