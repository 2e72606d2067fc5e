#pragma once

#include <QDateTime>

namespace Stethoscope::Core {

// The time, injected, so that "last seen 31 days ago" and token expiry are testable.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace Stethoscope::Core
