#include "googleparser.h"

#include "jsonreader.h"
#include "net/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Stethoscope::Sources::Google {

using namespace Core;
using namespace JsonFields;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GoogleParser)
};

const QString google = QStringLiteral("google");

// Google sends these times as milliseconds since the epoch, in a string ("1735689600000").
std::optional<QDateTime> milliseconds(const QJsonObject &object, QLatin1String key)
{
    const auto value = text(object, key);
    bool ok = false;
    const qint64 ms = value ? value->toLongLong(&ok) : 0;
    // Zero is Google's "never"; beyond year 9999 is garbage.
    if (!ok || ms <= 0 || ms > 253402300799000LL)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Maps one of Google's fixed status words to a verdict; any other word says nothing.
void observeWord(DeviceRecord &record, const QString &practice, const std::optional<QString> &word,
                 std::initializer_list<const char *> passing,
                 std::initializer_list<const char *> failing)
{
    if (!word)
        return;
    const auto matches = [&word](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(), [&word](const char *candidate) {
            return word->compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0;
        });
    };
    const QString details = Text::tr("Google reports “%1”.").arg(word->left(80));
    if (matches(passing))
        observe(record, practice, Observation::State::Passing, details);
    else if (matches(failing))
        observe(record, practice, Observation::State::Failing, details);
}

Result<QJsonArray> readDevices(QByteArrayView json, QLatin1String arrayKey, QString &nextPageToken)
{
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::parse(
            Text::tr("Google sent an answer that is not valid JSON (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            QStringLiteral("%1 bytes").arg(json.size()));
    }
    if (!document.isObject()) {
        return Error::parse(
            Text::tr("Google sent an answer that is not a JSON object; expected a device list."));
    }
    const QJsonObject root = document.object();
    const QJsonValue devices = root.value(arrayKey);
    // Google leaves the array out when nothing matched.
    if (!devices.isUndefined() && !devices.isNull() && !devices.isArray()) {
        return Error::parse(
            Text::tr("Google sent a device list whose \"%1\" is not an array.").arg(arrayKey));
    }
    nextPageToken = root.value(QStringLiteral("nextPageToken")).toString();
    return devices.toArray();
}

bool sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

std::optional<Platform> mobilePlatform(const QJsonObject &device)
{
    const QString type = text(device, QLatin1String("type")).value_or(QString());
    const QString os = text(device, QLatin1String("os")).value_or(QString());
    if (type == u"ANDROID" || os.startsWith(u"Android", Qt::CaseInsensitive))
        return Platform::Android;
    if (type == u"IOS_SYNC" || os.startsWith(u"iOS", Qt::CaseInsensitive)
        || os.startsWith(u"iPadOS", Qt::CaseInsensitive))
        return Platform::iOS;
    return std::nullopt;
}

// "Android 14" → "14", "iOS 17.2" → "17.2"; releaseVersion wins where present.
std::optional<QString> mobileVersion(const QJsonObject &device)
{
    if (auto release = text(device, QLatin1String("releaseVersion")))
        return release;
    const auto os = text(device, QLatin1String("os"));
    if (!os)
        return std::nullopt;
    const QString version = os->section(u' ', 1).trimmed();
    return version.isEmpty() ? std::nullopt : std::optional(version);
}

void observeAndroidOnly(DeviceRecord &record, const QJsonObject &device, const QDateTime &now)
{
    const int major = record.osVersion ? record.osVersion->section(u'.', 0, 0).toInt() : 0;
    // From Android 8 on, installing from unknown sources is a per-app permission and Google's
    // device-wide flag no longer means anything.
    if (const auto unknownSources = flag(device, QLatin1String("unknownSourcesStatus"));
        unknownSources && major < 8) { // 0: version unknown
        observe(record, PracticeKey::unknownsources, passingIf(!*unknownSources),
                *unknownSources ? Text::tr("Apps from unknown sources are allowed.")
                                : Text::tr("Apps from unknown sources are blocked."));
    }
    if (const auto adb = flag(device, QLatin1String("adbStatus"))) {
        QString details
            = *adb ? Text::tr("USB debugging is on.") : Text::tr("USB debugging is off.");
        // Developer options alone are no risk, but they are what USB debugging hides behind.
        if (flag(device, QLatin1String("developerOptionsStatus")).value_or(false))
            details += u' ' + Text::tr("Developer options are on.");
        observe(record, PracticeKey::adbstatus, passingIf(!*adb), details);
    }
    if (const auto patched = milliseconds(device, QLatin1String("securityPatchLevel"));
        patched && patched->daysTo(now) > patchLevelMaxAgeDays) {
        observe(record, PracticeKey::uptodate, Observation::State::Failing,
                Text::tr("Security patch level %1 is older than %2 days.")
                    .arg(patched->date().toString(Qt::ISODate))
                    .arg(patchLevelMaxAgeDays));
    }
}

DeviceRecord mobileRecord(const QJsonObject &device, const QDateTime &now)
{
    DeviceRecord record;
    record.source = google;
    const auto resourceId = text(device, QLatin1String("resourceId"));
    const auto deviceId = text(device, QLatin1String("deviceId"));
    record.recordId = resourceId.value_or(deviceId.value_or(QString()));
    const QStringList names = strings(device, QLatin1String("name"));
    if (!names.isEmpty())
        record.name = names.first();
    record.model = text(device, QLatin1String("model"));
    record.manufacturer = text(device, QLatin1String("manufacturer"));
    if (!record.manufacturer)
        record.manufacturer = text(device, QLatin1String("brand"));
    record.platform = mobilePlatform(device);
    if (record.platform)
        record.osName = platformName(*record.platform);
    record.osVersion = mobileVersion(device);
    record.osBuild = text(device, QLatin1String("buildNumber"));
    record.lastSync = rfc3339(device, QLatin1String("lastSync"));

    record.ids.serial = text(device, QLatin1String("serialNumber"));
    // Google groups IMEI digits with spaces ("35 678910 456321 8"); other backends do not.
    const auto digits = [](std::optional<QString> value) -> std::optional<QString> {
        if (value)
            value->remove(u' ');
        return value;
    };
    record.ids.imei = digits(text(device, QLatin1String("imei")));
    record.ids.meid = digits(text(device, QLatin1String("meid")));
    if (const auto mac = text(device, QLatin1String("wifiMacAddress")))
        record.ids.addMac(*mac);
    record.ids.googleDeviceId = deviceId ? deviceId : resourceId;

    observeWord(record, PracticeKey::jailed, text(device, QLatin1String("deviceCompromisedStatus")),
                {"No compromise detected"}, {"Compromise detected"});
    observeWord(record, PracticeKey::encryption, text(device, QLatin1String("encryptionStatus")),
                {"Encrypted"}, {"Unencrypted", "Not encrypted"});
    observeWord(record, PracticeKey::screenlock,
                text(device, QLatin1String("devicePasswordStatus")), {"On"}, {"Off"});
    if (record.platform == Platform::Android)
        observeAndroidOnly(record, device, now);
    return record;
}

DeviceRecord chromeOsRecord(const QJsonObject &device, const QDateTime &now)
{
    DeviceRecord record;
    record.source = google;
    const auto deviceId = text(device, QLatin1String("deviceId"));
    record.recordId = deviceId.value_or(QString());
    record.name = text(device, QLatin1String("annotatedAssetId"));
    record.model = text(device, QLatin1String("model"));
    record.platform = Platform::ChromeOS;
    record.osName = platformName(Platform::ChromeOS);
    record.osVersion = text(device, QLatin1String("osVersion"));
    record.osBuild = text(device, QLatin1String("platformVersion"));
    record.lastSync = rfc3339(device, QLatin1String("lastSync"));
    record.ids.serial = text(device, QLatin1String("serialNumber"));
    record.ids.googleDeviceId = deviceId;
    for (const char *key : {"macAddress", "ethernetMacAddress"}) {
        if (const auto mac = text(device, QLatin1String(key)))
            record.ids.addMac(*mac);
    }
    observeWord(record, PracticeKey::jailed, text(device, QLatin1String("bootMode")), {"Verified"},
                {"Dev"});
    // Past its auto-update expiration a Chromebook gets no more security fixes, however
    // recent its version is today.
    auto expires = milliseconds(device, QLatin1String("autoUpdateExpiration"));
    if (!expires) {
        if (const auto through = text(device, QLatin1String("autoUpdateThrough")))
            expires = fromRfc3339(*through);
    }
    if (expires && *expires <= now) {
        observe(record, PracticeKey::uptodate, Observation::State::Failing,
                Text::tr("This Chromebook no longer receives updates (since %1).")
                    .arg(expires->date().toString(Qt::ISODate)));
    }
    return record;
}

QString recentUser(const QJsonObject &device)
{
    const QJsonArray users = device.value(QStringLiteral("recentUsers")).toArray();
    if (!users.isEmpty()) {
        const QString email = users.first().toObject().value(QStringLiteral("email")).toString();
        if (!email.trimmed().isEmpty())
            return email.trimmed();
    }
    return text(device, QLatin1String("annotatedUser")).value_or(QString());
}

} // namespace

Result<Page> parseMobilePage(QByteArrayView json, const QString &email, const QDateTime &now)
{
    Page page;
    const auto devices = readDevices(json, QLatin1String("mobiledevices"), page.nextPageToken);
    if (!devices)
        return devices.error();
    for (const QJsonValue value : *devices) {
        const QJsonObject device = value.toObject();
        const QStringList owners = strings(device, QLatin1String("email"));
        const bool theirs = std::any_of(owners.begin(), owners.end(), [&email](const QString &o) {
            return sameAddress(o, email);
        });
        if (!theirs) {
            ++page.dropped;
            continue;
        }
        page.records.append(mobileRecord(device, now));
    }
    return page;
}

Result<Page> parseChromeOsPage(QByteArrayView json, const QString &email, const QDateTime &now)
{
    Page page;
    const auto devices = readDevices(json, QLatin1String("chromeosdevices"), page.nextPageToken);
    if (!devices)
        return devices.error();
    for (const QJsonValue value : *devices) {
        const QJsonObject device = value.toObject();
        if (!sameAddress(recentUser(device), email)) {
            ++page.dropped;
            continue;
        }
        page.records.append(chromeOsRecord(device, now));
    }
    return page;
}

} // namespace Stethoscope::Sources::Google
