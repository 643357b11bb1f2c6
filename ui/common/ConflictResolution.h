#pragma once

#include "common/ConflictDialog.h"
#include "store/RowVersion.h"

#include <QApplication>
#include <QCoreApplication>
#include <functional>
#include <optional>

namespace profrost {

// What became of a save that met another user's save (ConflictResolution::save).
template <typename Record>
struct ConflictSave
{
    enum class Result { Saved, KeptTheirs, NotSaved };
    Result result = Result::Saved;
    // NotSaved: what the editor shows, and it stays open.
    QString message;
    // Saved over another user's save: their version, which undo brings back.
    std::optional<Record> replaced;
};

// The one way an editor saves a versioned record (store/RowVersion): write
// it; when another user saved it after it was read, show both versions
// (ConflictDialog) and do what the user chooses — write theirs over with
// the version now stored, keep theirs, or go back to the editor. A third
// user saving in between asks again. Other errors are thrown to the editor.
// With `sameIsNoConflict`, two versions that do not differ in anything the
// comparison shows are no conflict: the save goes over the version stored
// without asking (a plan-graph, whose lines beyond the user's sight on a
// server another municipality's methodist saves).
namespace ConflictResolution {

template <typename Record>
ConflictSave<Record> save(QWidget *parent, Record mine, const std::function<void(const Record &)> &write,
                          const std::function<Record()> &readStored,
                          const std::function<QList<ComparedField>(const Record &, const Record &)> &compare,
                          bool sameIsNoConflict = false)
{
    ConflictSave<Record> out;
    for (;;) {
        try {
            write(mine);
            return out;
        } catch (const EditConflict &conflict) {
            const Record theirs = readStored();
            const QList<ComparedField> fields = compare(mine, theirs);
            if (sameIsNoConflict && ConflictDialog::differences(fields) == 0) {
                mine.version = theirs.version;
                out.replaced = theirs;
                continue;
            }
            switch (ConflictDialog::ask(parent, conflict.message(), fields)) {
            case ConflictDialog::Choice::KeepMine:
                mine.version = theirs.version; // knowingly over this version, not a later one
                out.replaced = theirs;
                continue;
            case ConflictDialog::Choice::TakeTheirs:
                out.result = ConflictSave<Record>::Result::KeptTheirs;
                return out;
            case ConflictDialog::Choice::BackToEditing:
                out.result = ConflictSave<Record>::Result::NotSaved;
                out.message = QCoreApplication::translate(
                    "ConflictResolution", "Not saved: another user saved this record after you opened it. "
                                          "Save again to see both versions and choose.");
                return out;
            }
        }
    }
}

// For a dialog that saves through a callback and stays open on the message
// it returns (a course run's, a programme's): the conflict asked over the
// dialog; empty when saved or theirs kept (the dialog closes), the message
// when the user goes back to editing (their values still in the dialog).
template <typename Record>
QString inDialog(const Record &mine, const std::function<void(const Record &)> &write,
                 const std::function<Record()> &readStored,
                 const std::function<QList<ComparedField>(const Record &, const Record &)> &compare)
{
    const ConflictSave<Record> done = save<Record>(QApplication::activeModalWidget(), mine, write, readStored, compare);
    return done.result == ConflictSave<Record>::Result::NotSaved ? done.message : QString();
}

// For an editing step that reports through *savedId, *error and *reopen
// (a meeting's, a plan's): nothing when `done` was saved; else the step's
// answer — true for theirs kept (*savedId = `id`), false with the message
// and *reopen for going back to the editor.
template <typename Record>
std::optional<bool> unsaved(const ConflictSave<Record> &done, qint64 id, qint64 *savedId, QString *error, bool *reopen)
{
    switch (done.result) {
    case ConflictSave<Record>::Result::Saved:
        return std::nullopt;
    case ConflictSave<Record>::Result::KeptTheirs:
        if (savedId)
            *savedId = id;
        return true;
    case ConflictSave<Record>::Result::NotSaved:
        if (error)
            *error = done.message;
        if (reopen)
            *reopen = true;
        return false;
    }
    return std::nullopt;
}

} // namespace ConflictResolution

} // namespace profrost
