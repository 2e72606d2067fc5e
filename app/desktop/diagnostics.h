#pragma once

#include "statusview.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace Stethoscope::Desktop {

// What "Copy diagnostics" reports, gathered by the app.
struct DiagnosticsInput
{
    StatusView view;
    bool trayAvailable = false;
    QString notificationChannel; // "freedesktop", "tray"
    bool signInEnabled = false;
    QString email; // the signed-in or configured employee; empty when signed out
    QString setupProblem; // why no refresh can run, if so
    bool refreshing = false;
    std::optional<std::chrono::milliseconds> nextRefresh;
    int failuresInARow = 0;
    std::optional<QDateTime> snoozedUntil;
    int pendingFeedback = 0; // device reports waiting to reach IT
    QString cachePath;
    QDateTime now;
};

// A short plain-text report for a helpdesk ticket: versions, platform, channels, sign-in,
// each backend's last state and error, the schedule and the cache. It is built only from
// `input`, which holds no secret, so it holds none either. Not translated: IT reads it.
QString diagnosticsText(const DiagnosticsInput &input);

} // namespace Stethoscope::Desktop
