#pragma once

#include "common/TokenFilterProxy.h"

namespace profrost {

// Filter-as-you-type (TokenFilterProxy) plus one check box: while it is on,
// only rows whose first column answers true for `role` stay («only without
// support», «only active on the day»).
class FlagFilterProxy : public TokenFilterProxy
{
    Q_OBJECT
public:
    FlagFilterProxy(int role, QObject *parent = nullptr) : TokenFilterProxy(parent), m_role(role) {}
    void setFlagRequired(bool required)
    {
        if (required == m_required)
            return;
        m_required = required;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_required && !sourceModel()->index(sourceRow, 0, sourceParent).data(m_role).toBool())
            return false;
        return TokenFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    int m_role;
    bool m_required = false;
};

} // namespace profrost
