#include "attestation/AttestationStateCommand.h"

#include "common/UndoRefusal.h"
#include "shell/AppContext.h"
#include "store/AttestationRepository.h"
#include "store/Database.h"
#include "store/RowVersion.h"
#include "util/Error.h"

namespace profrost {

AttestationStateCommand::State AttestationStateCommand::read(AppContext &ctx, qint64 teacherId)
{
    AttestationRepository repo(ctx.db());
    return {repo.history(teacherId), repo.applicationsOf(teacherId)};
}

AttestationStateCommand::AttestationStateCommand(AppContext &ctx, qint64 teacherId, State before, State after,
                                                 const QString &text)
    : QUndoCommand(text), m_ctx(ctx), m_teacherId(teacherId), m_before(std::move(before)), m_after(std::move(after))
{
}

void AttestationStateCommand::apply(const State &state, const State &expected, bool undoing)
{
    bool refused = false; // another user's step since: theirs stays
    try {
        Transaction tx(m_ctx.db());
        refused = RowVersion::undoChecked(m_ctx.db()) && read(m_ctx, m_teacherId) != expected;
        if (!refused) {
            AttestationRepository(m_ctx.db()).replaceTeacherState(m_teacherId, state.records, state.applications);
            tx.commit();
        }
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    if (refused)
        m_ctx.reportError(UndoRefusal::message(text(), undoing));
    m_ctx.notifyChanged();
}

void AttestationStateCommand::redo()
{
    if (m_done) {
        m_done = false;
        m_ctx.notifyChanged();
        return;
    }
    apply(m_after, m_before, false);
}

void AttestationStateCommand::undo() { apply(m_before, m_after, true); }

} // namespace profrost
