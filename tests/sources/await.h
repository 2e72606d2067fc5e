#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>

#include <optional>

namespace Stethoscope::Testing {

// Runs the event loop until the future has a result or `timeoutMs` passed. Tests only: the
// product never waits like this.
template<typename T> std::optional<T> await(QFuture<T> future, int timeoutMs = 20'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!future.isFinished() || future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

// Runs the event loop until `done()` or `timeoutMs` passed; returns done().
template<typename Predicate> bool spinUntil(Predicate done, int timeoutMs = 20'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

} // namespace Stethoscope::Testing
