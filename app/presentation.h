#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QString>

// Small pieces of wording shared by the report, the tray and the details window.
namespace Stethoscope::App {

// "Jamf", "LANDESK", "Google", "this device"; the id itself for anything else.
QString sourceDisplayName(const QString &source);

// "just now", "5 min ago", "3 h ago", "2 days ago", "in the future" for a clock that is ahead.
QString relativeTime(const QDateTime &then, const QDateTime &now);

// "Action required", "Suggestions", "All good", "Unknown".
QString ratingTitle(Core::Rating rating);

} // namespace Stethoscope::App
