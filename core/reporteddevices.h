#pragma once

#include "error.h"
#include "snapshot.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stethoscope::Core {

// The employee's word about a device listed as theirs.
struct DeviceReport
{
    enum class Reason
    {
        NotMine, // "This isn't my device"
        NoLongerUsed, // "I no longer use this device"
    };

    QString deviceId;
    QString deviceName; // for the list of reported devices, also while a backend is down
    Reason reason = Reason::NotMine;
    QDateTime reportedAt;
    QStringList sources; // the backends that reported the device then
    QString fingerprint; // deviceFingerprint() then

    friend bool operator==(const DeviceReport &, const DeviceReport &) = default;
};

QString reportReasonName(DeviceReport::Reason reason);
std::optional<DeviceReport::Reason> reportReasonFromName(QStringView name);

// What the backends say about a device, condensed: its backends, its last sync, and each
// practice's status with who measured it and when. Any new check-in or measurement changes
// it; a refresh that brings nothing new does not.
QString deviceFingerprint(const Device &device);

// The devices the employee reported, one report per device. A report holds only while the
// backends say nothing new about the device (see withoutReported()).
class ReportedDevices
{
public:
    static constexpr int schemaVersion = 1;

    // Reporting a device again replaces its report.
    void report(const Device &device, DeviceReport::Reason reason, const QDateTime &now);
    // The employee takes the report back, or the device spoke again. False if not reported.
    bool withdraw(const QString &deviceId);

    bool isReported(const QString &deviceId) const { return find(deviceId) != nullptr; }
    // Valid until the reports next change.
    const DeviceReport *find(const QString &deviceId) const;
    const QList<DeviceReport> &reports() const { return m_reports; } // by device id

    QByteArray saveState() const;
    // Refuses a state it cannot fully read, naming the key at fault, and one written by a newer
    // version.
    static Result<ReportedDevices> restoreState(QByteArrayView json);

private:
    QList<DeviceReport> m_reports; // sorted by device id
};

// The snapshot that drives the tray icon, the notifications and the alerts inbox: `snapshot`
// without the reported devices, and its overall rating computed again. The caller keeps the
// full snapshot for the details window, where a reported device is still listed.
//
// Removing the device (rather than, say, marking it stale) keeps every consumer of a snapshot
// unchanged: the overall rating, AlertTracker and AlertInbox already treat a missing device as
// "nothing new to say" and a stale one would still be shown as outdated.
//
// A report is dropped (and the device drives the state again) when the device's fingerprint
// changed: it checked in or was measured again, so someone uses it, or a new backend lists it.
// The fingerprint is compared only when every backend that reports the device, then or now,
// answered in this snapshot: during an outage a device looks different (fewer backends, last
// known data), which is no sign of use, so the report holds. A reported device missing from
// the snapshot keeps its report. Deterministic and without I/O; it changes only `reported`.
Snapshot withoutReported(const Snapshot &snapshot, ReportedDevices &reported);

} // namespace Stethoscope::Core
