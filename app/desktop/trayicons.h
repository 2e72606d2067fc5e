#pragma once

#include "statusview.h"

#include <QIcon>

namespace Stethoscope::Desktop {

// The tray icon of each state, drawn from the SVG sources in resources/icons/ at every size
// a tray asks for (crisp at 100 % … 300 %).
enum class IconStyle
{
    Colour, // outlined colour glyphs that read on light and dark taskbars (Windows, Linux)
    Template, // monochrome masks that macOS tints for the menu bar
};

// The style this platform's tray wants.
IconStyle platformIconStyle();

QIcon trayIcon(TrayState state, IconStyle style = platformIconStyle());

// The application icon (window title bars, the about box).
QIcon applicationIcon();

// A small badge for a device's rating (the device list) and for a practice's status.
QIcon ratingIcon(Core::Rating rating);
QIcon practiceStatusIcon(Core::PracticeStatus status);
QIcon platformIcon(std::optional<Core::Platform> platform);

} // namespace Stethoscope::Desktop
