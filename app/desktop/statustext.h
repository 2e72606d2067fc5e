#pragma once

#include "statusview.h"

#include <QDateTime>
#include <QString>

// The sentences the tray and the details window share, so both always say the same thing.
namespace Stethoscope::Desktop {

// "All your devices follow the security practices", "2 devices need attention (1 critical)",
// "1 device has suggestions", "Checking your devices…", "Status unknown — last known 3 h ago".
QString statusSummary(const StatusView &view, const QDateTime &now);

// "Stethoscope — " + statusSummary.
QString trayToolTip(const StatusView &view, const QDateTime &now);

// "Last checked 10:42 — Jamf, Google ok; LANDESK unreachable"; "Not checked yet".
QString lastCheckedLine(const StatusView &view, const QDateTime &now);

// One sentence per backend that failed: "LANDESK couldn't be reached — showing what it reported
// yesterday at 16:20" (or "… — nothing it reported is known yet").
QStringList sourceProblems(const StatusView &view, const QDateTime &now);

// "10:42" or "10:42 AM": the locale's short time, without seconds (some locales' short format,
// such as C's, has them).
QString clockTime(const QTime &time);

// "today at 10:42", "yesterday at 16:20", "on 24 Nov at 09:10" in the locale's format.
QString dayAndTime(const QDateTime &when, const QDateTime &now);

} // namespace Stethoscope::Desktop
