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
    // Element i of the forest is records[order[i]].
    Groups(const QList<EvaluatedRecord> &records, const QList<qsizetype> &order)
        : m_parent(order.size())
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
        m_serial.reserve(order.size());
        m_udid.reserve(order.size());
        for (const qsizetype index : order) {
            const auto &ids = records[index].record.ids;
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

    // Whether a join of a and b would be refused.
    bool wouldConflict(qsizetype a, qsizetype b)
    {
        a = find(a);
        b = find(b);
        return conflicts(m_serial[a], m_serial[b]) || conflicts(m_udid[a], m_udid[b]);
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

// An identifier by which a record may join others. The kind keeps a serial from ever meeting
// an IMEI of the same digits.
struct IdentityKey
{
    enum Kind : quint8
    {
        Serial,
        Udid,
        Google,
        Imei,
        Meid,
        Mac,
        Record, // the same backend record seen twice (a page boundary moved while paging)
    };
    Kind kind;
    QString value;
    QString source; // only for Record

    friend bool operator==(const IdentityKey &, const IdentityKey &) = default;
    friend size_t qHash(const IdentityKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.kind, key.value, key.source);
    }
};

// Calls `visit` with each identifier by which the record may join others.
template<typename Visitor> void forEachIdentityKey(const DeviceRecord &record, Visitor &&visit)
{
    const auto &ids = record.ids;
    if (ids.serial && isIdentitySerial(*ids.serial))
        visit(IdentityKey {IdentityKey::Serial, ids.serial->trimmed().toUpper(), {}});
    if (isIdentityValue(ids.udid))
        visit(IdentityKey {IdentityKey::Udid, ids.udid->trimmed().toUpper(), {}});
    if (isIdentityValue(ids.googleDeviceId))
        visit(IdentityKey {IdentityKey::Google, ids.googleDeviceId->trimmed(), {}});
    if (isIdentityValue(ids.imei))
        visit(IdentityKey {IdentityKey::Imei, ids.imei->trimmed(), {}});
    if (isIdentityValue(ids.meid))
        visit(IdentityKey {IdentityKey::Meid, ids.meid->trimmed().toUpper(), {}});
    for (const auto &mac : ids.macAddresses) {
        if (isIdentityMac(mac))
            visit(IdentityKey {IdentityKey::Mac, mac, {}});
    }
    if (!record.recordId.isEmpty())
        visit(IdentityKey {IdentityKey::Record, record.recordId, record.source});
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

// A verdict that says something about the device: ok, nudge or warn.
bool isVerdict(PracticeStatus status)
{
    return status == PracticeStatus::Ok || status == PracticeStatus::Nudge
        || status == PracticeStatus::Warn;
}

// Marks each verdict that another source contradicts, with the freshest such other verdict.
void noteDisagreements(Device &device, const QList<EvaluatedRecord> &records,
                       const QList<qsizetype> &members)
{
    for (auto it = device.practices.begin(); it != device.practices.end(); ++it) {
        PracticeResult &winner = it.value();
        winner.disagreement.reset(); // a winner copied from a record carries none of its own
        if (!isVerdict(winner.status))
            continue;
        for (const qsizetype index : members) {
            const auto other = records[index].practices.constFind(it.key());
            if (other == records[index].practices.constEnd() || other->source == winner.source
                || !isVerdict(other->status) || other->status == winner.status)
                continue;
            if (!winner.disagreement
                || newer(other->lastUpdated, winner.disagreement->lastUpdated)) {
                winner.disagreement = PracticeDisagreement {other->status, other->source,
                                                            other->lastUpdated, other->details};
            }
        }
    }
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

QString deviceId(const DeviceIdentifiers &ids, const DeviceRecord &first)
{
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

bool hasHardwareMac(const DeviceRecord &record)
{
    return std::any_of(record.ids.macAddresses.begin(), record.ids.macAddresses.end(),
                       [](const QString &mac) { return isIdentityMac(mac); });
}

// The computer running the app often has nothing a backend reports: Linux keeps the serial
// number readable by root only, Wi-Fi MACs are randomised, virtual machines have neither.
// Its live record, still without another source's record after the identifier joins, then
// joins the one group of other sources' records that carry its host name and platform —
// unless that is not a single group (two old laptops both called "alice-mbp", or a record of
// that name whose platform is unknown), or both sides report hardware MACs and none matched
// (then they are different computers), or the join would conflict. Returns the positions that
// joined that way.
QList<qsizetype> joinThisComputerByName(const QList<EvaluatedRecord> &records,
                                        const QList<qsizetype> &order, Groups &groups,
                                        const QString &thisComputer)
{
    QList<qsizetype> joined;
    if (thisComputer.isEmpty())
        return joined;
    QList<std::pair<qsizetype, QString>> live; // position, host name key
    for (qsizetype i = 0; i < order.size(); ++i) {
        const DeviceRecord &record = records[order[i]].record;
        if (record.source != thisComputer || !record.platform)
            continue;
        QString key = hostNameKey(record.name.value_or(QString()));
        if (!key.isEmpty())
            live.append({i, std::move(key)});
    }
    if (live.isEmpty())
        return joined; // the common case, and the 100 000-record one: nothing more to do

    // Per group root: that it holds another source's record, and whether one of those reports
    // a hardware MAC.
    QHash<qsizetype, bool> othersByRoot;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const DeviceRecord &record = records[order[i]].record;
        if (record.source == thisComputer)
            continue;
        bool &mac = othersByRoot[groups.find(i)];
        mac = mac || hasHardwareMac(record);
    }

    for (const auto &[position, key] : std::as_const(live)) {
        const DeviceRecord &self = records[order[position]].record;
        if (othersByRoot.contains(groups.find(position)))
            continue; // joined a backend's record by an identifier already
        std::optional<qsizetype> candidate; // a position in the one group of that name
        bool ambiguous = false;
        for (qsizetype i = 0; i < order.size() && !ambiguous; ++i) {
            const DeviceRecord &other = records[order[i]].record;
            if (other.source == thisComputer || hostNameKey(other.name.value_or(QString())) != key)
                continue;
            if (!other.platform)
                ambiguous = true; // might be this computer, might be another
            else if (*other.platform != *self.platform)
                continue;
            else if (candidate && groups.find(*candidate) != groups.find(i))
                ambiguous = true;
            else
                candidate = i;
        }
        if (ambiguous || !candidate)
            continue;
        const bool otherHasMac = othersByRoot.value(groups.find(*candidate));
        if ((otherHasMac && hasHardwareMac(self)) || groups.wouldConflict(position, *candidate))
            continue;
        groups.join(position, *candidate);
        othersByRoot[groups.find(position)] = otherHasMac; // the root may have moved
        joined.append(position);
    }
    return joined;
}

// The id a group joined by name has: the one its other sources' records alone would give it.
// `members` are in canonical order.
QString backendDeviceId(const QList<EvaluatedRecord> &records, const QList<qsizetype> &members,
                        const QString &thisComputer)
{
    DeviceIdentifiers ids;
    const DeviceRecord *first = nullptr;
    for (const qsizetype index : members) {
        const DeviceRecord &r = records[index].record;
        if (r.source == thisComputer)
            continue;
        if (!first || newer(r.lastSync, first->lastSync))
            first = &r; // the newest, as buildDevice picks it
        fill(ids.serial, r.ids.serial);
        fill(ids.udid, r.ids.udid);
        fill(ids.imei, r.ids.imei);
        fill(ids.meid, r.ids.meid);
        fill(ids.googleDeviceId, r.ids.googleDeviceId);
        ids.macAddresses += r.ids.macAddresses;
    }
    ids.macAddresses.sort();
    return deviceId(ids, first ? *first : records[members.front()].record);
}

// `members` are in canonical order.
Device buildDevice(const QList<EvaluatedRecord> &records, QList<qsizetype> members,
                   const MergeOptions &options)
{
    // Newest first, so that descriptive fields come from the most recent report and fall
    // back to older ones only where the newest is silent.
    // Groups are small: an insertion sort (stable) avoids std::stable_sort's buffer.
    for (qsizetype i = 1; i < members.size(); ++i) {
        for (qsizetype j = i; j > 0
             && newer(records[members[j]].record.lastSync, records[members[j - 1]].record.lastSync);
             --j) {
            std::swap(members[j], members[j - 1]);
        }
    }

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
        if (device.practices.isEmpty()) {
            device.practices = practices; // shared, not copied
            continue;
        }
        for (auto it = practices.begin(); it != practices.end(); ++it) {
            const auto current = device.practices.find(it.key());
            if (current == device.practices.end())
                device.practices.insert(it.key(), it.value());
            else if (supersedes(it.value(), current.value()))
                current.value() = it.value();
        }
    }
    if (device.sources.size() > 1)
        noteDisagreements(device, records, members);
    device.ids.macAddresses.sort();
    device.ids.macAddresses.removeDuplicates();
    device.sources.sort();
    device.id = deviceId(device.ids, records[members.front()].record);
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
        if (trimmed.size() == placeholder.size()
            && trimmed.compare(placeholder, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

QString hostNameKey(QStringView name)
{
    QStringView host = name.trimmed();
    if (const qsizetype dot = host.indexOf(u'.'); dot >= 0)
        host = host.first(dot);
    const QString key = host.toString().toCaseFolded();
    // Names every installation starts with, and addresses rather than names.
    static const QStringList meaningless {
        QStringLiteral("(none)"),      QStringLiteral("archlinux"), QStringLiteral("debian"),
        QStringLiteral("fedora"),      QStringLiteral("kali"),      QStringLiteral("linux"),
        QStringLiteral("raspberrypi"), QStringLiteral("ubuntu"),
    };
    const bool digits = std::all_of(key.begin(), key.end(), [](QChar c) { return c.isDigit(); });
    if (digits || key.startsWith(u"localhost") || key.contains(u':') || meaningless.contains(key))
        return {};
    return key;
}

QList<Device> mergeDevices(QList<EvaluatedRecord> records, const MergeOptions &options)
{
    // The records in canonical order, through an index: the records themselves never move.
    // Backend and record id almost always decide; comparing them as one string is cheap.
    QList<QString> primary;
    primary.reserve(records.size());
    for (const EvaluatedRecord &evaluated : std::as_const(records))
        primary.append(evaluated.record.source + QChar(0x1f) + evaluated.record.recordId);
    QList<qsizetype> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const int c = primary[a].compare(primary[b]);
        return c != 0 ? c < 0 : canonicalLess(records[a], records[b]);
    });
    primary.clear();

    // Position i in canonical order joins every earlier position that shares an identifier.
    Groups groups(records, order);
    QHash<IdentityKey, qsizetype> firstWithKey;
    firstWithKey.reserve(records.size() * 3);
    for (qsizetype i = 0; i < order.size(); ++i) {
        forEachIdentityKey(records[order[i]].record, [&](IdentityKey &&key) {
            // One lookup: the slot holds 1 + the first position with the key, 0 when new.
            qsizetype &first = firstWithKey[key];
            if (first == 0)
                first = i + 1;
            else
                groups.join(first - 1, i);
        });
    }
    firstWithKey.clear();
    const QList<qsizetype> joinedByName
        = joinThisComputerByName(records, order, groups, options.thisComputerSource);

    // Group members (record indices) in canonical order; groups in the order of their first
    // member.
    QList<qsizetype> groupOfRoot(order.size(), -1);
    QList<QList<qsizetype>> members;
    QList<bool> groupJoinedByName;
    for (qsizetype i = 0; i < order.size(); ++i) {
        qsizetype &group = groupOfRoot[groups.find(i)];
        if (group < 0) {
            group = members.size();
            members.append(QList<qsizetype>());
            groupJoinedByName.append(false);
        }
        members[group].append(order[i]);
    }
    for (const qsizetype position : joinedByName)
        groupJoinedByName[groupOfRoot[groups.find(position)]] = true;

    QList<Device> built;
    built.reserve(members.size());
    QHash<QString, int> idUses;
    idUses.reserve(members.size());
    for (qsizetype g = 0; g < members.size(); ++g) {
        Device device = buildDevice(records, members[g], options);
        if (groupJoinedByName[g]) {
            // The backends' identity of the device, not this computer's: the id stays the
            // same whether or not the live record is there to join.
            device.joinedByName = true;
            device.id = backendDeviceId(records, members[g], options.thisComputerSource);
        }
        // Two devices kept apart by a conflict may share their strongest identifier; their
        // ids must still differ, and in canonical order, so that they are stable.
        if (const int uses = idUses[device.id]++; uses > 0)
            device.id += u'#' + QString::number(uses + 1);
        built.append(std::move(device));
    }

    // By name, as a person would look for a device, with the id breaking ties. The folded
    // names are computed once rather than in every comparison.
    QList<QString> foldedNames;
    foldedNames.reserve(built.size());
    for (const Device &device : built)
        foldedNames.append(device.name.value_or(QString()).toCaseFolded());
    QList<qsizetype> byName(built.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(), [&](qsizetype a, qsizetype b) {
        const int c = foldedNames[a].compare(foldedNames[b]);
        return c != 0 ? c < 0 : built[a].id < built[b].id;
    });
    QList<Device> devices;
    devices.reserve(built.size());
    for (const qsizetype index : byName)
        devices.append(std::move(built[index]));
    return devices;
}

} // namespace Stethoscope::Core
