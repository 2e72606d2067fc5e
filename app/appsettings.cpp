#include "appsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <utility>

#if defined(Q_OS_MACOS)
#include <pwd.h>
#include <unistd.h>
#endif

namespace Stethoscope::App {

using Core::Error;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

QString keyName(const SettingKey &key)
{
    return QString::fromLatin1(key.name);
}

} // namespace

namespace Keys {
// Whose devices: per employee, so never enforced by IT.
const SettingKey identityEmail {"identity/email", QString(), false};
const SettingKey authMode {"auth/mode", QStringLiteral("none")};
const SettingKey authIssuer {"auth/issuer", QString()};
const SettingKey authClientId {"auth/client_id", QString()};
const SettingKey authScopes {"auth/scopes", QStringLiteral("openid email profile offline_access")};
const SettingKey tlsCaFile {"tls/ca_file", QString()};
const SettingKey policyFile {"policy/file", QString()};

const SettingKey appRefreshMinutes {"app/refresh_minutes", 60};
const SettingKey appStartAtLogin {"app/start_at_login", true};
const SettingKey appAllowQuit {"app/allow_quit", true};
const SettingKey appHelp {"app/help", QString()};
const SettingKey notificationsDailyBudget {"notifications/daily_budget", 3};
const SettingKey notificationsQuietHours {"notifications/quiet_hours", QString()};
const SettingKey alertsMaxSnoozeDays {"alerts/max_snooze_days", 7};
const SettingKey alertsKeepResolvedDays {"alerts/keep_resolved_days", 30};
const SettingKey feedbackUrl {"feedback/url", QString()};
const SettingKey feedbackAuth {"feedback/auth", QStringLiteral("none")};
const SettingKey feedbackEmail {"feedback/email", QString()};

const SettingKey localEnabled {"local/enabled", true};

const SettingKey jamfEnabled {"jamf/enabled", false};
const SettingKey jamfUrl {"jamf/url", QString()};
const SettingKey jamfAuth {"jamf/auth", QStringLiteral("client-credentials")};
const SettingKey jamfClientId {"jamf/client_id", QString()};
const SettingKey jamfUsername {"jamf/username", QString()};
const SettingKey jamfPageSize {"jamf/page_size", 100};

const SettingKey googleEnabled {"google/enabled", false};
const SettingKey googleAuth {"google/auth", QStringLiteral("service-account")};
const SettingKey googleServiceAccountFile {"google/service_account_file", QString()};
const SettingKey googleSubject {"google/subject", QString()};
const SettingKey googleCustomer {"google/customer", QStringLiteral("my_customer")};
const SettingKey googleApiUrl {"google/api_url", QStringLiteral("https://admin.googleapis.com")};

const SettingKey landeskEnabled {"landesk/enabled", false};
const SettingKey landeskUrl {"landesk/url", QString()};
const SettingKey landeskAuth {"landesk/auth", QStringLiteral("ntlm")};
const SettingKey landeskUsername {"landesk/username", QString()};
const SettingKey landeskFilter {"landesk/filter", QString()};
const SettingKey landeskQuery {"landesk/query", QString()};
const SettingKey landeskTimezone {"landesk/timezone", QString()};
const SettingKey landeskScreenLockVulnerability {"landesk/screenlock_vulnerability", QString()};
const SettingKey landeskAutoUpdateVulnerability {"landesk/autoupdate_vulnerability", QString()};
const SettingKey landeskBitlockerStatusColumn {"landesk/bitlocker_status_column", QString()};
const SettingKey landeskBitlockerPercentColumn {"landesk/bitlocker_percent_column", QString()};
const SettingKey landeskFirewallProfileColumn {"landesk/firewall_profile_column", QString()};
const SettingKey landeskFirewallEnabledColumn {"landesk/firewall_enabled_column", QString()};
const SettingKey landeskOsVersionColumn {"landesk/os_version_column", QString()};
const SettingKey landeskOsBuildColumn {"landesk/os_build_column", QString()};
const SettingKey landeskSerialColumn {"landesk/serial_column", QString()};
const SettingKey landeskModelColumn {"landesk/model_column", QString()};
const SettingKey landeskLastInventoryColumn {"landesk/last_inventory_column", QString()};

const QList<const SettingKey *> &all()
{
    static const QList<const SettingKey *> keys {
        &identityEmail,
        &authMode,
        &authIssuer,
        &authClientId,
        &authScopes,
        &tlsCaFile,
        &policyFile,
        &appRefreshMinutes,
        &appStartAtLogin,
        &appAllowQuit,
        &appHelp,
        &notificationsDailyBudget,
        &notificationsQuietHours,
        &alertsMaxSnoozeDays,
        &alertsKeepResolvedDays,
        &feedbackUrl,
        &feedbackAuth,
        &feedbackEmail,
        &localEnabled,
        &jamfEnabled,
        &jamfUrl,
        &jamfAuth,
        &jamfClientId,
        &jamfUsername,
        &jamfPageSize,
        &googleEnabled,
        &googleAuth,
        &googleServiceAccountFile,
        &googleSubject,
        &googleCustomer,
        &googleApiUrl,
        &landeskEnabled,
        &landeskUrl,
        &landeskAuth,
        &landeskUsername,
        &landeskFilter,
        &landeskQuery,
        &landeskTimezone,
        &landeskScreenLockVulnerability,
        &landeskAutoUpdateVulnerability,
        &landeskBitlockerStatusColumn,
        &landeskBitlockerPercentColumn,
        &landeskFirewallProfileColumn,
        &landeskFirewallEnabledColumn,
        &landeskOsVersionColumn,
        &landeskOsBuildColumn,
        &landeskSerialColumn,
        &landeskModelColumn,
        &landeskLastInventoryColumn,
    };
    return keys;
}
} // namespace Keys

QString iniName(const SettingKey &key)
{
    const QString name = keyName(key);
    const auto slash = name.indexOf(u'/');
    return slash < 0 ? name : QStringLiteral("[%1] %2").arg(name.left(slash), name.mid(slash + 1));
}

AppSettings::AppSettings() = default;
AppSettings::~AppSettings() = default;
AppSettings::AppSettings(AppSettings &&) noexcept = default;
AppSettings &AppSettings::operator=(AppSettings &&) noexcept = default;

Core::Result<AppSettings> AppSettings::fromIniFile(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return Error::config(Text::tr("The configuration file %1 cannot be read.").arg(path));
    AppSettings settings;
    settings.m_user = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (settings.m_user->status() != QSettings::NoError) {
        return Error::config(
            Text::tr("The configuration file %1 is not a valid INI file.").arg(path));
    }
    // A key we do not know is most likely a typo; say so rather than ignore it.
    for (const QString &key : settings.m_user->allKeys()) {
        const bool known = std::any_of(Keys::all().begin(), Keys::all().end(),
                                       [&](const SettingKey *k) { return keyName(*k) == key; });
        if (!known) {
            return Error::config(
                Text::tr("The configuration file %1 has an unknown key \"%2\".").arg(path, key));
        }
    }
    return settings;
}

QString settingLayerName(SettingLayer layer)
{
    switch (layer) {
    case SettingLayer::Default:
        return QStringLiteral("default");
    case SettingLayer::User:
        return QStringLiteral("user");
    case SettingLayer::Managed:
        return QStringLiteral("managed");
    case SettingLayer::CommandLine:
        return QStringLiteral("command line");
    }
    return {};
}

void AppSettings::setManaged(std::unique_ptr<QSettings> managed, QString origin)
{
    m_managedProblems.clear();
    m_managed = std::move(managed);
    m_managedOrigin = std::move(origin);
    if (!m_managed)
        return;
    for (const QString &key : m_managed->allKeys()) {
        const auto found = std::find_if(Keys::all().begin(), Keys::all().end(),
                                        [&](const SettingKey *k) { return keyName(*k) == key; });
        // A typo in IT's file must not stop every laptop: it is ignored and shown in the
        // diagnostics instead.
        if (found == Keys::all().end())
            m_managedProblems.append(Text::tr("unknown key \"%1\" ignored").arg(key));
        else if (!(*found)->managedAllowed)
            m_managedProblems.append(
                Text::tr("%1 cannot be enforced; ignored").arg(iniName(**found)));
    }
}

void AppSettings::loadPlatformManaged()
{
#if defined(Q_OS_WIN)
    // Machine policies win over user policies.
    for (const auto &root :
         {QStringLiteral("HKEY_LOCAL_MACHINE"), QStringLiteral("HKEY_CURRENT_USER")}) {
        const QString path = root + QStringLiteral("\\SOFTWARE\\Policies\\Stethoscope");
        auto policies = std::make_unique<QSettings>(path, QSettings::NativeFormat);
        if (!policies->allKeys().isEmpty()) {
            setManaged(std::move(policies), path);
            return;
        }
    }
#elif defined(Q_OS_MACOS)
    // A configuration profile's forced values for the app's domain: a device profile's, else a
    // user profile's (which macOS keeps in a folder named after the user).
    const QString root = QStringLiteral("/Library/Managed Preferences/");
    const QString file = QStringLiteral("org.stethoscope.desktop.plist");
    // The account's name from the system, not from $USER, which the employee can set.
    const passwd *account = getpwuid(getuid());
    const QString user = account ? QString::fromLocal8Bit(account->pw_name) : QString();
    QStringList paths {root + file};
    if (!user.isEmpty())
        paths.append(root + user + u'/' + file);
    for (const QString &path : std::as_const(paths)) {
        if (QFileInfo::exists(path)) {
            setManaged(std::make_unique<QSettings>(path, QSettings::NativeFormat), path);
            return;
        }
    }
#else
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    for (const QString &dir : dirs.split(u':', Qt::SkipEmptyParts)) {
        const QString path = dir + QStringLiteral("/Stethoscope/stethoscope.conf");
        if (QFileInfo(path).isReadable()) {
            setManaged(std::make_unique<QSettings>(path, QSettings::IniFormat), path);
            return;
        }
    }
#endif
}

bool AppSettings::isManaged(const SettingKey &key) const
{
    return key.managedAllowed && m_managed && m_managed->contains(keyName(key));
}

SettingLayer AppSettings::layerOf(const SettingKey &key) const
{
    const QString name = keyName(key);
    if (m_overrides.contains(name))
        return SettingLayer::CommandLine;
    if (isManaged(key))
        return SettingLayer::Managed;
    if (m_user && m_user->contains(name))
        return SettingLayer::User;
    return SettingLayer::Default;
}

QVariant AppSettings::value(const SettingKey &key) const
{
    const QString name = keyName(key);
    switch (layerOf(key)) {
    case SettingLayer::CommandLine:
        return m_overrides.value(name);
    case SettingLayer::Managed:
        return m_managed->value(name);
    case SettingLayer::User:
        return m_user->value(name);
    case SettingLayer::Default:
        break;
    }
    return key.defaultValue;
}

bool AppSettings::isSet(const SettingKey &key) const
{
    return layerOf(key) != SettingLayer::Default;
}

void AppSettings::setOverride(const SettingKey &key, const QVariant &value)
{
    m_overrides.insert(keyName(key), value);
}

QString AppSettings::text(const SettingKey &key) const
{
    // QSettings reads "a, b" as a list; a text key wants it back as written.
    const QVariant v = value(key);
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", ")).trimmed();
    return v.toString().trimmed();
}

Core::Result<bool> AppSettings::flag(const SettingKey &key) const
{
    const QVariant v = value(key);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString word = text(key).toLower();
    if (word == u"true" || word == u"yes" || word == u"on" || word == u"1")
        return true;
    if (word == u"false" || word == u"no" || word == u"off" || word == u"0")
        return false;
    return Error::config(Text::tr("%1 must be true or false.").arg(iniName(key)));
}

Core::Result<int> AppSettings::number(const SettingKey &key, int minimum, int maximum) const
{
    bool ok = false;
    const int n = value(key).toInt(&ok);
    if (!ok || n < minimum || n > maximum) {
        return Error::config(Text::tr("%1 must be a whole number from %2 to %3.")
                                 .arg(iniName(key))
                                 .arg(minimum)
                                 .arg(maximum));
    }
    return n;
}

Core::Result<QUrl> AppSettings::url(const SettingKey &key, const QString &example) const
{
    const QString written = text(key);
    const QUrl url(written, QUrl::StrictMode);
    if (written.isEmpty() || !url.isValid() || url.host().isEmpty())
        return Error::config(Text::tr("%1 must be an address like %2.").arg(iniName(key), example));
    return url;
}

Core::Result<QString> AppSettings::choice(const SettingKey &key, const QStringList &choices) const
{
    const QString written = text(key).toLower();
    if (choices.contains(written))
        return written;
    return Error::config(Text::tr("%1 is \"%2\"; use %3.")
                             .arg(iniName(key), written, choices.join(QStringLiteral(", "))));
}

} // namespace Stethoscope::App
