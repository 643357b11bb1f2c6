#pragma once

#include "common/TokenFilterProxy.h"

namespace profrost {

// The plan-graph's rows by the words typed and, optionally, one organisation
// (the group a teacher is printed under).
class PlanFilterProxy : public TokenFilterProxy
{
    Q_OBJECT
public:
    explicit PlanFilterProxy(QObject *parent = nullptr) : TokenFilterProxy(parent) {}
    void setOrganisation(const QString &organisation);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_organisation;
};

} // namespace profrost
