#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace profrost {

// Loads a tab's data when it is first shown, and again after a change only
// when it is shown (or on its next showing). A region's registry makes each
// planning tab cost up to a second; built eagerly, the hidden tabs made the
// start and every save seconds slower.
class DeferredLoad : public QObject
{
    Q_OBJECT
public:
    DeferredLoad(QWidget *widget, std::function<void()> load);
    // The data changed: load now when the widget is visible, else when shown.
    void invalidate();
    // Loads now when anything is pending (before a method reads the data).
    void ensureLoaded();
    bool isPending() const { return m_pending; }
    // The widget loaded by itself (another year chosen): nothing pending.
    void markLoaded() { m_pending = false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<void()> m_load;
    bool m_pending = true;
};

} // namespace profrost
