#pragma once

#include <QWidget>
#include <functional>

class QTabWidget;

namespace profrost {

class AppContext;
class DeficitMapTab;
class ResultsTab;

// Diagnostics of professional deficits: the results of each diagnosis, and
// the deficit map that shows where the deficits are.
class DiagnosticsPage : public QWidget
{
    Q_OBJECT
public:
    // `openTeacher` shows a teacher in the registry.
    DiagnosticsPage(AppContext &ctx, std::function<void(qint64)> openTeacher, QWidget *parent = nullptr);

    ResultsTab *results() const { return m_results; }
    DeficitMapTab *deficitMap() const { return m_map; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    ResultsTab *m_results;
    DeficitMapTab *m_map;
};

} // namespace profrost
