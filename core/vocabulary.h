#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// The project's stable vocabulary: these spellings appear in the report JSON, the cache, the
// policy file and the configuration, so they never change once released.
namespace Stethoscope::Core {

enum class Platform
{
    Mac,
    Windows,
    Linux,
    iOS,
    Android,
    ChromeOS
};
inline constexpr std::array allPlatforms {Platform::Mac, Platform::Windows, Platform::Linux,
                                          Platform::iOS, Platform::Android, Platform::ChromeOS};

QString platformName(Platform platform);
// Exact, case-insensitive match of the stable names above ("mac", "IOS" …).
std::optional<Platform> platformFromName(QStringView name);

// Ordered from best to worst, so std::max picks the worse of two known verdicts.
enum class PracticeStatus
{
    NotApplicable,
    Ok,
    Unknown,
    Nudge,
    Warn
};

QString statusName(PracticeStatus status);
std::optional<PracticeStatus> statusFromName(QStringView name);

// Ordered from best to worst; an unknown device outranks a good one so that nothing unknown is
// ever summarised as green.
enum class Rating
{
    Ok,
    Unknown,
    Warning,
    Critical
};

QString ratingName(Rating rating);
std::optional<Rating> ratingFromName(QStringView name);

// How much an organisation cares about a practice: a failing `required` practice is critical,
// a failing `suggested` one is a nudge, and an `off` one is not evaluated.
enum class RequirementLevel
{
    Off,
    Suggested,
    Required
};

QString levelName(RequirementLevel level);
std::optional<RequirementLevel> levelFromName(QStringView name);

namespace PracticeKey {
inline const QString encryption = QStringLiteral("encryption");
inline const QString firewall = QStringLiteral("firewall");
inline const QString autoupdate = QStringLiteral("autoupdate");
inline const QString uptodate = QStringLiteral("uptodate");
inline const QString screenlock = QStringLiteral("screenlock");
inline const QString jailed = QStringLiteral("jailed");
inline const QString remotelogin = QStringLiteral("remotelogin");
inline const QString unknownsources = QStringLiteral("unknownsources");
inline const QString adbstatus = QStringLiteral("adbstatus");
} // namespace PracticeKey

} // namespace Stethoscope::Core
