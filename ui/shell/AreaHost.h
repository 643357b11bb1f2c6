#pragma once

#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace profrost {

class AppContext;
class ImportKind;

// What the shell offers its areas: the shared context, the window as the
// parent of their dialogs, the status bar, showing an area, and the import
// of a spreadsheet with its preview.
class AreaHost
{
public:
    virtual ~AreaHost() = default;

    virtual AppContext &context() const = 0;
    virtual QWidget *dialogParent() = 0;
    // Shows the area `id` (its page in the stack, its item in the sidebar).
    virtual void showArea(const QString &id) = 0;
    // The page of the area `id`, made now when it was not yet (pages are
    // made when first shown: their first read must not delay the start).
    virtual QWidget *page(const QString &id) = 0;
    virtual void setStatusNote(const QString &text) = 0;
    // A note that comes on its own after the start: it does not cover a
    // message the user is reading already (the demo note, an import's outcome).
    virtual void setStartupNote(const QString &text) = 0;
    // Asks for a file (unless `path` is given), shows the import's preview,
    // and on success tells the outcome and shows the area `areaId`.
    virtual void runImport(std::unique_ptr<ImportKind> kind, const QString &path, const QString &areaId) = 0;
};

} // namespace profrost
