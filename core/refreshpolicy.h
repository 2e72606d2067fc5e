#pragma once

#include <chrono>
#include <functional>

namespace Stethoscope::Core {

// When the next refresh is due. Pure arithmetic, so that the scheduler (a timer in the app)
// holds no rule a test could not see:
// - normally every `interval` (IT may set 15–1440 minutes; out-of-range values are clamped),
//   with ±10 % jitter so that a company's laptops do not all ask the backends in one second;
// - after failed refreshes (offline), exponential backoff from one minute, never beyond the
//   interval, so that an outage is noticed quickly once it ends without hammering meanwhile.
class RefreshPolicy
{
public:
    using Minutes = std::chrono::minutes;
    using Milliseconds = std::chrono::milliseconds;
    // A number in [0, 1): injected so that tests are exact.
    using Random = std::function<double()>;

    static constexpr Minutes minimumInterval {15};
    static constexpr Minutes maximumInterval {1440};
    static constexpr Minutes defaultInterval {60};

    explicit RefreshPolicy(Minutes interval = defaultInterval, Random random = {});

    Minutes interval() const { return m_interval; }
    // The delay before the next refresh, given how many refreshes in a row have failed.
    Milliseconds nextDelay(int failuresInARow) const;

private:
    Minutes m_interval;
    Random m_random;
};

} // namespace Stethoscope::Core
