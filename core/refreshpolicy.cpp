#include "refreshpolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Stethoscope::Core {

RefreshPolicy::RefreshPolicy(Minutes interval, Random random)
    : m_interval(std::clamp(interval, minimumInterval, maximumInterval))
    , m_random(random ? std::move(random)
                      : [] { return QRandomGenerator::global()->generateDouble(); })
{ }

RefreshPolicy::Milliseconds RefreshPolicy::nextDelay(int failuresInARow) const
{
    const Milliseconds interval = m_interval;
    Milliseconds base = interval;
    if (failuresInARow > 0) {
        // 1, 2, 4, 8 … minutes, up to the interval itself.
        const int doublings = std::min(failuresInARow - 1, 20);
        base = std::min<Milliseconds>(Minutes(1) * (1LL << doublings), interval);
    }
    // ±10 %, spread evenly.
    const double factor = 0.9 + 0.2 * std::clamp(m_random(), 0.0, 1.0);
    return Milliseconds(qint64(double(base.count()) * factor));
}

} // namespace Stethoscope::Core
