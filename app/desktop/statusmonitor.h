#pragma once

#include "alerttracker.h"
#include "clock.h"
#include "snapshotcache.h"
#include "statusview.h"

#include <QObject>

#include <optional>

namespace Stethoscope::Desktop {

// The app's memory of the status between refreshes: the last snapshot (shown at start from
// the cache, marked with its age), what the employee was already told (the alert tracker's
// state), and the snooze. Every refresh goes through it:
//
//   fresh snapshot ─► keep the last known reports of failed backends ─► cache (atomic)
//                  └► alert tracker: only what got worse, once, within the budget ─► notify
//
// A damaged cache or alert file is set aside (renamed *.damaged) with a log line; the app
// starts afresh rather than crash or show a green it does not know.
class StatusMonitor : public QObject
{
    Q_OBJECT

public:
    struct Files
    {
        QString snapshot; // the cached snapshot (JSON)
        QString alerts; // the alert tracker's state (JSON)
    };

    StatusMonitor(const Core::Clock &clock, Files files, Core::AlertRules rules = {},
                  QObject *parent = nullptr);

    // Loads the cache and the alert state; emits changed() when a cached status exists.
    void restore();
    const StatusView &view() const { return m_view; }

    // The employee waits for a check (first start, Check now): the tray says "Checking".
    void setChecking(bool checking);
    // A refresh ended.
    void refreshed(const Core::Snapshot &fresh);

    // An invalid time resumes notifications at once.
    void snoozeUntil(const QDateTime &until);
    std::optional<QDateTime> snoozedUntil() const;

signals:
    void changed(const Stethoscope::Desktop::StatusView &view);
    void notify(const QList<Stethoscope::Core::Notification> &notifications);

private:
    void saveAlerts();

    const Core::Clock &m_clock;
    Files m_files;
    Core::AlertRules m_rules;
    Core::SnapshotCache m_cache;
    Core::AlertTracker m_tracker;
    StatusView m_view;
};

} // namespace Stethoscope::Desktop
