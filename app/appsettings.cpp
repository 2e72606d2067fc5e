#include "appsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

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

// "jamf/url" → "[jamf] url", as IT writes it in the INI file.
QString iniName(const SettingKey &key)
{
    const QString name = keyName(key);
    const auto slash = name.indexOf(u'/');
    return slash < 0 ? name : QStringLiteral("[%1] %2").arg(name.left(slash), name.mid(slash + 1));
}

std::optional<bool> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"yes" || text == u"on" || text == u"1")
        return true;
    if (text == u"false" || text == u"no" || text == u"off" || text == u"0")
        return false;
    return std::nullopt;
}

} // namespace

namespace Keys {
const SettingKey identityEmail {"identity/email", QString()};
const SettingKey jamfEnabled {"jamf/enabled", false};
const SettingKey jamfUrl {"jamf/url", QString()};
const SettingKey jamfAuth {"jamf/auth", QStringLiteral("client-credentials")};
const SettingKey jamfClientId {"jamf/client_id", QString()};
const SettingKey jamfUsername {"jamf/username", QString()};
const SettingKey jamfPageSize {"jamf/page_size", 100};
const SettingKey tlsCaFile {"tls/ca_file", QString()};
const SettingKey policyFile {"policy/file", QString()};

const QList<const SettingKey *> &all()
{
    static const QList<const SettingKey *> keys {&identityEmail, &jamfEnabled,  &jamfUrl,
                                                 &jamfAuth,      &jamfClientId, &jamfUsername,
                                                 &jamfPageSize,  &tlsCaFile,    &policyFile};
    return keys;
}
} // namespace Keys

AppSettings::AppSettings() = default;
AppSettings::~AppSettings() = default;
AppSettings::AppSettings(AppSettings &&) noexcept = default;
AppSettings &AppSettings::operator=(AppSettings &&) noexcept = default;

Core::Result<AppSettings> AppSettings::fromIniFile(const QString &path)
{
    if (!QFileInfo(path).isReadable()) {
        return Error::config(Text::tr("The configuration file %1 cannot be read.").arg(path));
    }
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

QVariant AppSettings::value(const SettingKey &key) const
{
    const QString name = keyName(key);
    if (m_overrides.contains(name))
        return m_overrides.value(name);
    if (m_user && m_user->contains(name))
        return m_user->value(name);
    return key.defaultValue;
}

void AppSettings::setOverride(const SettingKey &key, const QVariant &value)
{
    m_overrides.insert(keyName(key), value);
}

QString AppSettings::email() const
{
    return value(Keys::identityEmail).toString().trimmed();
}

QString AppSettings::caFile() const
{
    return value(Keys::tlsCaFile).toString().trimmed();
}

QString AppSettings::policyFile() const
{
    return value(Keys::policyFile).toString().trimmed();
}

Core::Result<JamfSettings> AppSettings::jamf() const
{
    JamfSettings jamf;
    const auto enabled = toBool(value(Keys::jamfEnabled));
    if (!enabled) {
        return Error::config(Text::tr("%1 must be true or false.").arg(iniName(Keys::jamfEnabled)));
    }
    jamf.enabled = *enabled;
    if (!jamf.enabled)
        return jamf;

    const QString url = value(Keys::jamfUrl).toString().trimmed();
    jamf.url = QUrl(url, QUrl::StrictMode);
    if (url.isEmpty() || !jamf.url.isValid() || jamf.url.host().isEmpty()) {
        return Error::config(Text::tr("%1 must be the address of the Jamf Pro server, like "
                                      "https://example.jamfcloud.com.")
                                 .arg(iniName(Keys::jamfUrl)));
    }
    const QString auth = value(Keys::jamfAuth).toString().trimmed().toLower();
    if (auth == u"client-credentials")
        jamf.auth = JamfAuth::ClientCredentials;
    else if (auth == u"password")
        jamf.auth = JamfAuth::Password;
    else if (auth == u"sso")
        jamf.auth = JamfAuth::Sso;
    else {
        return Error::config(Text::tr("%1 is \"%2\"; use client-credentials, password or sso.")
                                 .arg(iniName(Keys::jamfAuth), auth));
    }
    jamf.clientId = value(Keys::jamfClientId).toString().trimmed();
    jamf.username = value(Keys::jamfUsername).toString().trimmed();
    if (jamf.auth == JamfAuth::ClientCredentials && jamf.clientId.isEmpty()) {
        return Error::config(Text::tr("%1 is needed when %2 is client-credentials.")
                                 .arg(iniName(Keys::jamfClientId), iniName(Keys::jamfAuth)));
    }
    if (jamf.auth == JamfAuth::Password && jamf.username.isEmpty()) {
        return Error::config(Text::tr("%1 is needed when %2 is password.")
                                 .arg(iniName(Keys::jamfUsername), iniName(Keys::jamfAuth)));
    }
    bool ok = false;
    jamf.pageSize = value(Keys::jamfPageSize).toInt(&ok);
    if (!ok || jamf.pageSize < 1 || jamf.pageSize > 2000) {
        return Error::config(
            Text::tr("%1 must be a whole number from 1 to 2000.").arg(iniName(Keys::jamfPageSize)));
    }
    return jamf;
}

} // namespace Stethoscope::App
