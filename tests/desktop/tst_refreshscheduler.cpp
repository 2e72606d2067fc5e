#include "catch.h"

#include "refreshscheduler.h"

#include <QSignalSpy>

using namespace Stethoscope;
using Desktop::RefreshScheduler;
using namespace std::chrono_literals;

namespace {

// No jitter: the random draw sits in the middle of the ±10 % band.
Core::RefreshPolicy steadyPolicy(std::chrono::minutes interval = 60min)
{
    return Core::RefreshPolicy(interval, [] { return 0.5; });
}

} // namespace

TEST_CASE("The scheduler refreshes at start and then once per interval", "[scheduler]")
{
    RefreshScheduler scheduler(steadyPolicy());
    QSignalSpy due(&scheduler, &RefreshScheduler::due);

    CHECK_FALSE(scheduler.isArmed()); // nothing runs before start
    scheduler.request(RefreshScheduler::Reason::Start);
    REQUIRE(due.count() == 1);
    CHECK(due[0][0].value<RefreshScheduler::Reason>() == RefreshScheduler::Reason::Start);
    CHECK(scheduler.isRunning());
    CHECK_FALSE(scheduler.isArmed()); // no timer while a refresh runs

    scheduler.finished(true);
    CHECK_FALSE(scheduler.isRunning());
    REQUIRE(scheduler.isArmed());
    CHECK(scheduler.armedDelay() == 60min);
}

TEST_CASE("Check now during a refresh gives exactly one more refresh afterwards", "[scheduler]")
{
    RefreshScheduler scheduler(steadyPolicy());
    QSignalSpy due(&scheduler, &RefreshScheduler::due);
    scheduler.request(RefreshScheduler::Reason::Start);
    scheduler.request(RefreshScheduler::Reason::CheckNow);
    scheduler.request(RefreshScheduler::Reason::CheckNow);
    CHECK(due.count() == 1); // joined, not started twice

    scheduler.finished(true);
    REQUIRE(due.count() == 2);
    CHECK(due[1][0].value<RefreshScheduler::Reason>() == RefreshScheduler::Reason::CheckNow);
    scheduler.finished(true);
    CHECK(due.count() == 2);
    CHECK(scheduler.armedDelay() == 60min);
}

TEST_CASE("While offline the scheduler backs off, and recovers its interval", "[scheduler]")
{
    RefreshScheduler scheduler(steadyPolicy());
    scheduler.request(RefreshScheduler::Reason::Start);
    scheduler.finished(false);
    CHECK(scheduler.armedDelay() == 1min);
    scheduler.request(RefreshScheduler::Reason::CheckNow);
    scheduler.finished(false);
    CHECK(scheduler.armedDelay() == 2min);
    scheduler.request(RefreshScheduler::Reason::CheckNow);
    scheduler.finished(false);
    CHECK(scheduler.armedDelay() == 4min);
    CHECK(scheduler.failuresInARow() == 3);

    scheduler.request(RefreshScheduler::Reason::CheckNow);
    scheduler.finished(true);
    CHECK(scheduler.armedDelay() == 60min);
    CHECK(scheduler.failuresInARow() == 0);
}

TEST_CASE("Wake, network change and coming back settle briefly, then refresh once", "[scheduler]")
{
    RefreshScheduler scheduler(steadyPolicy(15min));
    scheduler.setSettleDelay(100ms);
    QSignalSpy due(&scheduler, &RefreshScheduler::due);
    scheduler.request(RefreshScheduler::Reason::Start);
    scheduler.finished(true);
    REQUIRE(due.count() == 1);

    scheduler.request(RefreshScheduler::Reason::Wake);
    scheduler.request(RefreshScheduler::Reason::NetworkChange);
    scheduler.request(RefreshScheduler::Reason::Returned);
    CHECK(due.count() == 1); // not at once: the network may still be coming up
    CHECK(scheduler.armedDelay() == 100ms);
    REQUIRE(due.wait(5000));
    CHECK(due.count() == 2); // three triggers, one refresh
}

TEST_CASE("The interval IT sets is clamped to 15–1440 minutes", "[scheduler]")
{
    RefreshScheduler fast(steadyPolicy(1min));
    fast.request(RefreshScheduler::Reason::Start);
    fast.finished(true);
    CHECK(fast.armedDelay() == 15min);
}
