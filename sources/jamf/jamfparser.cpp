#include "jamfparser.h"

#include "jsonreader.h"
#include "net/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace Stethoscope::Sources::Jamf {

using namespace Core;
using namespace JsonFields;

namespace {

// The translation context of this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JamfParser)
};

const QString jamf = QStringLiteral("jamf");

// The lenient field readers (text, flag, number, rfc3339 …) come from net/jsonfields.h.

// Jamf documents ids as strings ("17"), but older servers and some proxies send numbers.
std::optional<QString> identifier(const QJsonObject &object, QLatin1String key)
{
    if (const auto value = text(object, key))
        return value;
    if (const auto value = number(object, key))
        return QString::number(*value);
    return std::nullopt;
}

std::optional<QDateTime> later(std::optional<QDateTime> a, std::optional<QDateTime> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::max(*a, *b);
}

// The envelope shared by every paged Jamf Pro endpoint: {"totalCount": N, "results": [...]}.
struct Envelope
{
    QJsonArray results;
    qint64 totalCount = 0;
};

Result<Envelope> readEnvelope(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::parse(Text::tr("Jamf sent an answer that is not valid JSON (%1 at byte %2).")
                                .arg(parseError.errorString())
                                .arg(parseError.offset),
                            QStringLiteral("%1 bytes").arg(json.size()));
    }
    if (!document.isObject()) {
        return Error::parse(Text::tr("Jamf sent an answer that is not a JSON object; expected "
                                     "an inventory page with \"totalCount\" and \"results\"."));
    }
    const QJsonObject root = document.object();
    const QJsonValue results = root.value(QLatin1String("results"));
    if (!results.isArray()) {
        return Error::parse(Text::tr("Jamf sent an inventory page without a \"results\" list."));
    }
    Envelope envelope;
    envelope.results = results.toArray();
    const QJsonValue total = root.value(QLatin1String("totalCount"));
    if (total.isUndefined() || total.isNull()) {
        // Every documented server sends it; without it the best guess is "this page is all".
        envelope.totalCount = envelope.results.size();
    } else if (const auto count = number(root, QLatin1String("totalCount")); count && *count >= 0) {
        envelope.totalCount = std::max<qint64>(*count, envelope.results.size());
    } else {
        return Error::parse(
            Text::tr("Jamf sent an inventory page whose \"totalCount\" is not a count."));
    }
    return envelope;
}

// --- Computers --------------------------------------------------------------------------------

void readFileVault(const QJsonObject &computer, DeviceRecord &record)
{
    const QJsonObject boot = section(section(computer, QLatin1String("diskEncryption")),
                                     QLatin1String("bootPartitionEncryptionDetails"));
    const auto state = text(boot, QLatin1String("partitionFileVault2State"));
    if (!state)
        return;
    const auto percent = number(boot, QLatin1String("partitionFileVault2Percent"));
    if (*state == u"ENCRYPTED") {
        observe(record, PracticeKey::encryption, Observation::State::Passing);
    } else if (*state == u"ENCRYPTING" || *state == u"RESTART_NEEDED" || *state == u"OPTIMIZING") {
        QString details;
        if (*state == u"RESTART_NEEDED")
            details = Text::tr("FileVault will finish turning on after a restart.");
        else if (percent && *percent >= 0 && *percent <= 100)
            details = Text::tr("FileVault is still encrypting (%1 %).").arg(*percent);
        else
            details = Text::tr("FileVault is still encrypting.");
        observe(record, PracticeKey::encryption, Observation::State::InProgress, details);
    } else {
        // UNENCRYPTED, DECRYPTING, ENCRYPTING_PAUSED, INELIGIBLE, UNKNOWN and anything newer: the
        // disk is not (or no longer) protected, and a grader must not guess otherwise.
        observe(record, PracticeKey::encryption, Observation::State::Failing,
                Text::tr("Jamf reports FileVault as %1.").arg(*state));
    }
}

// Extension attributes a Jamf administrator defined, in the v1/v3 inventory shape
// {"name": …, "values": ["…"]}. They may sit at the top level (section EXTENSION_ATTRIBUTES)
// or inside the section they are displayed in, so every place is searched.
QList<QJsonArray> extensionAttributeLists(const QJsonObject &computer)
{
    QList<QJsonArray> lists {computer.value(QLatin1String("extensionAttributes")).toArray()};
    for (const char *name :
         {"general", "hardware", "operatingSystem", "userAndLocation", "purchasing"}) {
        lists.append(section(computer, QLatin1String(name))
                         .value(QLatin1String("extensionAttributes"))
                         .toArray());
    }
    return lists;
}

// The first value of the first attribute named in `names` (in the order of `names`).
std::optional<QString> extensionAttribute(const QList<QJsonArray> &lists, const QStringList &names)
{
    for (const QString &wanted : names) {
        for (const QJsonArray &list : lists) {
            for (const QJsonValue entry : list) {
                const QJsonObject attribute = entry.toObject();
                const auto name = text(attribute, QLatin1String("name"));
                if (!name || name->compare(wanted, Qt::CaseInsensitive) != 0)
                    continue;
                for (const QJsonValue value : attribute.value(QLatin1String("values")).toArray()) {
                    if (value.isString() && !value.toString().trimmed().isEmpty())
                        return value.toString().trimmed();
                }
                return std::nullopt; // the attribute exists but has no value yet
            }
        }
    }
    return std::nullopt;
}

std::optional<bool> yesNo(const std::optional<QString> &value)
{
    if (!value)
        return std::nullopt;
    const QString v = value->toLower();
    for (const char *yes : {"true", "yes", "enabled", "on", "1"}) {
        if (v == QLatin1String(yes))
            return true;
    }
    for (const char *no : {"false", "no", "disabled", "off", "0"}) {
        if (v == QLatin1String(no))
            return false;
    }
    return std::nullopt; // free text such as "Not installed": not a verdict
}

void readSettings(const QJsonObject &computer, const ExtensionAttributeNames &names,
                  DeviceRecord &record)
{
    const QJsonObject security = section(computer, QLatin1String("security"));
    if (const auto firewall = flag(security, QLatin1String("firewallEnabled")))
        observe(record, PracticeKey::firewall, passingIf(*firewall));

    const QList<QJsonArray> attributes = extensionAttributeLists(computer);
    if (const auto lock = yesNo(extensionAttribute(attributes, names.screenLock)))
        observe(record, PracticeKey::screenlock, passingIf(*lock));
    if (const auto update = yesNo(extensionAttribute(attributes, names.autoUpdate)))
        observe(record, PracticeKey::autoupdate, passingIf(*update));

    // Remote login covers SSH (no native field: an extension attribute) and Screen Sharing /
    // Remote Management (security.remoteDesktopEnabled). Either one on is failing; passing
    // needs SSH known to be off, because remote desktop being off says nothing about SSH.
    const auto ssh = yesNo(extensionAttribute(attributes, names.remoteLogin));
    const auto desktop = flag(security, QLatin1String("remoteDesktopEnabled"));
    if (desktop.value_or(false)) {
        observe(record, PracticeKey::remotelogin, Observation::State::Failing,
                Text::tr("Screen Sharing or Remote Management is on."));
    } else if (ssh) {
        observe(record, PracticeKey::remotelogin, passingIf(!*ssh),
                *ssh ? Text::tr("Remote Login (SSH) is on.") : QString());
    }
}

void readLists(const QJsonObject &computer, DeviceRecord &record)
{
    const QJsonValue applications = computer.value(QLatin1String("applications"));
    if (applications.isArray()) {
        QList<InstalledSoftware> software;
        for (const QJsonValue value : applications.toArray()) {
            const QJsonObject app = value.toObject();
            const auto name = text(app, QLatin1String("name"));
            const auto bundleId = text(app, QLatin1String("bundleId"));
            if (!name && !bundleId)
                continue;
            software.append({name.value_or(QString()), bundleId.value_or(QString()),
                             text(app, QLatin1String("version")).value_or(QString())});
        }
        record.software = software;
    }
    const QJsonValue services = computer.value(QLatin1String("services"));
    if (services.isArray()) {
        QStringList names;
        for (const QJsonValue value : services.toArray()) {
            if (const auto name = text(value.toObject(), QLatin1String("name")))
                names.append(*name);
        }
        record.services = names;
    }
    // softwareUpdates lists updates that are available; it says nothing about whether automatic
    // updates are on, and "up to date" is judged from the OS version, so it is not read.
}

std::optional<DeviceRecord> readComputer(const QJsonObject &computer,
                                         const ExtensionAttributeNames &names)
{
    const auto id = identifier(computer, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    DeviceRecord record;
    record.source = jamf;
    record.recordId = *id;
    // Jamf Pro's computer inventory holds only Macs.
    record.platform = Platform::Mac;

    const QJsonObject general = section(computer, QLatin1String("general"));
    const QJsonObject hardware = section(computer, QLatin1String("hardware"));
    const QJsonObject os = section(computer, QLatin1String("operatingSystem"));
    record.name = text(general, QLatin1String("name"));
    record.model = text(hardware, QLatin1String("model"));
    record.manufacturer = text(hardware, QLatin1String("make")).value_or(QStringLiteral("Apple"));
    record.osName = text(os, QLatin1String("name"));
    record.osVersion = text(os, QLatin1String("version"));
    record.osBuild = text(os, QLatin1String("build"));
    record.lastSync = later(rfc3339(general, QLatin1String("reportDate")),
                            rfc3339(general, QLatin1String("lastContactTime")));
    record.ids.serial = text(hardware, QLatin1String("serialNumber"));
    record.ids.udid = text(computer, QLatin1String("udid"));
    for (const char *key : {"macAddress", "altMacAddress"}) {
        if (const auto mac = text(hardware, QLatin1String(key)))
            record.ids.addMac(*mac);
    }
    readFileVault(computer, record);
    readSettings(computer, names, record);
    readLists(computer, record);
    return record;
}

// --- Mobile devices ---------------------------------------------------------------------------

// The paged /detail answer groups fields in sections; the single-device v2 shape keeps some at
// the top level or under "ios". The first place that has the field wins.
QList<QJsonObject> places(const QJsonObject &device, QLatin1String sectionName)
{
    return {section(device, sectionName),
            section(section(device, QLatin1String("ios")), sectionName), device};
}

std::optional<QString> textIn(const QList<QJsonObject> &objects, QLatin1String key)
{
    for (const QJsonObject &object : objects) {
        if (const auto value = text(object, key))
            return value;
    }
    return std::nullopt;
}

std::optional<bool> flagIn(const QList<QJsonObject> &objects, QLatin1String key)
{
    for (const QJsonObject &object : objects) {
        if (const auto value = flag(object, key))
            return value;
    }
    return std::nullopt;
}

void readMobileSecurity(const QJsonObject &device, DeviceRecord &record)
{
    const QList<QJsonObject> security = places(device, QLatin1String("security"));
    if (const auto dataProtected = flagIn(security, QLatin1String("dataProtected"))) {
        observe(record, PracticeKey::encryption, passingIf(*dataProtected),
                *dataProtected ? QString()
                               : Text::tr("Data protection is off: set a passcode to turn it on."));
    }
    const auto present = flagIn(security, QLatin1String("passcodePresent"));
    const auto compliant = flagIn(security, QLatin1String("passcodeCompliant"));
    if (present == false) {
        observe(record, PracticeKey::screenlock, Observation::State::Failing,
                Text::tr("No passcode is set."));
    } else if (compliant == false) {
        observe(record, PracticeKey::screenlock, Observation::State::Failing,
                Text::tr("The passcode does not meet your organization's requirements."));
    } else if (present == true) {
        observe(record, PracticeKey::screenlock, Observation::State::Passing);
    }
    if (const auto jailbroken = flagIn(security, QLatin1String("jailBreakDetected"))) {
        observe(record, PracticeKey::jailed, passingIf(!*jailbroken),
                *jailbroken ? Text::tr("Jamf detected a jailbreak.") : QString());
    }
}

std::optional<DeviceRecord> readMobileDevice(const QJsonObject &device)
{
    auto id = identifier(device, QLatin1String("mobileDeviceId"));
    if (!id)
        id = identifier(device, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    DeviceRecord record;
    record.source = jamf;
    record.recordId = *id;

    const QList<QJsonObject> general = places(device, QLatin1String("general"));
    const QList<QJsonObject> hardware = places(device, QLatin1String("hardware"));
    const QList<QJsonObject> network = places(device, QLatin1String("network"));

    // Jamf also manages Apple TVs (tvOS), which have no place among our platforms.
    const auto type = text(device, QLatin1String("deviceType"));
    if (!type || type->compare(u"iOS", Qt::CaseInsensitive) == 0
        || type->compare(u"iPadOS", Qt::CaseInsensitive) == 0) {
        record.platform = Platform::iOS;
    }
    record.manufacturer = QStringLiteral("Apple");
    record.name = textIn(general, QLatin1String("displayName"));
    if (!record.name)
        record.name = textIn(general, QLatin1String("name"));
    record.model = textIn(hardware, QLatin1String("model"));
    record.osName = record.platform ? std::optional(QStringLiteral("iOS")) : type;
    record.osVersion = textIn(general, QLatin1String("osVersion"));
    record.osBuild = textIn(general, QLatin1String("osBuild"));
    std::optional<QDateTime> inventory;
    for (const char *key : {"lastInventoryUpdateDate", "lastInventoryUpdateTimestamp"}) {
        if (const auto value = textIn(general, QLatin1String(key)))
            inventory = later(inventory, fromRfc3339(*value));
    }
    record.lastSync = inventory;

    record.ids.serial = textIn(hardware, QLatin1String("serialNumber"));
    record.ids.udid = textIn(general, QLatin1String("udid"));
    record.ids.imei = textIn(network, QLatin1String("imei"));
    record.ids.meid = textIn(network, QLatin1String("meid"));
    for (const char *key : {"wifiMacAddress", "bluetoothMacAddress"}) {
        if (const auto mac = textIn(hardware, QLatin1String(key)))
            record.ids.addMac(*mac);
    }
    readMobileSecurity(device, record);
    return record;
}

// A page whose envelope is sound is read entry by entry. An entry that is not an object or has
// no id is skipped: it cannot be told apart from other records, and failing the whole page for
// it would hide every other device of the employee. Inside an entry, a field of the wrong type
// counts as not reported (see the helpers above).
template<typename ReadOne> Result<Page> readPage(QByteArrayView json, ReadOne readOne)
{
    auto envelope = readEnvelope(json);
    if (!envelope)
        return envelope.error();
    Page page;
    page.totalCount = envelope->totalCount;
    for (const QJsonValue value : std::as_const(envelope->results)) {
        if (!value.isObject())
            continue;
        if (auto record = readOne(value.toObject()))
            page.records.append(std::move(*record));
    }
    return page;
}

} // namespace

ExtensionAttributeNames ExtensionAttributeNames::defaults()
{
    ExtensionAttributeNames names;
    names.screenLock
        = {QStringLiteral("Screen Lock Enabled"), QStringLiteral("Screensaver Password Required"),
           QStringLiteral("Screen Saver Password Required")};
    names.autoUpdate
        = {QStringLiteral("Automatic Updates Enabled"), QStringLiteral("Auto Update Enabled"),
           QStringLiteral("Automatic Software Updates")};
    names.remoteLogin = {QStringLiteral("Remote Login Enabled"), QStringLiteral("SSH Enabled"),
                         QStringLiteral("Remote Login")};
    return names;
}

Result<Page> parseComputersPage(QByteArrayView json, const ExtensionAttributeNames &names)
{
    return readPage(
        json, [&names](const QJsonObject &computer) { return readComputer(computer, names); });
}

Result<Page> parseMobileDevicesPage(QByteArrayView json)
{
    return readPage(json, [](const QJsonObject &device) { return readMobileDevice(device); });
}

} // namespace Stethoscope::Sources::Jamf
