#include "registry/RecordCommands.h"

#include "common/UndoRefusal.h"
#include "store/OrganisationRepository.h"
#include "store/RowVersion.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

namespace profrost {

namespace {

// An edit is written over the version the previous step left (`from`'s,
// RowVersion::forUndo): when another user of a server saved the record in
// between, the store refuses it (EditConflict) and the step reports that
// instead of overwriting them. Both snapshots then take the version now
// stored, for the next step.
template <typename Repo, typename Record>
void write(Database &db, const QString &table, Repo repo, std::optional<Record> &from, std::optional<Record> &to)
{
    if (from && !to) {
        repo.remove(from->id);
    } else if (!from && to) {
        repo.restore(*to);
    } else if (from && to) {
        Record written = *to;
        written.version.value = RowVersion::forUndo(db, from->version.value);
        repo.update(written);
    }
    const int stored = to ? RowVersion::of(db, table, to->id) : 0;
    if (from)
        from->version.value = stored;
    if (to)
        to->version.value = stored;
}

} // namespace

template <>
void RecordCommand<Teacher>::apply(std::optional<Teacher> &from, std::optional<Teacher> &to)
{
    try {
        write(m_ctx.db(), QStringLiteral("teacher"), TeacherRepository(m_ctx.db()), from, to);
    } catch (const EditConflict &) {
        m_ctx.reportError(UndoRefusal::message(text(), m_undoing));
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    m_ctx.notifyChanged();
}

template <>
void RecordCommand<Organisation>::apply(std::optional<Organisation> &from, std::optional<Organisation> &to)
{
    try {
        write(m_ctx.db(), QStringLiteral("organisation"), OrganisationRepository(m_ctx.db()), from, to);
    } catch (const EditConflict &) {
        m_ctx.reportError(UndoRefusal::message(text(), m_undoing));
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    m_ctx.notifyChanged();
}

} // namespace profrost
