#pragma once

#include <QLocale>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace Stethoscope::App {

// The language asked for on the command line ("--lang de", "--lang=pt_BR"). It is read before
// the command line is parsed, because the parser's own help text is translated.
std::optional<QLocale> languageFromArguments(const QStringList &arguments);

// Installs the app's translation for the locale (English, which carries the plural forms, when
// there is none) and Qt's own (dialog buttons, shortcuts) where the system has them. Returns the
// language of the app's translation that was loaded ("de", "en"), or an empty string.
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Stethoscope::App
