#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Stethoscope::Core {

// A MAC address in canonical form: six upper-case hex octets joined by colons.
// Accepts "aa:bb:cc:dd:ee:ff", "AA-BB-CC-DD-EE-FF", "aabb.ccdd.eeff" and "aabbccddeeff";
// anything else is std::nullopt.
std::optional<QString> canonicalMac(QStringView text);

// Whether a canonical MAC may identify a device across backends. Randomised (locally
// administered), multicast and all-zero-OUI addresses are shared or reused between devices,
// so they are kept for display but never used to merge records.
bool isIdentityMac(QStringView canonical);

} // namespace Stethoscope::Core
