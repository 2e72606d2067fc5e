#pragma once

#include "devicerecord.h"
#include "error.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace Stethoscope::Sources::Jamf {

// Jamf has no native inventory field for some practices; organisations report them through
// computer extension attributes. These are the attribute names looked for, first match wins
// (compared case-insensitively). Configurable; the defaults are common names.
struct ExtensionAttributeNames
{
    QStringList screenLock;
    QStringList autoUpdate;
    QStringList remoteLogin;

    static ExtensionAttributeNames defaults();
};

// One page of a Jamf Pro inventory answer.
struct Page
{
    QList<Core::DeviceRecord> records; // source "jamf", recordId = the Jamf id
    qint64 totalCount = 0; // "totalCount" of the whole result, over all pages
};

// Pure parsers: bytes of one page → records. Never touch the network; never crash or hang on
// any input (they are fuzzed). A field that is missing or null is "not reported"; a section
// that is missing leaves its practices unknown.
//
// GET /api/v3/computers-inventory (and /api/v1/…, same shape) with sections GENERAL, HARDWARE,
// OPERATING_SYSTEM, DISK_ENCRYPTION, SECURITY, APPLICATIONS, SERVICES, SOFTWARE_UPDATES,
// EXTENSION_ATTRIBUTES, USER_AND_LOCATION.
Core::Result<Page> parseComputersPage(QByteArrayView json,
                                      const ExtensionAttributeNames &names
                                      = ExtensionAttributeNames::defaults());

// GET /api/v2/mobile-devices/detail
Core::Result<Page> parseMobileDevicesPage(QByteArrayView json);

} // namespace Stethoscope::Sources::Jamf
