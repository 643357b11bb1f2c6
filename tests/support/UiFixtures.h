#pragma once

// What the UI tests share: the registry of tests/data/import/teachers_good.csv
// and the texts of table cells. Header-only: only the UI tests (Widgets)
// include it.

#include "demo/DemoGenerator.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QStringList>
#include <QTableView>
#include <QTableWidget>
#include <functional>
#include <memory>

namespace profrost::test {

// A database with the five teachers of teachers_good.csv (imported at the reference day).
inline std::unique_ptr<Database> registryDatabase(const QString &path)
{
    auto db = std::make_unique<Database>(path);
    db->open();
    TeacherImporter importer(*db, referenceDay());
    importer.apply(importer.preview(TableReader::read(dataFile(QStringLiteral("import/teachers_good.csv")))));
    return db;
}

// A demo district of `teachers` teachers made at the reference day.
inline std::unique_ptr<Database> demoDatabase(const QString &path, int teachers)
{
    auto db = std::make_unique<Database>(path);
    db->open();
    DemoOptions options;
    options.teachers = teachers;
    options.today = referenceDay();
    DemoGenerator::generate(*db, options);
    return db;
}

// The text of a cell of a list (a QTableView over a model, or a QTableWidget).
inline QString cellText(const QAbstractItemView *view, int row, int c)
{
    return view->model()->index(row, c).data().toString();
}

// The number of rows a list shows.
inline int rowCount(const QAbstractItemView *view) { return view->model()->rowCount(); }

// The texts of column `c`, top to bottom.
inline QStringList column(const QAbstractItemView *view, int c)
{
    QStringList out;
    for (int r = 0; r < rowCount(view); ++r)
        out << cellText(view, r, c);
    return out;
}

// The texts of column `c` of a model (or of a view's model, as sorted), top to bottom.
inline QStringList column(const QAbstractItemModel *m, int c)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, c).data().toString();
    return out;
}
inline QStringList column(const QTableView *t, int c)
{
    return column(t->model(), c);
}

// The first row whose column 0 starts with `name`; -1 when none.
inline int rowStartingWith(const QAbstractItemModel *m, const QString &name)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString().startsWith(name))
            return r;
    }
    return -1;
}

// The modal dialog of type T open now, if any.
template <typename T>
T *activeModal()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

// Runs `step` once the next modal dialog of type T is open (a test drives
// a dialog that exec() opens this way).
template <typename T>
void whenModal(std::function<void(T *)> step)
{
    QTimer::singleShot(0, [step] {
        T *dialog = activeModal<T>();
        if (!dialog) {
            whenModal<T>(step); // not open yet: try again on the next turn
            return;
        }
        step(dialog);
    });
}

// Runs the event loop until `done` holds (true) or the time is up (false).
inline bool waitUntil(const std::function<bool()> &done, int ms = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

} // namespace profrost::test
