#include "training/EnrolmentsCommand.h"

#include "common/UndoRefusal.h"
#include "shell/AppContext.h"
#include "store/RowVersion.h"
#include "store/TrainingRepository.h"
#include "util/Error.h"

namespace profrost {

EnrolmentsCommand::EnrolmentsCommand(AppContext &ctx, qint64 runId, QList<Enrolment> before, QList<Enrolment> after,
                                     const QString &text)
    : QUndoCommand(text), m_ctx(ctx), m_runId(runId), m_before(std::move(before)), m_after(std::move(after))
{
}

void EnrolmentsCommand::apply(const QList<Enrolment> &enrolments, const QList<Enrolment> &expected, bool undoing)
{
    try {
        TrainingRepository(m_ctx.db())
            .replaceEnrolments(m_runId, enrolments, RowVersion::undoChecked(m_ctx.db()) ? &expected : nullptr);
    } catch (const EditConflict &) {
        m_ctx.reportError(UndoRefusal::message(text(), undoing));
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
    apply(m_after, m_before, false);
}

void EnrolmentsCommand::undo() { apply(m_before, m_after, true); }

} // namespace profrost
