#pragma once

#include "store/Database.h"
#include "util/Error.h"

#include <QObject>
#include <QThread>
#include <functional>

namespace profrost {

// Reads from the database on a worker thread (a connection of its own, read
// only, opened from the main connection's ConnectionSpec) and hands the result to the GUI thread, for pages that would
// otherwise freeze at region scale. A newer run() or cancel() drops the
// results still on their way, so what is shown always answers the newest
// request. Owned by the widget that shows the results (a child QObject):
// destroying it waits for the workers, which report to it only.
class BackgroundRead : public QObject
{
public:
    explicit BackgroundRead(QObject *owner) : QObject(owner) {}
    ~BackgroundRead() override
    {
        cancel();
        for (QThread *t : findChildren<QThread *>())
            t->wait();
    }

    // `read` runs on the worker with the reader connection; `show` on the
    // GUI thread with the result, or an empty result and the error message.
    template <typename T>
    void run(const ConnectionSpec &connection, std::function<T(Database &)> read,
             std::function<void(T result, const QString &error)> show)
    {
        const quint64 generation = ++m_generation;
        QThread *worker = QThread::create([this, connection, read = std::move(read), show = std::move(show),
                                           generation]() mutable {
            T result{};
            QString error;
            try {
                Database reader(connection);
                reader.openForReading();
                result = read(reader);
            } catch (const Error &e) {
                error = e.message();
            }
            // This object waits for the thread in its destructor: alive here.
            QMetaObject::invokeMethod(
                this,
                [this, result = std::move(result), error, show = std::move(show), generation]() mutable {
                    if (generation == m_generation)
                        show(std::move(result), error);
                },
                Qt::QueuedConnection);
        });
        worker->setParent(this);
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        worker->start();
    }

    // The results on their way are dropped (the caller shows something newer).
    void cancel() { ++m_generation; }
    bool isRunning() const { return !findChildren<QThread *>().isEmpty(); }

private:
    quint64 m_generation = 0;
};

} // namespace profrost
