#include "desktopsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>

namespace Stethoscope::Desktop {

using Core::Error;
using Core::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DesktopSettings)
};

// "22:00-07:00" → quiet from 22:00 until 07:00; empty → no quiet hours.
std::optional<Error> readQuietHours(const App::AppSettings &settings, Core::AlertRules &rules)
{
    const QString text = settings.text(App::Keys::notificationsQuietHours).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})$"));
    const auto match = pattern.match(text);
    const QTime from = QTime::fromString(match.captured(1), QStringLiteral("H:mm"));
    const QTime until = QTime::fromString(match.captured(2), QStringLiteral("H:mm"));
    if (!match.hasMatch() || !from.isValid() || !until.isValid()) {
        return Error::config(Text::tr("%1 must look like 22:00-07:00, not \"%2\".")
                                 .arg(App::iniName(App::Keys::notificationsQuietHours), text));
    }
    rules.quietFrom = from;
    rules.quietUntil = until;
    return std::nullopt;
}

} // namespace

Result<DesktopSettings> readDesktopSettings(const App::AppSettings &settings)
{
    DesktopSettings result;
    // Out of range is clamped to 15–1440 by the refresh policy; only nonsense is an error.
    const auto minutes = settings.number(App::Keys::appRefreshMinutes, 1, 100'000);
    if (!minutes)
        return minutes.error();
    result.refreshInterval = std::chrono::minutes(*minutes);

    const auto budget = settings.number(App::Keys::notificationsDailyBudget, 0, 100);
    if (!budget)
        return budget.error();
    result.alertRules.dailyBudget = *budget;
    if (auto error = readQuietHours(settings, result.alertRules))
        return *error;

    const auto maxSnoozeDays = settings.number(App::Keys::alertsMaxSnoozeDays, 1, 30);
    if (!maxSnoozeDays)
        return maxSnoozeDays.error();
    result.inboxRules.maxSnooze = std::chrono::hours(24 * *maxSnoozeDays);
    const auto keepResolvedDays = settings.number(App::Keys::alertsKeepResolvedDays, 1, 365);
    if (!keepResolvedDays)
        return keepResolvedDays.error();
    result.inboxRules.keepResolvedDays = *keepResolvedDays;

    const auto allowQuit = settings.flag(App::Keys::appAllowQuit);
    if (!allowQuit)
        return allowQuit.error();
    result.allowQuit = *allowQuit;
    // Enforced only by IT; otherwise the employee decides in the menu.
    if (settings.isManaged(App::Keys::appStartAtLogin)) {
        const auto startAtLogin = settings.flag(App::Keys::appStartAtLogin);
        if (!startAtLogin)
            return startAtLogin.error();
        result.startAtLogin = *startAtLogin;
    }
    result.help = settings.text(App::Keys::appHelp).trimmed();

    const auto feedbackAuth
        = settings.choice(App::Keys::feedbackAuth, {QStringLiteral("none"), QStringLiteral("sso")});
    if (!feedbackAuth)
        return feedbackAuth.error();
    result.feedbackWithSignIn = *feedbackAuth == u"sso";
    if (settings.isSet(App::Keys::feedbackUrl)) {
        const auto url = settings.url(
            App::Keys::feedbackUrl, QStringLiteral("https://it.example.com/stethoscope/feedback"));
        if (!url)
            return url.error();
        if (url->scheme() != u"https" && url->scheme() != u"http") {
            return Error::config(Text::tr("%1 must be an https:// address, not \"%2\".")
                                     .arg(App::iniName(App::Keys::feedbackUrl), url->toString()));
        }
        result.feedbackUrl = *url;
    }
    result.feedbackEmail = settings.text(App::Keys::feedbackEmail).trimmed();
    return result;
}

QUrl helpUrl(const QString &target)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s:/]+@[^@\\s/]+$"));
    if (email.match(target).hasMatch())
        return QUrl(QStringLiteral("mailto:") + target);
    return QUrl::fromUserInput(target);
}

} // namespace Stethoscope::Desktop
