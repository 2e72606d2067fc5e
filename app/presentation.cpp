#include "presentation.h"

#include <QCoreApplication>

namespace Stethoscope::App {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Presentation", text, nullptr, n);
}
} // namespace

QString sourceDisplayName(const QString &source)
{
    if (source == u"jamf")
        return QStringLiteral("Jamf");
    if (source == u"landesk")
        return QStringLiteral("LANDESK");
    if (source == u"google")
        return QStringLiteral("Google");
    if (source == u"local")
        return tr("this device");
    return source;
}

QString relativeTime(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < -120)
        return tr("in the future");
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min ago", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%n h ago", int(hours));
    return tr("%n days ago", int(hours / 24));
}

QString ratingTitle(Core::Rating rating)
{
    switch (rating) {
    case Core::Rating::Critical:
        return tr("Action required");
    case Core::Rating::Warning:
        return tr("Suggestions");
    case Core::Rating::Ok:
        return tr("All good");
    case Core::Rating::Unknown:
        return tr("Unknown");
    }
    return {};
}

} // namespace Stethoscope::App
