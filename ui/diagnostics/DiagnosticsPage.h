#pragma once

#include <QWidget>
#include <functional>

class QTabWidget;

namespace profrost {

class AppContext;
class DeficitMapTab;
class EffectTab;
class ResultsTab;
class RoutesTab;

// Diagnostics of professional deficits: the results of each diagnosis, the
// deficit map that shows where the deficits are, and the individual routes
// that address them, and what the routes changed (the scores before and after).
class DiagnosticsPage : public QWidget
{
    Q_OBJECT
public:
    // `openTeacher` shows a teacher in the registry.
    DiagnosticsPage(AppContext &ctx, std::function<void(qint64)> openTeacher, QWidget *parent = nullptr);

    ResultsTab *results() const { return m_results; }
    DeficitMapTab *deficitMap() const { return m_map; }
    RoutesTab *routes() const { return m_routes; }
    EffectTab *effect() const { return m_effect; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    ResultsTab *m_results;
    DeficitMapTab *m_map;
    RoutesTab *m_routes;
    EffectTab *m_effect;
};

} // namespace profrost
