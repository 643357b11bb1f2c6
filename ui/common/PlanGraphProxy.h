#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QStringMatcher>
#include <functional>

namespace profrost {

class PlanGraphModel;

// The rows of a plan-graph by the words typed (every word in the row's
// search key, case and ё/е ignored) and optionally one organisation, sorted
// by the model's precomputed keys. A change of the filter resets the proxy
// instead of removing the rows that fail one range at a time: at 50,000
// rows that removal alone took over 100 ms per keystroke.
class PlanGraphProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PlanGraphProxy(QObject *parent = nullptr);
    void setPlanModel(PlanGraphModel *model);
    PlanGraphModel *planModel() const { return m_model; }

    void setFilterText(const QString &text);
    const QStringList &tokens() const { return m_tokens; }
    // Only the rows of this organisation (as shown; empty: all).
    void setOrganisation(const QString &organisation);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    // A derived proxy's own condition changed: filter again (by a reset, as above).
    void refilter(const std::function<void()> &change);

private:
    PlanGraphModel *m_model = nullptr;
    QStringList m_tokens;
    QList<QStringMatcher> m_matchers; // one per token: its skip table made once per keystroke, not per row
    QString m_organisation;
};

} // namespace profrost
