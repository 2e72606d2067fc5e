#include "catch.h"

#include "refreshpolicy.h"

using namespace Stethoscope::Core;
using namespace std::chrono;

namespace {

RefreshPolicy withRandom(minutes interval, double random)
{
    return RefreshPolicy(interval, [random] { return random; });
}

} // namespace

TEST_CASE("Refreshes come every interval, spread by at most ten percent", "[refresh]")
{
    const auto [random, expected] = GENERATE(table<double, milliseconds>({
        {0.0, milliseconds(minutes(54))},
        {0.5, milliseconds(minutes(60))},
        {0.999999, milliseconds(minutes(66)) - milliseconds(1)},
    }));
    CAPTURE(random);
    const auto delay = withRandom(minutes(60), random).nextDelay(0);
    CHECK(delay >= expected - milliseconds(1));
    CHECK(delay <= expected + milliseconds(1));
}

TEST_CASE("The interval IT sets is kept within 15 minutes and a day", "[refresh]")
{
    const auto [asked, kept] = GENERATE(table<minutes, minutes>({
        {minutes(1), minutes(15)},
        {minutes(15), minutes(15)},
        {minutes(240), minutes(240)},
        {minutes(10'000), minutes(1440)},
        {minutes(-5), minutes(15)},
    }));
    CHECK(RefreshPolicy(asked).interval() == kept);
}

TEST_CASE("After failures the next try backs off from a minute up to the interval", "[refresh]")
{
    const RefreshPolicy policy = withRandom(minutes(60), 0.5); // no jitter offset
    CHECK(policy.nextDelay(1) == minutes(1));
    CHECK(policy.nextDelay(2) == minutes(2));
    CHECK(policy.nextDelay(3) == minutes(4));
    CHECK(policy.nextDelay(6) == minutes(32));
    CHECK(policy.nextDelay(7) == minutes(60));
    CHECK(policy.nextDelay(1000) == minutes(60)); // never beyond the schedule, never overflowing
}

TEST_CASE("Without an injected random source the jitter still stays in bounds", "[refresh]")
{
    const RefreshPolicy policy(minutes(30));
    for (int i = 0; i < 200; ++i) {
        const auto delay = policy.nextDelay(0);
        CHECK(delay >= milliseconds(minutes(27)));
        CHECK(delay <= milliseconds(minutes(33)));
    }
}
