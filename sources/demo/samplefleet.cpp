#include "samplefleet.h"

#include "devicemerger.h"
#include "jsonreader.h"
#include "macaddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <algorithm>

namespace Stethoscope::Sources {

using namespace Core;

namespace {

const QStringList backends {QStringLiteral("jamf"), QStringLiteral("landesk"),
                            QStringLiteral("google")};

struct Setting
{
    const char16_t *name; // key in the fleet's "state"
    const QString &practice;
    bool onIsGood; // "firewall": true is good; "remote_login": true is not
};

const Setting settings[] = {
    {u"encrypted", PracticeKey::encryption, true},
    {u"firewall", PracticeKey::firewall, true},
    {u"auto_update", PracticeKey::autoupdate, true},
    {u"screen_lock", PracticeKey::screenlock, true},
    {u"compromised", PracticeKey::jailed, false},
    {u"remote_login", PracticeKey::remotelogin, false},
    {u"unknown_sources", PracticeKey::unknownsources, false},
    {u"usb_debugging", PracticeKey::adbstatus, false},
};

// Which settings each backend reports for a platform, as the real APIs do.
QStringList visibleSettings(const QString &backend, Platform platform)
{
    const auto list = [](std::initializer_list<const char16_t *> names) {
        QStringList result;
        for (const auto *name : names)
            result.append(QString::fromUtf16(name));
        return result;
    };
    if (backend == u"jamf" && platform == Platform::Mac)
        return list({u"encrypted", u"firewall", u"auto_update", u"screen_lock", u"remote_login"});
    if (backend == u"jamf" && platform == Platform::iOS)
        return list({u"encrypted", u"screen_lock", u"compromised"});
    if (backend == u"landesk" && platform == Platform::Windows)
        return list({u"encrypted", u"firewall", u"auto_update", u"screen_lock", u"remote_login"});
    // The EPM agent's vulnerability scan on Linux: the screen lock and automatic updates.
    if (backend == u"landesk" && platform == Platform::Linux)
        return list({u"screen_lock", u"auto_update"});
    if (backend == u"google" && platform == Platform::Android)
        return list(
            {u"encrypted", u"screen_lock", u"compromised", u"unknown_sources", u"usb_debugging"});
    if (backend == u"google" && platform == Platform::iOS)
        return list({u"encrypted", u"screen_lock", u"compromised"});
    if (backend == u"google" && platform == Platform::ChromeOS)
        return list({u"compromised"});
    return {};
}

std::optional<QString> text(const QJsonObject &object, const char16_t *key)
{
    const QJsonValue value = object.value(QString::fromUtf16(key));
    return value.isString() ? std::optional(value.toString()) : std::nullopt;
}

Observation observe(const QJsonValue &value, bool onIsGood, Platform platform)
{
    if (value.isObject()) {
        const int percent = value.toObject().value(QStringLiteral("encrypting")).toInt();
        const QString what
            = platform == Platform::Mac ? QStringLiteral("FileVault") : QStringLiteral("BitLocker");
        return {Observation::State::InProgress,
                QCoreApplication::translate("SampleFleet", "%1 is still encrypting (%2 %).")
                    .arg(what)
                    .arg(percent),
                {}};
    }
    const bool passing = value.toBool() == onIsGood;
    return {passing ? Observation::State::Passing : Observation::State::Failing, {}, {}};
}

DeviceRecord recordFor(const QJsonObject &device, const QString &backend, const QJsonObject &seen,
                       const QDateTime &now)
{
    DeviceRecord record;
    record.source = backend;
    record.recordId = seen.value(QStringLiteral("id")).toString();
    record.name = text(device, u"name");
    record.model = text(device, u"model");
    record.manufacturer = text(device, u"manufacturer");
    record.platform = platformFromName(device.value(QStringLiteral("platform")).toString());
    record.osName = text(device, u"os");
    record.osVersion = text(device, u"os_version");
    record.osBuild = text(device, u"os_build");
    record.lastSync = now.addSecs(-qint64(seen.value(QStringLiteral("hours_ago")).toInt()) * 3600);
    record.ids.serial = text(device, u"serial");
    record.ids.udid = text(device, u"udid");
    record.ids.imei = text(device, u"imei");
    if (backend == u"google")
        record.ids.googleDeviceId = record.recordId;
    for (const QJsonValue mac : device.value(QStringLiteral("macs")).toArray())
        record.ids.addMac(mac.toString());

    const QJsonObject state = device.value(QStringLiteral("state")).toObject();
    const QStringList visible
        = record.platform ? visibleSettings(backend, *record.platform) : QStringList();
    for (const Setting &setting : settings) {
        const QString name = QString::fromUtf16(setting.name);
        if (visible.contains(name) && state.contains(name)) {
            record.observations.insert(setting.practice,
                                       observe(state.value(name), setting.onIsGood,
                                               record.platform.value_or(Platform::Linux)));
        }
    }
    if (device.contains(QStringLiteral("software")) && backend != u"google") {
        QList<InstalledSoftware> software;
        for (const QJsonValue app : device.value(QStringLiteral("software")).toArray()) {
            const QJsonObject o = app.toObject();
            software.append({o.value(QStringLiteral("name")).toString(),
                             o.value(QStringLiteral("bundle_id")).toString(),
                             o.value(QStringLiteral("version")).toString()});
        }
        record.software = software;
    }
    return record;
}

} // namespace

Result<SampleFleet> SampleFleet::fromJson(QByteArrayView json)
{
    const QString document = QCoreApplication::translate("SampleFleet", "The demo fleet");
    auto root = JsonReader::parseObject(json, document, Error::Category::Parse);
    if (!root)
        return root.error();
    JsonReader reader(document);
    SampleFleet fleet;
    fleet.m_employees = reader.array(*root, {}, QStringLiteral("employees")).value_or(QJsonArray());
    fleet.m_devices = reader.array(*root, {}, QStringLiteral("devices")).value_or(QJsonArray());
    if (reader.failed())
        return reader.error(Error::Category::Parse);
    return fleet;
}

SampleFleet SampleFleet::builtin()
{
    QFile file(QStringLiteral(":/stethoscope/demo/fleet.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The demo fleet is missing from the program's resources");
    auto fleet = fromJson(file.readAll());
    if (!fleet)
        qFatal("The demo fleet is invalid: %s", qPrintable(fleet.error().message));
    return std::move(fleet).value();
}

bool SampleFleet::addThisComputer(const Core::DeviceRecord &identity, const QString &owner)
{
    const bool identifiable = (identity.ids.serial && isIdentitySerial(*identity.ids.serial))
        || std::any_of(identity.ids.macAddresses.begin(), identity.ids.macAddresses.end(),
                       [](const QString &mac) { return isIdentityMac(mac); })
        || !hostNameKey(identity.name.value_or(QString())).isEmpty();
    if (!identifiable || !identity.platform)
        return false;
    const Platform platform = *identity.platform;
    const bool mac = platform == Platform::Mac;
    QJsonArray macs;
    for (const QString &address : identity.ids.macAddresses)
        macs.append(address);
    QJsonObject device {
        {QStringLiteral("owner"), owner},
        {QStringLiteral("name"), identity.name.value_or(QStringLiteral("this-computer"))},
        {QStringLiteral("platform"), platformName(platform)},
        {QStringLiteral("macs"), macs},
        {QStringLiteral("seen_by"),
         QJsonObject {{mac ? QStringLiteral("jamf") : QStringLiteral("landesk"),
                       QJsonObject {{QStringLiteral("id"),
                                     mac ? QStringLiteral("900")
                                         : QStringLiteral("{0C0FFEE0-"
                                                          "0000-4000-"
                                                          "8000-"
                                                          "000000000900}")},
                                    {QStringLiteral("hours_ago"), 72}}}}},
    };
    if (identity.ids.serial)
        device.insert(QStringLiteral("serial"), *identity.ids.serial);
    switch (platform) {
    case Platform::Mac:
        device.insert(QStringLiteral("os"), QStringLiteral("macOS"));
        device.insert(
            QStringLiteral("state"),
            QJsonObject {{QStringLiteral("encrypted"), false}, {QStringLiteral("firewall"), true}});
        break;
    case Platform::Windows:
        device.insert(QStringLiteral("os"), QStringLiteral("Windows 11 Enterprise"));
        device.insert(
            QStringLiteral("state"),
            QJsonObject {{QStringLiteral("encrypted"), false}, {QStringLiteral("firewall"), true}});
        device.insert(QStringLiteral("landesk"),
                      QJsonObject {{QStringLiteral("firewall_profiles"),
                                    QJsonArray {QStringLiteral("Domain"), QStringLiteral("Private"),
                                                QStringLiteral("Public")}}});
        break;
    default:
        device.insert(QStringLiteral("os"), identity.osName.value_or(QStringLiteral("Linux")));
        device.insert(QStringLiteral("state"),
                      QJsonObject {{QStringLiteral("screen_lock"), false}});
        break;
    }
    m_devices.append(device);
    return true;
}

QStringList SampleFleet::employees() const
{
    QStringList emails;
    for (const QJsonValue employee : m_employees)
        emails.append(employee.toObject().value(QStringLiteral("email")).toString());
    return emails;
}

QList<SourceResult> SampleFleet::resultsFor(const QString &email, const QDateTime &now) const
{
    QList<SourceResult> results;
    for (const QString &backend : backends) {
        QList<DeviceRecord> records;
        for (const QJsonValue value : m_devices) {
            const QJsonObject device = value.toObject();
            if (device.value(QStringLiteral("owner"))
                    .toString()
                    .compare(email, Qt::CaseInsensitive))
                continue;
            const QJsonValue seen
                = device.value(QStringLiteral("seen_by")).toObject().value(backend);
            if (seen.isObject())
                records.append(recordFor(device, backend, seen.toObject(), now));
        }
        results.append(SourceResult {backend, records, now});
    }
    return results;
}

QList<QJsonObject> SampleFleet::devicesSeenBy(const QString &backend) const
{
    QList<QJsonObject> devices;
    for (const QJsonValue value : m_devices) {
        const QJsonObject device = value.toObject();
        if (device.value(QStringLiteral("seen_by")).toObject().value(backend).isObject())
            devices.append(device);
    }
    return devices;
}

QString SampleFleet::employeeName(const QString &email) const
{
    for (const QJsonValue value : m_employees) {
        const QJsonObject employee = value.toObject();
        if (employee.value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive)
            == 0)
            return employee.value(QStringLiteral("name")).toString();
    }
    return {};
}

} // namespace Stethoscope::Sources
