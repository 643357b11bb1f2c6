#pragma once

#include "domain/Training.h"

#include <QUndoCommand>

namespace profrost {

class AppContext;

// A change to the participants of a course run (applications, approval,
// completion, withdrawal...) as one undoable step: the participants before
// and after are kept whole, because one action can move others too (a
// withdrawal promotes the first on the waiting list). The action has been
// done when the command is pushed; the first redo only tells the views.
class EnrolmentsCommand : public QUndoCommand
{
public:
    EnrolmentsCommand(AppContext &ctx, qint64 runId, QList<Enrolment> before, QList<Enrolment> after,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    // Makes the participants `enrolments`; on a server only while they are
    // still `expected` (what the previous step left), else refused.
    void apply(const QList<Enrolment> &enrolments, const QList<Enrolment> &expected, bool undoing);

    AppContext &m_ctx;
    qint64 m_runId;
    QList<Enrolment> m_before;
    QList<Enrolment> m_after;
    bool m_done = true;
};

} // namespace profrost
