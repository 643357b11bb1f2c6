#pragma once

#include "common/PlanGraphProxy.h"

namespace profrost {

// The plan's rows by the words typed and the year of attestation (0: all).
class AttestationPlanProxy : public PlanGraphProxy
{
    Q_OBJECT
public:
    explicit AttestationPlanProxy(QObject *parent = nullptr) : PlanGraphProxy(parent) {}
    void setYear(int year);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_year = 0;
};

} // namespace profrost
