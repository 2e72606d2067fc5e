#include "catch.h"

#include "benchmarkmarks.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <optional>

using Stethoscope::Desktop::BenchmarkMarks;

namespace {

// Sets (or, with no value, unsets) an environment variable for one scope.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, std::optional<QByteArray> value)
        : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name))
            m_old = qgetenv(name);
        set(value);
    }
    ~ScopedEnvironment() { set(m_old); }

private:
    void set(const std::optional<QByteArray> &value)
    {
        if (value)
            qputenv(m_name, *value);
        else
            qunsetenv(m_name);
    }

    const char *m_name;
    std::optional<QByteArray> m_old;
};

} // namespace

TEST_CASE("The benchmark marks are off unless STETHOSCOPE_BENCH_MARKS=1")
{
    QObject owner;
    {
        ScopedEnvironment unset("STETHOSCOPE_BENCH_MARKS", std::nullopt);
        CHECK(BenchmarkMarks::createIfRequested(&owner) == nullptr);
    }
    {
        ScopedEnvironment off("STETHOSCOPE_BENCH_MARKS", "0");
        CHECK(BenchmarkMarks::createIfRequested(&owner) == nullptr);
    }
    ScopedEnvironment on("STETHOSCOPE_BENCH_MARKS", "1");
    CHECK(BenchmarkMarks::createIfRequested(&owner) != nullptr);
}

TEST_CASE("The benchmark marks count the timer events the application receives")
{
    ScopedEnvironment on("STETHOSCOPE_BENCH_MARKS", "1");
    QObject owner;
    BenchmarkMarks *marks = BenchmarkMarks::createIfRequested(&owner);
    REQUIRE(marks != nullptr);

    // A timer that fires is counted each time, whoever owns it.
    const qint64 before = marks->timerEvents();
    QTimer timer;
    int timeouts = 0;
    QObject::connect(&timer, &QTimer::timeout, &owner, [&timeouts] { ++timeouts; });
    timer.start(5);
    QDeadlineTimer deadline(5000);
    while (timeouts < 4 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    timer.stop();
    REQUIRE(timeouts >= 4);
    CHECK(marks->timerEvents() - before >= timeouts);
}
