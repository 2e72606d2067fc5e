#include "catch.h"

#include "appsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace Stethoscope::App;

namespace {

QString writeIni(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    return path;
}

// Sets an environment variable for one scope.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("Managed beats user beats default; the command line is for one run", "[settings]")
{
    QTemporaryDir dir;
    auto loaded = AppSettings::fromIniFile(writeIni(
        dir, QStringLiteral("user.ini"),
        "[jamf]\nurl=https://user.example.com\npage_size=50\n[app]\nrefresh_minutes=30\n"));
    REQUIRE(loaded);
    AppSettings settings = std::move(loaded).value();
    const QString managedPath
        = writeIni(dir, QStringLiteral("managed.conf"),
                   "[jamf]\nurl=https://it.example.com\n[app]\nallow_quit=false\n");
    settings.setManaged(std::make_unique<QSettings>(managedPath, QSettings::IniFormat),
                        managedPath);

    CHECK(settings.text(Keys::jamfUrl) == u"https://it.example.com");
    CHECK(settings.layerOf(Keys::jamfUrl) == SettingLayer::Managed);
    CHECK(settings.isManaged(Keys::jamfUrl));
    CHECK(settings.number(Keys::jamfPageSize, 1, 2000).value() == 50);
    CHECK(settings.layerOf(Keys::jamfPageSize) == SettingLayer::User);
    CHECK_FALSE(settings.isManaged(Keys::jamfPageSize));
    CHECK(settings.text(Keys::googleCustomer) == u"my_customer");
    CHECK(settings.layerOf(Keys::googleCustomer) == SettingLayer::Default);
    CHECK(settings.flag(Keys::appAllowQuit).value() == false);
    CHECK(settings.managedProblems().isEmpty());

    settings.setOverride(Keys::jamfUrl, QStringLiteral("http://127.0.0.1:8080"));
    CHECK(settings.layerOf(Keys::jamfUrl) == SettingLayer::CommandLine);
    CHECK(settings.text(Keys::jamfUrl) == u"http://127.0.0.1:8080");
}

TEST_CASE("A typo or a per-employee key in IT's file is ignored and reported, never fatal",
          "[settings]")
{
    QTemporaryDir dir;
    AppSettings settings;
    const QString path
        = writeIni(dir, QStringLiteral("managed.conf"),
                   "[jamf]\nulr=https://typo.example.com\n[identity]\nemail=boss@example.com\n");
    settings.setManaged(std::make_unique<QSettings>(path, QSettings::IniFormat), path);
    CHECK(settings.managedProblems().size() == 2);
    CHECK(settings.managedProblems().join(u'\n').contains(u"jamf/ulr"));
    CHECK(settings.managedProblems().join(u'\n').contains(u"[identity] email"));
    CHECK_FALSE(settings.isManaged(Keys::identityEmail));
    CHECK(settings.email().isEmpty());
}

#if defined(Q_OS_LINUX)
TEST_CASE("On Linux, IT's file is Stethoscope/stethoscope.conf in the XDG config dirs",
          "[settings]")
{
    QTemporaryDir first;
    QTemporaryDir second;
    QDir(second.path()).mkpath(QStringLiteral("Stethoscope"));
    writeIni(second, QStringLiteral("Stethoscope/stethoscope.conf"),
             "[app]\nrefresh_minutes=120\n");
    const ScopedEnvironment dirs("XDG_CONFIG_DIRS", (first.path() + u':' + second.path()).toUtf8());
    AppSettings settings;
    settings.loadPlatformManaged();
    CHECK(settings.managedOrigin()
          == second.filePath(QStringLiteral("Stethoscope/stethoscope.conf")));
    CHECK(settings.number(Keys::appRefreshMinutes, 15, 1440).value() == 120);
    CHECK(settings.isManaged(Keys::appRefreshMinutes));

    const ScopedEnvironment none("XDG_CONFIG_DIRS", first.path().toUtf8());
    AppSettings unmanaged;
    unmanaged.loadPlatformManaged();
    CHECK(unmanaged.managedOrigin().isEmpty());
    CHECK_FALSE(unmanaged.isManaged(Keys::appRefreshMinutes));
}
#endif
