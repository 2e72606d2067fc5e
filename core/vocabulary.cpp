#include "vocabulary.h"

#include "spelling.h"

namespace Stethoscope::Core {

namespace {

constexpr std::array<std::pair<Platform, const char16_t *>, 6> platforms {{
    {Platform::Mac, u"Mac"},
    {Platform::Windows, u"Windows"},
    {Platform::Linux, u"Linux"},
    {Platform::iOS, u"iOS"},
    {Platform::Android, u"Android"},
    {Platform::ChromeOS, u"ChromeOS"},
}};

constexpr std::array<std::pair<PracticeStatus, const char16_t *>, 5> statuses {{
    {PracticeStatus::Ok, u"ok"},
    {PracticeStatus::Nudge, u"nudge"},
    {PracticeStatus::Warn, u"warn"},
    {PracticeStatus::Unknown, u"unknown"},
    {PracticeStatus::NotApplicable, u"na"},
}};

constexpr std::array<std::pair<Rating, const char16_t *>, 4> ratings {{
    {Rating::Critical, u"critical"},
    {Rating::Warning, u"warning"},
    {Rating::Ok, u"ok"},
    {Rating::Unknown, u"unknown"},
}};

constexpr std::array<std::pair<RequirementLevel, const char16_t *>, 3> levels {{
    {RequirementLevel::Required, u"required"},
    {RequirementLevel::Suggested, u"suggested"},
    {RequirementLevel::Off, u"off"},
}};

} // namespace

QString platformName(Platform platform)
{
    return spell(platforms, platform);
}
std::optional<Platform> platformFromName(QStringView name)
{
    return lookup(platforms, name, Qt::CaseInsensitive);
}

QString statusName(PracticeStatus status)
{
    return spell(statuses, status);
}
std::optional<PracticeStatus> statusFromName(QStringView name)
{
    return lookup(statuses, name, Qt::CaseInsensitive);
}

QString ratingName(Rating rating)
{
    return spell(ratings, rating);
}
std::optional<Rating> ratingFromName(QStringView name)
{
    return lookup(ratings, name, Qt::CaseInsensitive);
}

QString levelName(RequirementLevel level)
{
    return spell(levels, level);
}
std::optional<RequirementLevel> levelFromName(QStringView name)
{
    return lookup(levels, name, Qt::CaseInsensitive);
}

} // namespace Stethoscope::Core
