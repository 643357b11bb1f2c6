#pragma once

#include "domain/Organisation.h"
#include "domain/Teacher.h"
#include "shell/AppContext.h"

#include <QUndoCommand>
#include <optional>

namespace profrost {

// Undo/redo of one record: `before` and `after` are the whole record (no
// value = absent). The change was already made when the command is pushed,
// so the first redo() does nothing; later ones write again through the
// repository, and a failure is reported instead of being lost. `after` is
// the record as stored after the change (its version included).
template <typename Record>
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(AppContext &ctx, std::optional<Record> before, std::optional<Record> after, const QString &text)
        : QUndoCommand(text), m_ctx(ctx), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override
    {
        m_undoing = true;
        apply(m_after, m_before);
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_undoing = false;
        apply(m_before, m_after);
    }

private:
    // Writes `to` over `from`; both then carry the version the store holds.
    void apply(std::optional<Record> &from, std::optional<Record> &to);

    AppContext &m_ctx;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    bool m_first = true;
    bool m_undoing = false; // the step being applied, for a refusal's words
};

// Defined in RecordCommands.cpp, one per repository.
template <>
void RecordCommand<Teacher>::apply(std::optional<Teacher> &from, std::optional<Teacher> &to);
template <>
void RecordCommand<Organisation>::apply(std::optional<Organisation> &from, std::optional<Organisation> &to);

using TeacherCommand = RecordCommand<Teacher>;
using OrganisationCommand = RecordCommand<Organisation>;

} // namespace profrost
