#pragma once

#include "alertinbox.h"
#include "alerttracker.h"
#include "clock.h"
#include "reporteddevices.h"
#include "snapshotcache.h"
#include "statusview.h"

#include <QObject>

#include <optional>

namespace Stethoscope::Desktop {

// The app's memory of the status between refreshes: the last snapshot (shown at start from
// the cache, marked with its age), what the employee was already told (the alert tracker),
// every alert raised and what became of it (the alerts inbox), the devices reported to IT,
// and the snooze. Every refresh goes through it:
//
//   fresh ─► keepLastKnown ─► cache (atomic) ─► withoutReported ─┬─► view (tray, window)
//                                                                ├─► alert tracker ─► notify
//                                                                └─► alerts inbox ─► recovered
//
// A damaged state file is set aside (renamed *.damaged) with a log line; the app starts
// afresh rather than crash or show a green it does not know.
class StatusMonitor : public QObject
{
    Q_OBJECT

public:
    struct Files
    {
        QString snapshot; // the cached snapshot (JSON)
        QString alerts; // the alert tracker's state (JSON)
        QString inbox; // the alerts inbox (JSON)
        QString reported; // the devices reported to IT (JSON)
    };

    StatusMonitor(const Core::Clock &clock, Files files, Core::AlertRules rules = {},
                  Core::InboxRules inboxRules = {}, QObject *parent = nullptr);

    // Loads the cache and the state files; emits changed() when a cached status exists.
    void restore();
    const StatusView &view() const { return m_view; }

    // The employee waits for a check (first start, Check now): the tray says "Checking".
    void setChecking(bool checking);
    // A refresh ended.
    void refreshed(const Core::Snapshot &fresh);

    // An invalid time resumes notifications at once.
    void snoozeUntil(const QDateTime &until);
    std::optional<QDateTime> snoozedUntil() const;

    // The alerts' actions. False for an alert that cannot take it (unknown, resolved …).
    bool snoozeAlert(const QString &alertId, const QDateTime &until);
    bool dismissAlert(const QString &alertId);
    // "This isn't my device", "I no longer use this device": the device stops driving the
    // state and the notifications until a backend's data about it changes. The device as last
    // known, or nothing for an unknown id.
    std::optional<Core::Device> reportDevice(const QString &deviceId,
                                             Core::DeviceReport::Reason reason);

signals:
    void changed(const Stethoscope::Desktop::StatusView &view);
    void notify(const QList<Stethoscope::Core::Notification> &notifications);
    // Alerts whose practice recovered: thanked for once, quietly.
    void recovered(const QList<Stethoscope::Core::InboxAlert> &alerts);

private:
    void rebuildView(); // from m_full and the reports
    void saveState(const QString &path, const QByteArray &state, const char *what);

    const Core::Clock &m_clock;
    Files m_files;
    Core::AlertRules m_rules;
    Core::InboxRules m_inboxRules;
    Core::SnapshotCache m_cache;
    Core::AlertTracker m_tracker;
    Core::AlertInbox m_inbox;
    Core::ReportedDevices m_reported;
    Core::Snapshot m_full; // with the reported devices: what the cache holds
    StatusView m_view;
};

} // namespace Stethoscope::Desktop
