#pragma once

#include <QUrl>

namespace Stethoscope::App {

// Opens a URL in the person's browser from the command line, without a GUI application:
// $BROWSER when set (the first of its colon-separated commands, as xdg-open reads it), else
// the platform's opener.
bool openInBrowser(const QUrl &url);

// Opens a URL through QDesktopServices: the desktop's default browser in a GUI application,
// or whatever handler the app (or a test) registered with QDesktopServices::setUrlHandler.
bool openInDesktopBrowser(const QUrl &url);

} // namespace Stethoscope::App
