#include "landeskparser.h"

#include "landeskxml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Stethoscope::Sources::Landesk {

using namespace Core;
using Xml::normalise;
using Xml::Row;
using Xml::value;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LandeskParser)
};

std::optional<QString> present(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(trimmed);
}

Machine machineFrom(const Row &row)
{
    Machine machine;
    machine.guid = value(row, {"guid", "deviceguid", "computerguid"});
    machine.name = present(value(row, {"devicename", "computerdevicename", "name", "displayname"}));
    machine.mac = present(
        value(row, {"macaddress", "nicaddress", "computernetworknicaddress", "physicaladdress"}));
    machine.osName = present(value(row, {"osname", "computerosname", "operatingsystem"}));
    return machine;
}

// Columns compare without quotes, spaces and case: "Computer"."OS"."Name" ~ Computer.OS.Name.
QString columnKey(const QString &definition)
{
    QString result;
    for (const QChar c : definition) {
        if (c.isLetterOrNumber() || c == u'.')
            result += c.toLower();
    }
    return result;
}

QStringList valuesOf(const ColumnValues &data, const QString &column)
{
    QStringList result;
    if (column.isEmpty())
        return result;
    const QString wanted = columnKey(column);
    for (const auto &[name, text] : data) {
        if (columnKey(name) == wanted)
            result.append(text.trimmed());
    }
    return result;
}

std::optional<QString> firstOf(const ColumnValues &data, const QString &column)
{
    for (const QString &text : valuesOf(data, column)) {
        if (!text.isEmpty())
            return text;
    }
    return std::nullopt;
}

// Yes/no words of the inventory; none for anything else.
std::optional<bool> onOff(const QString &text)
{
    const QString word = normalise(text);
    static const QStringList on {QStringLiteral("on"),        QStringLiteral("enabled"),
                                 QStringLiteral("true"),      QStringLiteral("1"),
                                 QStringLiteral("yes"),       QStringLiteral("protectionon"),
                                 QStringLiteral("encrypted"), QStringLiteral("fullyencrypted"),
                                 QStringLiteral("detected"),  QStringLiteral("vulnerable")};
    static const QStringList off {QStringLiteral("off"),          QStringLiteral("disabled"),
                                  QStringLiteral("false"),        QStringLiteral("0"),
                                  QStringLiteral("no"),           QStringLiteral("protectionoff"),
                                  QStringLiteral("notencrypted"), QStringLiteral("fullydecrypted"),
                                  QStringLiteral("notdetected"),  QStringLiteral("clean")};
    if (on.contains(word))
        return true;
    if (off.contains(word))
        return false;
    return std::nullopt;
}

std::optional<double> percentOf(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    bool ok = false;
    const double percent = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && percent >= 0 && percent <= 100 ? std::optional(percent) : std::nullopt;
}

void observe(DeviceRecord &record, const QString &practice, Observation::State state,
             QString details = {})
{
    record.observations.insert(practice, Observation {state, std::move(details), {}});
}

// One drive: its protection status and how far encryption got.
std::optional<Observation> bitlockerDrive(const QString &status, const QString &percentText)
{
    const auto percent = percentOf(percentText);
    const QString word = normalise(status);
    if (word.contains(u"decrypt"))
        return Observation {Observation::State::Failing, Text::tr("BitLocker is decrypting."), {}};
    const bool encrypting = word.contains(u"encrypting") || word.contains(u"inprogress");
    if (encrypting || (percent && *percent > 0 && *percent < 100)) {
        const QString details = percent
            ? Text::tr("BitLocker is still encrypting (%1 %).").arg(qRound(*percent))
            : Text::tr("BitLocker is still encrypting.");
        return Observation {Observation::State::InProgress, details, {}};
    }
    const auto on = onOff(status);
    if (on == true && (!percent || *percent >= 100))
        return Observation {Observation::State::Passing, {}, {}};
    if (on == false || (status.isEmpty() && percent && *percent == 0))
        return Observation {Observation::State::Failing, Text::tr("BitLocker is off."), {}};
    if (status.isEmpty())
        return std::nullopt;
    return Observation {Observation::State::Failing,
                        Text::tr("LANDESK reports BitLocker as \"%1\".").arg(status.left(80)),
                        {}};
}

void readBitlocker(const ColumnValues &data, const ColumnNames &columns, DeviceRecord &record)
{
    const QStringList statuses = valuesOf(data, columns.bitlockerStatus);
    const QStringList percents = valuesOf(data, columns.bitlockerPercent);
    std::optional<Observation> worst;
    for (qsizetype i = 0; i < std::max(statuses.size(), percents.size()); ++i) {
        const auto drive = bitlockerDrive(statuses.value(i), percents.value(i));
        // Failing outranks encrypting, which outranks protected: every drive must be protected.
        if (drive && (!worst || int(drive->state) > int(worst->state)))
            worst = drive;
    }
    if (worst)
        record.observations.insert(PracticeKey::encryption, *worst);
}

void readFirewall(const ColumnValues &data, const ColumnNames &columns, DeviceRecord &record)
{
    const QStringList names = valuesOf(data, columns.firewallProfile);
    const QStringList states = valuesOf(data, columns.firewallEnabled);
    QStringList off;
    bool any = false;
    for (qsizetype i = 0; i < states.size(); ++i) {
        const auto on = onOff(states[i]);
        if (!on)
            continue;
        any = true;
        if (!*on) {
            const QString name = names.value(i);
            off.append(name.isEmpty() ? Text::tr("profile %1").arg(i + 1) : name);
        }
    }
    if (!any)
        return;
    if (off.isEmpty()) {
        observe(record, PracticeKey::firewall, Observation::State::Passing);
    } else {
        observe(
            record, PracticeKey::firewall, Observation::State::Failing,
            Text::tr("The Windows Firewall is off for: %1.").arg(off.join(QStringLiteral(", "))));
    }
}

// "10.0" + "26100" + "2314" (or "10.0.26100" + "26100.2314") → 10.0.26100.2314.
void readOsVersion(const ColumnValues &data, const ColumnNames &columns, DeviceRecord &record)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    const auto numbers = [](const QString &text) {
        QStringList parts = text.split(u'.');
        for (const QString &part : parts) {
            if (!digits.match(part).hasMatch())
                return QStringList();
        }
        return parts;
    };
    const QStringList version = numbers(firstOf(data, columns.osVersion).value_or(QString()));
    QStringList build = numbers(firstOf(data, columns.osBuild).value_or(QString()));
    const QStringList ubr = numbers(firstOf(data, columns.osUpdateRevision).value_or(QString()));
    if (build.size() == 1 && ubr.size() == 1)
        build += ubr;
    if (!build.isEmpty() && build.size() <= 2)
        record.osBuild = build.join(u'.');
    if (version.size() >= 2) {
        QStringList full = version.mid(0, 2);
        full += build.isEmpty() ? version.mid(2) : build;
        record.osVersion = full.join(u'.');
    }
}

bool isSevere(const Vulnerability &v)
{
    const QString severity = normalise(v.severity);
    return (severity == u"critical" || severity == u"high")
        && normalise(v.type) == u"vulnerability";
}

void readVulnerabilities(const QList<Vulnerability> &list, const VulnerabilityIds &ids,
                         DeviceRecord &record)
{
    const auto setting = [&](const QString &id, const QString &practice) {
        for (const Vulnerability &v : list) {
            if (id.isEmpty() || v.id.compare(id, Qt::CaseInsensitive) != 0)
                continue;
            if (v.detected.value_or(true)) {
                observe(record, practice, Observation::State::Failing,
                        Text::tr("LANDESK detected %1: %2").arg(v.id, v.title));
            } else {
                observe(record, practice, Observation::State::Passing);
            }
            return;
        }
    };
    setting(ids.screenLock, PracticeKey::screenlock);
    setting(ids.autoUpdate, PracticeKey::autoupdate);

    if (list.isEmpty())
        return; // no scan result: patch level not reported
    QStringList missing;
    for (const Vulnerability &v : list) {
        if (v.detected.value_or(true) && isSevere(v))
            missing.append(v.title.isEmpty() ? v.id : v.title);
    }
    if (missing.isEmpty()) {
        observe(record, PracticeKey::uptodate, Observation::State::Passing);
    } else {
        observe(record, PracticeKey::uptodate, Observation::State::Failing,
                Text::tr("Missing critical or high security updates: %1.")
                    .arg(missing.join(QStringLiteral("; "))));
    }
}

QString severityName(const QString &text)
{
    // The MBSDK sends severity codes on some versions (1 critical, 2 high, 3 medium, 4 low).
    static const QStringList codes {QString(), QStringLiteral("Critical"), QStringLiteral("High"),
                                    QStringLiteral("Medium"), QStringLiteral("Low")};
    bool ok = false;
    const int code = text.toInt(&ok);
    return ok ? codes.value(code) : text;
}

} // namespace

ColumnNames ColumnNames::defaults()
{
    ColumnNames c;
    c.deviceName = QStringLiteral(R"("Computer"."Device Name")");
    c.osName = QStringLiteral(R"("Computer"."OS"."Name")");
    c.osVersion = QStringLiteral(R"("Computer"."OS"."Version")");
    c.osBuild = QStringLiteral(R"("Computer"."OS"."Build Number")");
    c.osUpdateRevision = QStringLiteral(R"("Computer"."OS"."Update Build Revision")");
    c.serial = QStringLiteral(R"("Computer"."BIOS"."Serial Number")");
    c.model = QStringLiteral(R"("Computer"."System"."Model")");
    c.manufacturer = QStringLiteral(R"("Computer"."System"."Manufacturer")");
    c.macAddress = QStringLiteral(R"("Computer"."Network"."NIC Address")");
    c.lastInventory = QStringLiteral(R"("Computer"."Last Updated by Inventory Server")");
    c.bitlockerStatus
        = QStringLiteral(R"("Computer"."Security"."BitLocker"."Drive"."Protection Status")");
    c.bitlockerPercent
        = QStringLiteral(R"("Computer"."Security"."BitLocker"."Drive"."Percentage Encrypted")");
    c.firewallProfile
        = QStringLiteral(R"("Computer"."Network"."Windows Firewall"."Profile"."Name")");
    c.firewallEnabled
        = QStringLiteral(R"("Computer"."Network"."Windows Firewall"."Profile"."Enabled")");
    return c;
}

QList<QString> ColumnNames::all() const
{
    QList<QString> result;
    for (const QString &c : {deviceName, osName, osVersion, osBuild, osUpdateRevision, serial,
                             model, manufacturer, macAddress, lastInventory, bitlockerStatus,
                             bitlockerPercent, firewallProfile, firewallEnabled}) {
        if (!c.isEmpty())
            result.append(c);
    }
    return result;
}

Result<QList<Machine>> parseMachineList(QByteArrayView xml)
{
    auto root = Xml::read(xml);
    if (!root)
        return root.error();
    QList<Machine> machines;
    for (const Row &row :
         Xml::rows(*root, {QStringLiteral("guid"), QStringLiteral("deviceguid")})) {
        Machine machine = machineFrom(row);
        // "Unassigned" marks a device record that has no agent behind it yet.
        if (!machine.guid.isEmpty() && machine.guid.compare(u"Unassigned", Qt::CaseInsensitive))
            machines.append(std::move(machine));
    }
    return machines;
}

Result<QList<Machine>> parseQueryMachines(QByteArrayView xml, const QString &email,
                                          const QString &username)
{
    auto root = Xml::read(xml);
    if (!root)
        return root.error();
    const auto isEmployee = [&](const QString &cell) {
        const QString text = cell.trimmed();
        if (text.isEmpty())
            return false;
        const QString user = text.section(u'\\', -1);
        return text.compare(email, Qt::CaseInsensitive) == 0
            || (!username.isEmpty() && user.compare(username, Qt::CaseInsensitive) == 0);
    };
    QList<Machine> machines;
    for (const Row &row :
         Xml::rows(*root, {QStringLiteral("guid"), QStringLiteral("deviceguid")})) {
        if (std::none_of(row.cbegin(), row.cend(), isEmployee))
            continue;
        Machine machine = machineFrom(row);
        if (!machine.guid.isEmpty())
            machines.append(std::move(machine));
    }
    return machines;
}

Result<ColumnValues> parseMachineData(QByteArrayView xml)
{
    auto root = Xml::read(xml);
    if (!root)
        return root.error();
    ColumnValues values;
    for (const Row &row : Xml::rows(*root, {QStringLiteral("value")})) {
        const QString column = value(row, {"key", "column", "columnname", "name"});
        if (!column.isEmpty())
            values.append({column, row.value(QStringLiteral("value"))});
    }
    return values;
}

Result<QList<Vulnerability>> parseVulnerabilities(QByteArrayView xml)
{
    auto root = Xml::read(xml);
    if (!root)
        return root.error();
    QList<Vulnerability> list;
    for (const Row &row : Xml::rows(*root,
                                    {QStringLiteral("vulid"), QStringLiteral("vulnerabilityid"),
                                     QStringLiteral("vulnid")})) {
        Vulnerability v;
        v.id = value(row, {"vulid", "vulnerabilityid", "vulnid"}).trimmed();
        v.title = value(row, {"title", "name"}).trimmed();
        v.severity = severityName(value(row, {"severity", "severityname"}).trimmed());
        v.type = value(row, {"type", "typename", "vulnerabilitytype"}).trimmed();
        const QString detected = value(row, {"detected", "isdetected", "status"});
        if (!detected.isEmpty())
            v.detected = onOff(detected);
        if (!v.id.isEmpty())
            list.append(std::move(v));
    }
    return list;
}

QString columnDefinitionXml(const ColumnNames &columns)
{
    QString xml = QStringLiteral("<Columns>");
    for (const QString &column : columns.all())
        xml += QStringLiteral("<Column>") + column.toHtmlEscaped() + QStringLiteral("</Column>");
    return xml + QStringLiteral("</Columns>");
}

std::optional<QDateTime> parseNaiveTime(const QString &text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        const QLocale c = QLocale::c();
        for (const char *format : {"yyyy-MM-dd HH:mm:ss", "M/d/yyyy h:mm:ss AP", "M/d/yyyy H:mm:ss",
                                   "M/d/yyyy h:mm AP"}) {
            parsed = c.toDateTime(trimmed, QLatin1String(format));
            if (parsed.isValid())
                break;
        }
    }
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime) // naive: the core server's zone
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}

// The EPM agent also inventories Linux and Mac computers; anything else is a Windows PC.
Platform platformOf(const std::optional<QString> &osName)
{
    static const QRegularExpression linuxNames(
        QStringLiteral("linux|ubuntu|debian|fedora|red ?hat|rhel|suse|centos|rocky|alma"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression macNames(QStringLiteral("mac ?os"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (osName && linuxNames.match(*osName).hasMatch())
        return Platform::Linux;
    if (osName && macNames.match(*osName).hasMatch())
        return Platform::Mac;
    return Platform::Windows;
}

DeviceRecord buildRecord(const Machine &machine, const ColumnValues &data,
                         const std::optional<QList<Vulnerability>> &vulnerabilities,
                         const ParseOptions &options)
{
    const ColumnNames &columns = options.columns;
    DeviceRecord record;
    record.source = QStringLiteral("landesk");
    record.recordId = machine.guid;
    record.name = firstOf(data, columns.deviceName);
    if (!record.name)
        record.name = machine.name;
    record.osName = firstOf(data, columns.osName);
    if (!record.osName)
        record.osName = machine.osName;
    record.platform = platformOf(record.osName);
    record.model = firstOf(data, columns.model);
    record.manufacturer = firstOf(data, columns.manufacturer);
    if (const auto serial = firstOf(data, columns.serial))
        record.ids.serial = serial;
    for (const QString &mac : valuesOf(data, columns.macAddress))
        record.ids.addMac(mac);
    if (machine.mac)
        record.ids.addMac(*machine.mac);
    if (const auto inventory = firstOf(data, columns.lastInventory))
        record.lastSync = parseNaiveTime(*inventory, options.timeZone);
    readOsVersion(data, columns, record);
    readBitlocker(data, columns, record);
    readFirewall(data, columns, record);
    if (vulnerabilities)
        readVulnerabilities(*vulnerabilities, options.vulnerabilities, record);
    return record;
}

} // namespace Stethoscope::Sources::Landesk
