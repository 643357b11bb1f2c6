#pragma once

#include "io/ImportPipeline.h"
#include "io/ImportPreview.h"
#include "io/Table.h"

#include <QHash>
#include <QString>
#include <memory>

namespace profrost {

class AppContext;

// What the import dialog needs of an importer (teachers, course completions,
// attestation history, diagnosis results, mentorship pairs): its titles, the
// one preview type of the import pipeline, and applying the valid rows. Each
// kind differs only in words.
class ImportKind
{
public:
    using Progress = ImportProgress;
    virtual ~ImportKind() = default;

    virtual QString title() const = 0;        // «Import teachers»
    virtual QString progressText() const = 0; // «Importing teachers...»
    virtual void preview(const Table &table) = 0;
    virtual const ImportPreview &result() const = 0;
    // Keeps a backup, then applies the valid rows in one transaction, and
    // remembers the columns assigned for the next file with the same headers
    // (ColumnAssignments); returns the sentence for the status bar; throws
    // profrost::Error and changes nothing on failure.
    virtual QString apply(const Progress &progress) = 0;

    // The importer's columns (canonical headers and their aliases).
    virtual QList<ColumnSpec> columns() const = 0;
    // The columns the user assigned, «header in the file» → «canonical
    // header», for the next preview() and apply().
    virtual void setAssignment(const QHash<QString, QString> &assignment) = 0;
    // The assignment remembered for a file with `header` from an earlier import.
    virtual QHash<QString, QString> rememberedAssignment(const QStringList &header) const = 0;

    const QList<RowIssue> &errors() const { return result().errors; }
    const QList<RowIssue> &warnings() const { return result().warnings; }
    int validRows() const { return result().validRows; }
    int totalRows() const { return result().totalRows; }
    bool fileRejected() const { return result().fileRejected(); }

    static std::unique_ptr<ImportKind> teachers(AppContext &ctx);
    static std::unique_ptr<ImportKind> courses(AppContext &ctx);
    static std::unique_ptr<ImportKind> attestation(AppContext &ctx);
    static std::unique_ptr<ImportKind> diagnostics(AppContext &ctx);
    static std::unique_ptr<ImportKind> mentorships(AppContext &ctx);
};

} // namespace profrost
