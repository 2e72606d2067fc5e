#pragma once

#include "error.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace Stethoscope::App {

// Every configuration key, declared once: its INI name, default and whether IT may enforce
// it. Read in layers:
//
//   built-in default < user file (--config) < managed (IT) < command line (this run only)
//
// The managed layer is the platform's policy place: the key SOFTWARE\Policies\Stethoscope
// under HKLM, then HKCU, on Windows; the forced managed preferences of org.stethoscope.desktop
// on macOS; Stethoscope/stethoscope.conf in the first of $XDG_CONFIG_DIRS (default /etc/xdg)
// on Linux.
struct SettingKey
{
    const char *name; // "jamf/url"
    QVariant defaultValue;
    bool managedAllowed = true;
};

namespace Keys {
extern const SettingKey identityEmail;
extern const SettingKey authMode;
extern const SettingKey authIssuer;
extern const SettingKey authClientId;
extern const SettingKey authScopes;
extern const SettingKey tlsCaFile;
extern const SettingKey policyFile;

extern const SettingKey appRefreshMinutes; // 15–1440
extern const SettingKey appStartAtLogin;
extern const SettingKey appAllowQuit;
extern const SettingKey appHelp; // a URL or an e-mail address
extern const SettingKey notificationsDailyBudget;
extern const SettingKey notificationsQuietHours; // "22:00-07:00"
extern const SettingKey alertsMaxSnoozeDays; // 1–30
extern const SettingKey alertsKeepResolvedDays; // 1–365
extern const SettingKey feedbackUrl; // the webhook for "not my device" and friends
extern const SettingKey feedbackAuth; // none or sso
extern const SettingKey feedbackEmail; // IT's address, when there is no webhook

// The local source: this computer's own settings, read live.
extern const SettingKey localEnabled;

extern const SettingKey jamfEnabled;
extern const SettingKey jamfUrl;
extern const SettingKey jamfAuth;
extern const SettingKey jamfClientId;
extern const SettingKey jamfUsername;
extern const SettingKey jamfPageSize;

extern const SettingKey googleEnabled;
extern const SettingKey googleAuth;
extern const SettingKey googleServiceAccountFile;
extern const SettingKey googleSubject;
extern const SettingKey googleCustomer;
extern const SettingKey googleApiUrl;

extern const SettingKey landeskEnabled;
extern const SettingKey landeskUrl;
extern const SettingKey landeskAuth;
extern const SettingKey landeskUsername;
extern const SettingKey landeskFilter;
extern const SettingKey landeskQuery;
extern const SettingKey landeskTimezone;
extern const SettingKey landeskScreenLockVulnerability;
extern const SettingKey landeskAutoUpdateVulnerability;
extern const SettingKey landeskBitlockerStatusColumn;
extern const SettingKey landeskBitlockerPercentColumn;
extern const SettingKey landeskFirewallProfileColumn;
extern const SettingKey landeskFirewallEnabledColumn;
extern const SettingKey landeskOsVersionColumn;
extern const SettingKey landeskOsBuildColumn;
extern const SettingKey landeskSerialColumn;
extern const SettingKey landeskModelColumn;
extern const SettingKey landeskLastInventoryColumn;

const QList<const SettingKey *> &all();
} // namespace Keys

// "jamf/url" → "[jamf] url", as IT writes it in the INI file and as errors name it.
QString iniName(const SettingKey &key);

// Where a value comes from.
enum class SettingLayer
{
    Default,
    User,
    Managed,
    CommandLine,
};
QString settingLayerName(SettingLayer layer); // "default", "user", "managed", "command line"

class AppSettings
{
public:
    // The user layer from an INI file; an unreadable or malformed file, or an unknown key, is
    // an error.
    static Core::Result<AppSettings> fromIniFile(const QString &path);
    // Built-in defaults only.
    AppSettings();
    ~AppSettings();
    AppSettings(AppSettings &&) noexcept;
    AppSettings &operator=(AppSettings &&) noexcept;

    // IT's settings from the platform's policy place (see above); none when there are none.
    // Unknown or not enforceable keys there are ignored and listed by managedProblems().
    void loadPlatformManaged();
    // The managed layer from a file (INI) or any QSettings (tests, the platform loaders).
    void setManaged(std::unique_ptr<QSettings> managed, QString origin);
    QString managedOrigin() const { return m_managedOrigin; } // where IT's settings were read
    QStringList managedProblems() const { return m_managedProblems; }

    QVariant value(const SettingKey &key) const;
    // Whether the key was set anywhere (not just defaulted).
    bool isSet(const SettingKey &key) const;
    // IT enforces the key: the UI shows its control disabled, "Managed by your organization".
    bool isManaged(const SettingKey &key) const;
    SettingLayer layerOf(const SettingKey &key) const;
    void setOverride(const SettingKey &key, const QVariant &value); // command line, demo

    // Typed reads; a bad value is an error that names the key and what is wrong.
    QString text(const SettingKey &key) const;
    Core::Result<bool> flag(const SettingKey &key) const;
    Core::Result<int> number(const SettingKey &key, int minimum, int maximum) const;
    Core::Result<QUrl> url(const SettingKey &key, const QString &example) const;
    // One of `choices` (case-insensitive), returned in lower case.
    Core::Result<QString> choice(const SettingKey &key, const QStringList &choices) const;

    QString email() const { return text(Keys::identityEmail); }
    QString caFile() const { return text(Keys::tlsCaFile); }
    QString policyFile() const { return text(Keys::policyFile); }

private:
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_managed;
    QString m_managedOrigin;
    QStringList m_managedProblems;
    QVariantMap m_overrides;
};

} // namespace Stethoscope::App
