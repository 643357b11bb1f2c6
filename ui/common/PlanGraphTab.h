#pragma once

#include "common/BackgroundRead.h"

#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace profrost {

class AppContext;
class DeferredLoad;
class PlanGraphLoadModel;
class PlanGraphModel;
class PlanGraphProxy;

// What the plan-graph tabs share (further training, attestation; the
// individual routes and the events plan next): the plan of a first year
// chosen in the bar and remembered, read when first shown (on a worker
// thread for a region), the table filtered as one types, the load per
// organisation beside it, the state (proposal, saved, changes not saved),
// the question before edits are lost and the save as one undoable step.
// A derived tab adds its columns' editors, its side panel, its outputs and
// what its plan is read from and saved to.
class PlanGraphTab : public QWidget
{
    Q_OBJECT
public:
    ~PlanGraphTab() override;

    // A region's plan is read on a worker thread; loaded() follows.
    bool isLoading() const;
    // Shows the plan starting in `firstYear` (asks first when edits would be lost).
    bool showYear(int firstYear);
    int firstYear() const;
    // The plan is read when the tab is first shown; this reads it now.
    void ensureLoaded();
    bool isModified() const { return m_modified; }
    bool isSaved() const { return m_saved; }
    // Asks to save unsaved edits; false when the user cancels.
    bool confirmDiscard();
    bool save();

    QTableView *view() const { return m_view; }
    QTableView *organisationCounts() const { return m_loadView; }
    PlanGraphLoadModel *organisationLoad() const { return m_load; }
    QLabel *stateLabel() const { return m_state; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void loaded();

protected:
    struct Kind
    {
        QString yearKey; // the QSettings key of the first year shown
        int years;       // the years one plan spans
        int startsAhead; // the plans offered start from last year to this many years ahead
        QString title;   // the title of the tab's messages
    };
    // Takes `model` and `proxy` (made without a parent) as its children.
    PlanGraphTab(AppContext &ctx, PlanGraphModel *model, PlanGraphProxy *proxy, Kind kind, QWidget *parent);

    // The derived constructor's last step: the bar (the year, the state,
    // then `tools`), the filter row (the filter, then `filters`) and the
    // table beside `side` in a splitter of `sizes`; returns the splitter.
    QSplitter *layOut(const QList<QWidget *> &tools, const QList<QWidget *> &filters, QWidget *side,
                       const QList<int> &sizes);
    // The side panel: `above`, then the load per organisation.
    QWidget *sidePanel(const QList<QWidget *> &above);
    // "2027–2029": a plan's years as the bar and the messages show them.
    QString yearsText(int firstYear) const;
    // The year combo's text of the plan shown.
    QString shownYearsText() const;

    PlanGraphModel *planModel() const { return m_model; }
    PlanGraphProxy *planProxy() const { return m_proxy; }

    // Reads the plan of `firstYear` (which calls readPlan()).
    virtual void load(int firstYear) = 0;
    // Saves the model's entries as one undoable step; false when refused.
    virtual bool savePlan() = 0;
    virtual QString proposalText() const = 0;
    // "The plan %1 has changes that are not saved. Save them?"
    virtual QString discardQuestion() const = 0;
    // The counts beside the table follow every edit and every plan shown.
    virtual void updateCounts() = 0;

    // Reads with `read` here for a small registry, or on a worker thread
    // (its own connection) from kLoadInBackgroundFrom teachers, then `show`s.
    template <typename Result>
    void readPlan(std::function<Result(Database &)> read, std::function<void(Result)> show)
    {
        const int count = startRead();
        if (count < 0)
            return;
        if (count < kLoadInBackgroundFrom) {
            readHere([&] { show(read(dbForReading())); });
            return;
        }
        waitForRead(count);
        m_reader->run<Result>(connection(), std::move(read),
                              [this, show = std::move(show)](Result r, const QString &error) {
                                  if (readDone(error))
                                      show(std::move(r));
                              });
    }
    // A plan read: the state, the counts and loaded(); `version`: the
    // plan's version read before its lines, which the save names.
    void planShown(int firstYear, bool saved, int version);
    int readVersion() const { return m_readVersion; }
    void setModified(bool modified);

    AppContext &m_ctx;
    QComboBox *m_year;
    QLabel *m_state;
    QLineEdit *m_filter;
    QTableView *m_view;
    QAction *m_saveAction;
    int m_shownYear = 0;

private:
    // From this many teachers the plan is read on a worker thread (as the
    // teachers page does): a region's plan takes about a second to prepare.
    static constexpr int kLoadInBackgroundFrom = 3000;

    int startRead(); // the teachers to read, or -1 (the message shown)
    void readHere(const std::function<void()> &read);
    void waitForRead(int count);
    bool readDone(const QString &error);
    Database &dbForReading() const;
    const ConnectionSpec &connection() const;
    void updateState();

    Kind m_kind;
    PlanGraphModel *m_model;
    PlanGraphProxy *m_proxy;
    PlanGraphLoadModel *m_load;
    QSortFilterProxyModel *m_loadSorted;
    QTableView *m_loadView;
    BackgroundRead *m_reader; // reads a region's plan off the GUI thread
    DeferredLoad *m_loader = nullptr;
    bool m_modified = false;
    bool m_saved = false;
    int m_readVersion = 0;
};

} // namespace profrost
