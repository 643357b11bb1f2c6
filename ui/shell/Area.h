#pragma once

#include <QIcon>
#include <QList>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace profrost {

class AreaHost;

// One area of the program (the registry of teachers, further training,
// attestation, ...) as the shell sees it. The main window knows only this
// interface: it lists the areas in the sidebar, stacks their pages, asks
// each for its menu entries, its unsaved changes and its saved state, and
// starts their start-up work after the first frame. An area is created per
// open database (opening another file creates the areas again).
class Area
{
public:
    // The menus of the shell an area may add entries to. The shell fills
    // them area by area, in the sidebar's order, with a separator between
    // two areas' entries.
    enum class Menu {
        FileImport, // File: the imports, at the top
        FileExport, // File: the exports, after the imports
        Registry,   // Registry
        Settings,   // Settings, after Preferences
    };

    virtual ~Area() = default;

    // A stable name that is never shown (tests and the remembered page use
    // the position, the CLI uses its own names).
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The area's page, made once for the open database when it is first
    // shown (or asked for through AreaHost::page()); the shell takes
    // ownership (it becomes a page of the stack).
    virtual QWidget *createPage(QWidget *parent) = 0;

    // Adds the area's entries to `menu` (actions parented to `menu` or to the page).
    virtual void addMenuEntries(Menu menu, QMenu *into) { Q_UNUSED(menu) Q_UNUSED(into) }

    // Unsaved work is saved or dropped after asking; false when the user cancels
    // (the window then stays open, another file is not opened).
    virtual bool confirmDiscard() { return true; }
    // The page's remembered state (columns, splitters) in QSettings: restored
    // when the page is made, saved only when it was.
    virtual void saveState() const {}
    virtual void restoreState() {}
    // Runs once the window is on screen: anything whose cost grows with the
    // data belongs here, on a worker thread that reports through the host.
    virtual void startUp() {}
};

} // namespace profrost
