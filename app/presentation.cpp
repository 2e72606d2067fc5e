#include "presentation.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stethoscope::App {

namespace {
// The translation context of this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Presentation)
};
// The details window's practice list said these first; its translations keep their context.
struct PracticeText
{
    Q_DECLARE_TR_FUNCTIONS(PracticeModel)
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

QString practiceTitle(const Core::Practice *practice, const QString &key,
                      Core::PracticeStatus status)
{
    if (!practice)
        return key;
    switch (status) {
    case Core::PracticeStatus::Ok:
        return practice->titlePassing;
    case Core::PracticeStatus::Warn:
    case Core::PracticeStatus::Nudge:
        return practice->titleFailing;
    case Core::PracticeStatus::Unknown:
    case Core::PracticeStatus::NotApplicable:
        break;
    }
    return practice->name;
}

// "this Mac", "this PC", "this computer": the device that reads itself.
QString thisDeviceName(std::optional<Core::Platform> platform)
{
    if (platform == Core::Platform::Mac)
        return PracticeText::tr("this Mac");
    if (platform == Core::Platform::Windows)
        return PracticeText::tr("this PC");
    return PracticeText::tr("this computer");
}

// Why two sources disagree, in words: the merge keeps the freshest verdict and the other
// source's differing one (see Core::PracticeDisagreement).
QString disagreementText(const Core::Practice *practice, const QString &key,
                         const Core::PracticeResult &result, std::optional<Core::Platform> platform,
                         const QDateTime &now)
{
    if (!result.disagreement)
        return {};
    const Core::PracticeDisagreement &other = *result.disagreement;
    const QString otherSource = sourceDisplayName(other.source);
    const QString otherSaid = practiceTitle(practice, key, other.status);
    const QString when = other.lastUpdated ? relativeTime(*other.lastUpdated, now) : QString();
    if (result.source == u"local") {
        const QString saysNow = practiceTitle(practice, key, result.status);
        if (when.isEmpty()) {
            //: %1 a backend ("Jamf"), %2 what it reported, %3 "this Mac", %4 what the device
            //: reports now
            return PracticeText::tr(
                       "%1 last reported “%2”; %3 reports “%4” now — %1 will catch up at "
                       "its next inventory.")
                .arg(otherSource, otherSaid, thisDeviceName(platform), saysNow);
        }
        //: %1 a backend ("Jamf"), %2 what it reported ("Firewall is off"), %3 when ("3 days
        //: ago"), %4 "this Mac", %5 what the device reports now ("Firewall is on")
        return PracticeText::tr(
                   "%1 last reported “%2” %3; %4 reports “%5” now — %1 will catch up at "
                   "its next inventory.")
            .arg(otherSource, otherSaid, when, thisDeviceName(platform), saysNow);
    }
    if (when.isEmpty()) {
        //: %1 another source ("LANDESK"), %2 what it reported ("Firewall is off")
        return PracticeText::tr("%1 reported “%2”.").arg(otherSource, otherSaid);
    }
    //: %1 another source ("LANDESK"), %2 what it reported ("Firewall is off"), %3 when
    return PracticeText::tr("%1 reported “%2” %3.").arg(otherSource, otherSaid, when);
}

QString joinedByNameText(const Core::Device &device)
{
    if (!device.joinedByName)
        return {};
    QStringList backends;
    for (const QString &source : device.sources) {
        if (source != u"local")
            backends.append(sourceDisplayName(source));
    }
    //: %1 the computer's name ("alice-laptop"), %2 "this computer", %3 the backends ("LANDESK")
    return Text::tr("Matched by its name “%1”: %2 reports no serial number or network address "
                    "that %3 knows.")
        .arg(device.name.value_or(QString()), thisDeviceName(device.platform),
             QLocale().createSeparatedList(backends));
}

} // namespace Stethoscope::App
