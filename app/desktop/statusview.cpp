#include "statusview.h"

#include <algorithm>

namespace Stethoscope::Desktop {

TrayState trayState(const StatusView &view)
{
    if (view.checking)
        return TrayState::Checking;
    if (!view.hasSnapshot())
        return TrayState::Unknown;
    const auto &sources = view.snapshot.sources;
    const bool anyEnabled = std::any_of(sources.begin(), sources.end(), [](const auto &source) {
        return source.state != Core::SourceStatus::State::Disabled;
    });
    const bool anyAnswered = std::any_of(sources.begin(), sources.end(), [](const auto &source) {
        return source.state == Core::SourceStatus::State::Ok;
    });
    // Nobody answered: whatever the last known status was, it is not today's truth.
    if (anyEnabled && !anyAnswered)
        return TrayState::Unknown;
    switch (view.snapshot.overall) {
    case Core::Rating::Critical:
        return TrayState::ActionRequired;
    case Core::Rating::Warning:
        return TrayState::Suggestions;
    case Core::Rating::Ok:
        return TrayState::AllGood;
    case Core::Rating::Unknown:
        break;
    }
    return TrayState::Unknown;
}

int StatusView::openAlerts() const
{
    return int(std::count_if(alerts.begin(), alerts.end(), [](const Core::InboxAlert &alert) {
        return alert.state == Core::InboxAlert::State::Open;
    }));
}

std::optional<Core::Platform> currentPlatform()
{
#if defined(Q_OS_MACOS)
    return Core::Platform::Mac;
#elif defined(Q_OS_WIN)
    return Core::Platform::Windows;
#elif defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    return Core::Platform::Linux;
#else
    return std::nullopt;
#endif
}

} // namespace Stethoscope::Desktop
