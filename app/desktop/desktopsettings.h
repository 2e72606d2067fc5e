#pragma once

#include "alertinbox.h"
#include "alerttracker.h"
#include "appsettings.h"
#include "error.h"

#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Stethoscope::Desktop {

// The tray app's own settings, read and checked once at start: a bad value is an error that
// names its key, so IT learns about a typo at once rather than from a silent default.
struct DesktopSettings
{
    std::chrono::minutes refreshInterval {60};
    Core::AlertRules alertRules;
    Core::InboxRules inboxRules;
    bool allowQuit = true;
    std::optional<bool> startAtLogin; // set: enforced by IT (the managed layer)
    QString help; // a URL or an e-mail address
    std::optional<QUrl> feedbackUrl; // the webhook; none: a prepared e-mail
    bool feedbackWithSignIn = false; // [feedback] auth = sso
    QString feedbackEmail;
};

Core::Result<DesktopSettings> readDesktopSettings(const App::AppSettings &settings);

// A help target from IT: a URL, or an e-mail address (as a mailto: URL).
QUrl helpUrl(const QString &target);

} // namespace Stethoscope::Desktop
