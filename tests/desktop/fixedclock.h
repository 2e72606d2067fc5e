#pragma once

// A clock that always says the same time, so that "2 h ago" in a test is exact.
#include "clock.h"

#include <QDateTime>

namespace Stethoscope::Desktop::Test {

class FixedClock final : public Core::Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace Stethoscope::Desktop::Test
