#pragma once

#include "error.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;

namespace Stethoscope::App {

// Every configuration key, declared once: its INI name, default and whether IT may enforce
// it. Read in layers: built-in default < user file (--config, or the user's settings).
// Managed layers (registry policies, profiles, /etc/xdg) plug in here later.
struct SettingKey
{
    const char *name; // "jamf/url"
    QVariant defaultValue;
    bool managedAllowed = true;
};

namespace Keys {
extern const SettingKey identityEmail;
extern const SettingKey jamfEnabled;
extern const SettingKey jamfUrl;
extern const SettingKey jamfAuth;
extern const SettingKey jamfClientId;
extern const SettingKey jamfUsername;
extern const SettingKey jamfPageSize;
extern const SettingKey tlsCaFile;
extern const SettingKey policyFile;
const QList<const SettingKey *> &all();
} // namespace Keys

enum class JamfAuth
{
    ClientCredentials,
    Password,
    Sso
};

struct JamfSettings
{
    bool enabled = false;
    QUrl url;
    JamfAuth auth = JamfAuth::ClientCredentials;
    QString clientId;
    QString username;
    int pageSize = 100;
};

class AppSettings
{
public:
    // The user layer from an INI file; an unreadable or malformed file is an error.
    static Core::Result<AppSettings> fromIniFile(const QString &path);
    // Built-in defaults only.
    AppSettings();
    ~AppSettings();
    AppSettings(AppSettings &&) noexcept;
    AppSettings &operator=(AppSettings &&) noexcept;

    QVariant value(const SettingKey &key) const;
    void setOverride(const SettingKey &key, const QVariant &value); // command line, demo

    QString email() const;
    QString caFile() const;
    QString policyFile() const;
    // Checked, typed Jamf settings; a bad value is an error naming the key.
    Core::Result<JamfSettings> jamf() const;

private:
    std::unique_ptr<QSettings> m_user;
    QVariantMap m_overrides;
};

} // namespace Stethoscope::App
