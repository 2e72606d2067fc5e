#include "devicerecord.h"

#include "macaddress.h"

#include <algorithm>

namespace Stethoscope::Core {

bool DeviceIdentifiers::addMac(QStringView text)
{
    const auto mac = canonicalMac(text);
    if (!mac)
        return false;
    const auto at = std::lower_bound(macAddresses.begin(), macAddresses.end(), *mac);
    if (at == macAddresses.end() || *at != *mac)
        macAddresses.insert(at, *mac);
    return true;
}

} // namespace Stethoscope::Core
