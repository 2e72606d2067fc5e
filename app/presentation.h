#pragma once

#include "device.h"
#include "practicecatalog.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Small pieces of wording shared by the report, the tray and the details window.
namespace Stethoscope::App {

// "Jamf", "LANDESK", "Google", "this device"; the id itself for anything else.
QString sourceDisplayName(const QString &source);

// "just now", "5 min ago", "3 h ago", "2 days ago", "in the future" for a clock that is ahead.
QString relativeTime(const QDateTime &then, const QDateTime &now);

// "Action required", "Suggestions", "All good", "Unknown".
QString ratingTitle(Core::Rating rating);

// What a verdict says in the practice's words: "FileVault is on" for ok, "FileVault is off"
// for nudge and warn, the practice's name otherwise; the key for a practice not in the catalog.
QString practiceTitle(const Core::Practice *practice, const QString &key,
                      Core::PracticeStatus status);

// "this Mac", "this PC", "this computer": the device that reads itself.
QString thisDeviceName(std::optional<Core::Platform> platform);

// Why two sources disagree on a practice, in words (see Core::PracticeDisagreement):
// "Jamf last reported “FileVault is off” 3 days ago; this Mac reports “FileVault is on” now —
// Jamf will catch up at its next inventory." Empty when they agree.
QString disagreementText(const Core::Practice *practice, const QString &key,
                         const Core::PracticeResult &result, std::optional<Core::Platform> platform,
                         const QDateTime &now);

// For a device whose live record joined the backends' by its host name alone
// (Core::Device::joinedByName): "Matched by its name “vm”: this computer reports no serial
// number or network address that LANDESK knows." Empty otherwise.
QString joinedByNameText(const Core::Device &device);

} // namespace Stethoscope::App
