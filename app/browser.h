#pragma once

#include <QUrl>

namespace Stethoscope::App {

// Opens a URL in the person's browser without a GUI toolkit (the command line's sign-in):
// $BROWSER when set (the first of its colon-separated commands, as xdg-open reads it), else
// the platform's opener. The tray app uses QDesktopServices instead.
bool openInBrowser(const QUrl &url);

} // namespace Stethoscope::App
