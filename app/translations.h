#pragma once

#include <QLocale>

class QCoreApplication;

namespace Stethoscope::App {

// Installs the translation for the locale (falling back to English, which carries the plural
// forms) on the application. Returns the locale name that was loaded, or an empty string.
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Stethoscope::App
