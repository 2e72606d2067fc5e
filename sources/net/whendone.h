#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace Stethoscope::Sources::Net {

// Runs `handler(result)` once `future` is done — in the thread of `owner`, the object that
// resolves the future (an HttpClient, a token provider) — but only while `receiver` exists.
//
// Not `future.then(receiver, handler)`: a receiver may go away first (a refresh ends at its
// first error while its other requests are still in flight; the app rebuilds its backends in
// the middle of a refresh), and a Qt 6.4 continuation whose context object died asserts in a
// debug build. The owner finishes its futures before it goes away (see ~HttpClient), so the
// continuation always finds it.
template<typename T, typename Handler>
void whenDone(QFuture<T> future, QObject *owner, QObject *receiver, Handler handler)
{
    future.then(owner,
                [receiver = QPointer<QObject>(receiver),
                 handler = std::move(handler)](const T &result) mutable {
                    if (receiver)
                        handler(result);
                });
}

} // namespace Stethoscope::Sources::Net
