#include "registry/RecordCommands.h"

#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

namespace profrost {

namespace {

template <typename Repo, typename Record>
void write(Repo repo, const std::optional<Record> &from, const std::optional<Record> &to)
{
    if (from && !to)
        repo.remove(from->id);
    else if (!from && to)
        repo.restore(*to);
    else if (from && to)
        repo.update(*to);
}

} // namespace

template <>
void RecordCommand<Teacher>::apply(const std::optional<Teacher> &from, const std::optional<Teacher> &to)
{
    try {
        write(TeacherRepository(m_ctx.db()), from, to);
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    m_ctx.notifyChanged();
}

template <>
void RecordCommand<Organisation>::apply(const std::optional<Organisation> &from, const std::optional<Organisation> &to)
{
    try {
        write(OrganisationRepository(m_ctx.db()), from, to);
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    m_ctx.notifyChanged();
}

} // namespace profrost
