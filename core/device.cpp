#include "device.h"

namespace Stethoscope::Core {

Rating rateDevice(const PracticeResults &practices)
{
    bool anyOk = false;
    bool anyNudge = false;
    for (const PracticeResult &result : practices) {
        switch (result.status) {
        case PracticeStatus::Warn:
            return Rating::Critical;
        case PracticeStatus::Nudge:
            anyNudge = true;
            break;
        case PracticeStatus::Ok:
            anyOk = true;
            break;
        case PracticeStatus::Unknown:
        case PracticeStatus::NotApplicable:
            break;
        }
    }
    if (anyNudge)
        return Rating::Warning;
    return anyOk ? Rating::Ok : Rating::Unknown;
}

} // namespace Stethoscope::Core
