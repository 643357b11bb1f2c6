#include "attestation/AttestationStateCommand.h"

#include "shell/AppContext.h"
#include "store/AttestationRepository.h"
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

void AttestationStateCommand::apply(const State &state)
{
    try {
        AttestationRepository(m_ctx.db()).replaceTeacherState(m_teacherId, state.records, state.applications);
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    m_ctx.notifyChanged();
}

void AttestationStateCommand::redo()
{
    if (m_done) {
        m_done = false;
        m_ctx.notifyChanged();
        return;
    }
    apply(m_after);
}

void AttestationStateCommand::undo() { apply(m_before); }

} // namespace profrost
