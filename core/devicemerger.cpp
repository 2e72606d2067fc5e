#include "devicemerger.h"

#include "macaddress.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Stethoscope::Core {

namespace {

// A union-find forest over record indices. Each root remembers the group's serial and UDID,
// the single-valued identifiers that must not conflict inside one device.
class Groups
{
public:
    explicit Groups(const QList<EvaluatedRecord> &records)
        : m_parent(records.size())
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
        m_serial.reserve(records.size());
        m_udid.reserve(records.size());
        for (const auto &evaluated : records) {
            const auto &ids = evaluated.record.ids;
            m_serial.append(ids.serial && isIdentitySerial(*ids.serial)
                                ? ids.serial->trimmed().toUpper()
                                : QString());
            m_udid.append(ids.udid ? ids.udid->trimmed().toUpper() : QString());
        }
    }

    qsizetype find(qsizetype i)
    {
        while (m_parent[i] != i) {
            m_parent[i] = m_parent[m_parent[i]]; // path halving
            i = m_parent[i];
        }
        return i;
    }

    // Joins the groups of a and b unless that would give one device two serials or UDIDs.
    void join(qsizetype a, qsizetype b)
    {
        a = find(a);
        b = find(b);
        if (a == b || conflicts(m_serial[a], m_serial[b]) || conflicts(m_udid[a], m_udid[b]))
            return;
        // The smaller index stays root, so roots do not depend on hash iteration order.
        if (b < a)
            std::swap(a, b);
        m_parent[b] = a;
        if (m_serial[a].isEmpty())
            m_serial[a] = m_serial[b];
        if (m_udid[a].isEmpty())
            m_udid[a] = m_udid[b];
    }

private:
    static bool conflicts(const QString &x, const QString &y)
    {
        return !x.isEmpty() && !y.isEmpty() && x != y;
    }

    QList<qsizetype> m_parent;
    QList<QString> m_serial;
    QList<QString> m_udid;
};

bool isIdentityValue(const std::optional<QString> &value)
{
    if (!value)
        return false;
    const QString trimmed = value->trimmed();
    // "000000000000000" and similar fillers are not identities.
    return trimmed.size() >= 4 && trimmed.count(trimmed.front()) != trimmed.size();
}

// The identifiers by which a record may join others, strongest first, each prefixed with its
// kind so that a serial never meets an IMEI of the same digits.
QStringList identityKeys(const DeviceRecord &record)
{
    QStringList keys;
    const auto &ids = record.ids;
    if (ids.serial && isIdentitySerial(*ids.serial))
        keys.append(QStringLiteral("serial:") + ids.serial->trimmed().toUpper());
    if (isIdentityValue(ids.udid))
        keys.append(QStringLiteral("udid:") + ids.udid->trimmed().toUpper());
    if (isIdentityValue(ids.googleDeviceId))
        keys.append(QStringLiteral("google:") + ids.googleDeviceId->trimmed());
    if (isIdentityValue(ids.imei))
        keys.append(QStringLiteral("imei:") + ids.imei->trimmed());
    if (isIdentityValue(ids.meid))
        keys.append(QStringLiteral("meid:") + ids.meid->trimmed().toUpper());
    for (const auto &mac : ids.macAddresses) {
        if (isIdentityMac(mac))
            keys.append(QStringLiteral("mac:") + mac);
    }
    // The same backend record seen twice (a page boundary shifted during paging) is one device.
    if (!record.recordId.isEmpty())
        keys.append(QStringLiteral("record:") + record.source + u':' + record.recordId);
    return keys;
}

template<typename T> int compareOptional(const std::optional<T> &a, const std::optional<T> &b)
{
    if (a.has_value() != b.has_value())
        return a.has_value() ? -1 : 1;
    if (!a)
        return 0;
    if constexpr (std::is_same_v<T, QString>)
        return a->compare(*b);
    else
        return *a < *b ? -1 : (*b < *a ? 1 : 0);
}

// A total order on everything that identifies a record, so that shuffled input is processed
// in one canonical order and yields the same devices.
bool canonicalLess(const EvaluatedRecord &x, const EvaluatedRecord &y)
{
    const DeviceRecord &a = x.record;
    const DeviceRecord &b = y.record;
    if (int c = a.source.compare(b.source))
        return c < 0;
    if (int c = a.recordId.compare(b.recordId))
        return c < 0;
    if (int c = compareOptional(a.ids.serial, b.ids.serial))
        return c < 0;
    if (int c = compareOptional(a.ids.udid, b.ids.udid))
        return c < 0;
    if (a.ids.macAddresses != b.ids.macAddresses)
        return a.ids.macAddresses < b.ids.macAddresses;
    if (int c = compareOptional(a.ids.imei, b.ids.imei))
        return c < 0;
    if (int c = compareOptional(a.ids.meid, b.ids.meid))
        return c < 0;
    if (int c = compareOptional(a.ids.googleDeviceId, b.ids.googleDeviceId))
        return c < 0;
    if (int c = compareOptional(a.lastSync, b.lastSync))
        return c < 0;
    if (int c = compareOptional(a.name, b.name))
        return c < 0;
    return compareOptional(a.osVersion, b.osVersion) < 0;
}

bool newer(const std::optional<QDateTime> &a, const std::optional<QDateTime> &b)
{
    return a && (!b || *a > *b);
}

bool isKnown(PracticeStatus status)
{
    return status != PracticeStatus::Unknown;
}

// Whether `candidate` should replace `current` as a device's verdict on one practice: a
// known verdict beats an unknown one, then the freshest wins. Ties keep the earlier record in
// canonical order.
bool supersedes(const PracticeResult &candidate, const PracticeResult &current)
{
    if (isKnown(candidate.status) != isKnown(current.status))
        return isKnown(candidate.status);
    return newer(candidate.lastUpdated, current.lastUpdated);
}

template<typename T> void fill(std::optional<T> &target, const std::optional<T> &value)
{
    if (!target && value)
        target = value;
}

QString deviceId(const Device &device, const DeviceRecord &first)
{
    const auto &ids = device.ids;
    if (ids.serial && isIdentitySerial(*ids.serial))
        return QStringLiteral("serial:") + ids.serial->trimmed().toUpper();
    if (isIdentityValue(ids.udid))
        return QStringLiteral("udid:") + ids.udid->trimmed().toUpper();
    if (isIdentityValue(ids.imei))
        return QStringLiteral("imei:") + ids.imei->trimmed();
    if (isIdentityValue(ids.meid))
        return QStringLiteral("meid:") + ids.meid->trimmed().toUpper();
    if (isIdentityValue(ids.googleDeviceId))
        return QStringLiteral("google:") + ids.googleDeviceId->trimmed();
    for (const auto &mac : ids.macAddresses) {
        if (isIdentityMac(mac))
            return QStringLiteral("mac:") + mac;
    }
    return first.source + u':' + first.recordId;
}

// `members` are in canonical order.
Device buildDevice(const QList<EvaluatedRecord> &records, QList<qsizetype> members,
                   const MergeOptions &options)
{
    // Newest first, so that descriptive fields come from the most recent report and fall
    // back to older ones only where the newest is silent.
    std::stable_sort(members.begin(), members.end(), [&](qsizetype a, qsizetype b) {
        return newer(records[a].record.lastSync, records[b].record.lastSync);
    });

    Device device;
    for (const qsizetype index : members) {
        const DeviceRecord &r = records[index].record;
        fill(device.name, r.name);
        fill(device.model, r.model);
        fill(device.manufacturer, r.manufacturer);
        fill(device.platform, r.platform);
        fill(device.osName, r.osName);
        fill(device.osVersion, r.osVersion);
        fill(device.osBuild, r.osBuild);
        fill(device.ids.serial, r.ids.serial);
        fill(device.ids.udid, r.ids.udid);
        fill(device.ids.imei, r.ids.imei);
        fill(device.ids.meid, r.ids.meid);
        fill(device.ids.googleDeviceId, r.ids.googleDeviceId);
        device.ids.macAddresses += r.ids.macAddresses;
        if (!device.sources.contains(r.source))
            device.sources.append(r.source);
        if (newer(r.lastSync, device.lastSync))
            device.lastSync = r.lastSync;

        const PracticeResults &practices = records[index].practices;
        for (auto it = practices.begin(); it != practices.end(); ++it) {
            const auto current = device.practices.find(it.key());
            if (current == device.practices.end())
                device.practices.insert(it.key(), it.value());
            else if (supersedes(it.value(), current.value()))
                current.value() = it.value();
        }
    }
    device.ids.macAddresses.sort();
    device.ids.macAddresses.removeDuplicates();
    device.sources.sort();
    device.id = deviceId(device, records[members.front()].record);
    device.stale = device.lastSync && options.now.isValid()
        && device.lastSync->addDays(options.staleAfterDays) < options.now;
    device.rating = rateDevice(device.practices);
    return device;
}

} // namespace

bool isIdentitySerial(QStringView serial)
{
    static const QStringList placeholders {
        QStringLiteral("to be filled by o.e.m."),
        QStringLiteral("default string"),
        QStringLiteral("system serial number"),
        QStringLiteral("not available"),
        QStringLiteral("not specified"),
        QStringLiteral("none"),
        QStringLiteral("unknown"),
        QStringLiteral("n/a"),
        QStringLiteral("123456789"),
        QStringLiteral("0123456789"),
    };
    const QStringView trimmed = serial.trimmed();
    if (trimmed.size() < 4 || trimmed.count(trimmed.front()) == trimmed.size())
        return false;
    for (const auto &placeholder : placeholders) {
        if (trimmed.compare(placeholder, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

QList<Device> mergeDevices(QList<EvaluatedRecord> records, const MergeOptions &options)
{
    std::stable_sort(records.begin(), records.end(), canonicalLess);

    Groups groups(records);
    QHash<QString, qsizetype> firstWithKey;
    firstWithKey.reserve(records.size() * 3);
    for (qsizetype i = 0; i < records.size(); ++i) {
        for (const QString &key : identityKeys(records[i].record)) {
            const auto it = firstWithKey.constFind(key);
            if (it == firstWithKey.constEnd())
                firstWithKey.insert(key, i);
            else
                groups.join(it.value(), i);
        }
    }

    // Group members in canonical order; groups in the order of their first member.
    QHash<qsizetype, qsizetype> groupOfRoot;
    QList<QList<qsizetype>> members;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const qsizetype root = groups.find(i);
        auto it = groupOfRoot.find(root);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(root, members.size());
            members.append(QList<qsizetype>());
        }
        members[it.value()].append(i);
    }

    QList<Device> devices;
    devices.reserve(members.size());
    for (const auto &group : members)
        devices.append(buildDevice(records, group, options));

    std::stable_sort(devices.begin(), devices.end(), [](const Device &a, const Device &b) {
        const int byName
            = a.name.value_or(QString()).compare(b.name.value_or(QString()), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return devices;
}

} // namespace Stethoscope::Core
