#pragma once

#include "alertinbox.h"
#include "reporteddevices.h"
#include "snapshot.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QString>

#include <optional>

// What the tray, the menu and the details window show: the current snapshot (fresh, or the
// last known one from the cache) and whether the employee is waiting for a check.
namespace Stethoscope::Desktop {

struct StatusView
{
    // Drives the tray, the notifications and the summary: the devices the employee reported
    // to IT are left out (see Core::withoutReported). generatedAt is invalid before anything
    // is known.
    Core::Snapshot snapshot;
    // The devices reported to IT ("This isn't my device", "I no longer use this device"), as
    // last known: listed in the details window as "reported to IT", never driving the state.
    QList<Core::Device> reported;
    QList<Core::DeviceReport> reports; // why and when each was reported
    // The alerts inbox, newest first.
    QList<Core::InboxAlert> alerts;
    bool checking = false; // a refresh the employee is waiting for (first start, Check now)
    bool fromCache = false; // loaded from the cache at start; no refresh has finished since

    bool hasSnapshot() const { return snapshot.generatedAt.isValid(); }
    int openAlerts() const;
};

// The five looks of the tray icon; each has its own glyph and wording, not only a colour.
enum class TrayState
{
    AllGood, // every device follows every practice
    Suggestions, // some suggested practice is not followed (nudge)
    ActionRequired, // some required practice is not followed (warn)
    Unknown, // nothing known, or no backend could be reached: the last known status, with its age
    Checking, // the employee is waiting for a check and nothing is known yet, or asked for it
};

// Checking when checking; Unknown when nothing is known or no enabled backend answered;
// otherwise from the overall rating (critical → ActionRequired, warning → Suggestions,
// ok → AllGood, unknown → Unknown).
TrayState trayState(const StatusView &view);

// The platform of the computer the app runs on (deep links are offered only for it).
std::optional<Core::Platform> currentPlatform();

} // namespace Stethoscope::Desktop
