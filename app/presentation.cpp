#include "presentation.h"

#include <QCoreApplication>

namespace Stethoscope::App {

namespace {
// The translation context of this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Presentation)
};
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
        return Text::tr("this device");
    return source;
}

QString relativeTime(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < -120)
        return Text::tr("in the future");
    if (seconds < 60)
        return Text::tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Text::tr("%n min ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return Text::tr("%n h ago", nullptr, int(hours));
    return Text::tr("%n days ago", nullptr, int(hours / 24));
}

QString ratingTitle(Core::Rating rating)
{
    switch (rating) {
    case Core::Rating::Critical:
        return Text::tr("Action required");
    case Core::Rating::Warning:
        return Text::tr("Suggestions");
    case Core::Rating::Ok:
        return Text::tr("All good");
    case Core::Rating::Unknown:
        return Text::tr("Unknown");
    }
    return {};
}

} // namespace Stethoscope::App
