#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stethoscope::Core {

// What one backend measured for one practice. A practice the backend did not report has no
// Observation at all: not reported is different from failing.
struct Observation
{
    enum class State
    {
        Passing, // the practice holds (disk encrypted, firewall on, not jailbroken …)
        InProgress, // on its way to passing (FileVault still encrypting): a nudge, never ok
        Failing, // the practice does not hold
    };

    State state = State::Failing;
    QString details; // what the backend said, for the employee
    std::optional<QDateTime> updatedAt; // when measured; the record's lastSync if absent
};

struct InstalledSoftware
{
    QString name; // "Carbon Black Cloud", "CbDefense.app"
    QString bundleId; // "com.carbonblack.CbDefense", a package or product id
    QString version;
};

struct DeviceIdentifiers
{
    std::optional<QString> serial;
    QStringList macAddresses; // canonical (see canonicalMac), sorted, without duplicates
    std::optional<QString> udid;
    std::optional<QString> imei;
    std::optional<QString> meid;
    std::optional<QString> googleDeviceId;

    // Canonicalises and adds a MAC address; returns false (and adds nothing) for text that
    // is not a MAC address.
    bool addMac(QStringView text);

    friend bool operator==(const DeviceIdentifiers &, const DeviceIdentifiers &) = default;
};

// What one backend says about one device. Every field may be missing.
struct DeviceRecord
{
    QString source; // "jamf", "landesk", "google", "local"
    QString recordId; // the backend's own id for this record

    std::optional<QString> name;
    std::optional<QString> model;
    std::optional<QString> manufacturer;
    std::optional<Platform> platform;
    std::optional<QString> osName;
    std::optional<QString> osVersion;
    std::optional<QString> osBuild;
    std::optional<QDateTime> lastSync;
    DeviceIdentifiers ids;

    QMap<QString, Observation> observations; // by practice key
    std::optional<QList<InstalledSoftware>> software;
    std::optional<QStringList> services; // running services, daemons, kernel extensions
};

} // namespace Stethoscope::Core
