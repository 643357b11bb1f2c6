#pragma once

#include "io/ImportReport.h"
#include "io/Table.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

namespace profrost {

class AppContext;

// What the import dialog needs of an importer (teachers, course completions,
// attestation history): the preview of a table, its issues, and applying the
// valid rows. Each importer of core/ has its own preview and outcome types;
// an ImportKind adapts one of them.
class ImportKind
{
public:
    using Progress = std::function<bool(int done, int total)>;
    virtual ~ImportKind() = default;

    virtual QString title() const = 0;        // «Import teachers»
    virtual QString progressText() const = 0; // «Importing teachers...»
    virtual void preview(const Table &table) = 0;
    virtual const QList<RowIssue> &errors() const = 0;
    virtual const QList<RowIssue> &warnings() const = 0;
    virtual int validRows() const = 0;
    virtual int totalRows() const = 0;
    virtual bool fileRejected() const = 0;
    // Applies the valid rows in one transaction; returns the sentence for the
    // status bar; throws profrost::Error and changes nothing on failure.
    virtual QString apply(const Progress &progress) = 0;

    static std::unique_ptr<ImportKind> teachers(AppContext &ctx);
    static std::unique_ptr<ImportKind> courses(AppContext &ctx);
    static std::unique_ptr<ImportKind> attestation(AppContext &ctx);
};

} // namespace profrost
