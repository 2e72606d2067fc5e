#pragma once

#include "devicerecord.h"
#include "error.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Stethoscope::Sources::Google {

// One page of a Directory API device listing.
struct Page
{
    QList<Core::DeviceRecord> records; // source "google"
    QString nextPageToken; // empty on the last page
    int dropped = 0; // devices the search returned that belong to someone else
};

// An Android device whose security patch level is older than this fails "uptodate": Android
// vendors ship patches monthly, so three missed months means the device stopped getting them
// (or is not being updated). A recent patch level says nothing; the OS version bracket decides.
inline constexpr int patchLevelMaxAgeDays = 90;

// Pure parsers: bytes of one page → the employee's records. They never touch the network and
// never crash or hang on any input (they are fuzzed). An empty string, like a missing field,
// means "not reported".
//
// Google's search is fuzzy (email:alice also finds alicia@…), so only devices that really
// belong to `email` are kept: mobile devices whose email[] holds it (case-insensitively),
// Chromebooks whose most recent user (recentUsers[0], else annotatedUser) is the employee.
// `now` judges the patch level and the ChromeOS auto-update expiration.
//
// GET …/customer/{customer}/devices/mobile?projection=FULL → {"mobiledevices": [...],
// "nextPageToken"}; the array is absent when there are none.
Core::Result<Page> parseMobilePage(QByteArrayView json, const QString &email, const QDateTime &now);

// GET …/customer/{customer}/devices/chromeos?projection=FULL → {"chromeosdevices": [...],
// "nextPageToken"}.
Core::Result<Page> parseChromeOsPage(QByteArrayView json, const QString &email,
                                     const QDateTime &now);

} // namespace Stethoscope::Sources::Google
