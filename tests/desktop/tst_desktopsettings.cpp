#include "catch.h"

#include "desktopsettings.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace Stethoscope;
using namespace std::chrono_literals;

namespace {

App::AppSettings fromIni(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    auto settings = App::AppSettings::fromIniFile(path);
    REQUIRE(settings);
    return std::move(settings).value();
}

} // namespace

TEST_CASE("The tray app's defaults", "[desktopsettings]")
{
    const auto settings = Desktop::readDesktopSettings(App::AppSettings());
    REQUIRE(settings);
    CHECK(settings->refreshInterval == 60min);
    CHECK(settings->alertRules.dailyBudget == 3);
    CHECK_FALSE(settings->alertRules.quietFrom.has_value());
    CHECK(settings->inboxRules.maxSnooze == 24h * 7);
    CHECK(settings->allowQuit);
    CHECK_FALSE(settings->startAtLogin.has_value()); // the employee's choice
    CHECK_FALSE(settings->feedbackUrl.has_value());
}

TEST_CASE("IT's values are read, and a bad one names its key", "[desktopsettings]")
{
    QTemporaryDir dir;
    const auto settings = Desktop::readDesktopSettings(fromIni(dir,
                                                               "[app]\n"
                                                               "refresh_minutes=30\n"
                                                               "allow_quit=false\n"
                                                               "start_at_login=true\n"
                                                               "help=it@example.com\n"
                                                               "[notifications]\n"
                                                               "quiet_hours=22:00-07:30\n"
                                                               "[alerts]\n"
                                                               "max_snooze_days=1\n"
                                                               "[feedback]\n"
                                                               "url=https://it.example.com/fb\n"
                                                               "auth=sso\n"));
    REQUIRE(settings);
    CHECK(settings->refreshInterval == 30min);
    CHECK_FALSE(settings->allowQuit);
    CHECK(settings->alertRules.quietFrom == QTime(22, 0));
    CHECK(settings->alertRules.quietUntil == QTime(7, 30));
    CHECK(settings->inboxRules.maxSnooze == 24h);
    CHECK(settings->feedbackUrl == QUrl(QStringLiteral("https://it.example.com/fb")));
    CHECK(settings->feedbackWithSignIn);
    CHECK(Desktop::helpUrl(settings->help) == QUrl(QStringLiteral("mailto:it@example.com")));
    CHECK(Desktop::helpUrl(QStringLiteral("https://help.example.com"))
          == QUrl(QStringLiteral("https://help.example.com")));

    const auto [text, key] = GENERATE(table<const char *, const char *>({
        {"[notifications]\nquiet_hours=late\n", "[notifications] quiet_hours"},
        {"[alerts]\nmax_snooze_days=90\n", "[alerts] max_snooze_days"},
        {"[feedback]\nauth=password\n", "[feedback] auth"},
        {"[feedback]\nurl=ftp://it.example.com\n", "[feedback] url"},
        {"[app]\nallow_quit=maybe\n", "[app] allow_quit"},
    }));
    QTemporaryDir badDir;
    const auto bad = Desktop::readDesktopSettings(fromIni(badDir, text));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QString::fromUtf8(key)));
}
