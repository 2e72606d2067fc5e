#pragma once

#include "error.h"

#include <QString>

#include <optional>

namespace Stethoscope::Desktop {

// Start at login, the way each platform does it for one user: an XDG autostart entry on Linux
// (~/.config/autostart/stethoscope.desktop), the HKCU Run key on Windows, a LaunchAgent on
// macOS. A per-machine autostart that IT installs (MSI, pkg, /etc/xdg) is separate and wins.
class Autostart
{
public:
    // `program`: the executable to start; `location`: where the entry lives (tests point it
    // elsewhere; empty means the platform's place).
    explicit Autostart(QString program, QString location = {});

    bool isEnabled() const;
    // The installer starts the app for every user of this computer (the MSI's HKLM Run value,
    // the pkg's /Library/LaunchAgents job) and the employee cannot switch that off from here.
    // On Linux a user's hidden entry switches IT's /etc/xdg one off, so this is never true there.
    bool isMachineWide() const;
    std::optional<Core::Error> setEnabled(bool enabled);
    const QString &location() const { return m_location; }

private:
    QString m_program;
    QString m_location;
};

} // namespace Stethoscope::Desktop
