#pragma once

#include "appsettings.h"

#include <QString>

namespace Stethoscope::App {

// The effective settings for a helpdesk ticket, one line per key with the layer it came from:
//   [jamf] url = https://example.jamfcloud.com (managed)
// followed by where IT's settings were read and what in them was ignored. Settings never hold
// a secret (those live in the keychain), so nothing needs redacting; values that look like a
// URL with credentials in it are redacted all the same.
QString settingsReport(const AppSettings &settings);

} // namespace Stethoscope::App
