#include "training/EnrolmentsCommand.h"

#include "shell/AppContext.h"
#include "store/TrainingRepository.h"
#include "util/Error.h"

namespace profrost {

EnrolmentsCommand::EnrolmentsCommand(AppContext &ctx, qint64 runId, QList<Enrolment> before, QList<Enrolment> after,
                                     const QString &text)
    : QUndoCommand(text), m_ctx(ctx), m_runId(runId), m_before(std::move(before)), m_after(std::move(after))
{
}

void EnrolmentsCommand::apply(const QList<Enrolment> &enrolments)
{
    try {
        TrainingRepository(m_ctx.db()).replaceEnrolments(m_runId, enrolments);
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    m_ctx.notifyChanged();
}

void EnrolmentsCommand::redo()
{
    if (m_done) {
        m_done = false;
        m_ctx.notifyChanged();
        return;
    }
    apply(m_after);
}

void EnrolmentsCommand::undo() { apply(m_before); }

} // namespace profrost
