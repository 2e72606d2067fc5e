#pragma once

#include "error.h"
#include "snapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTime>

#include <optional>

namespace Stethoscope::Core {

// Something that got worse: a device's practice newly at warn or nudge.
struct Alert
{
    QString deviceId;
    QString deviceName;
    QString practice;
    PracticeStatus status = PracticeStatus::Unknown;

    friend bool operator==(const Alert &, const Alert &) = default;
};

// What to show now: one alert, or several folded into one digest.
struct Notification
{
    QList<Alert> alerts; // one for a single notification, more for a digest
    bool isDigest() const { return alerts.size() > 1; }

    friend bool operator==(const Notification &, const Notification &) = default;
};

struct AlertRules
{
    int dailyBudget = 3; // notifications a day at most; critical first, the rest in a digest
    std::optional<QTime> quietFrom; // local time; quiet hours may wrap midnight
    std::optional<QTime> quietUntil;
    int forgetAfterDays = 30; // what is told about a device not seen for this long is forgotten
};

// Decides which notifications to show: only for what got worse since the employee was last
// told, never twice for the same device + practice + status (also across restarts: the state
// is saved with the cache), within a daily budget, held back during quiet hours and snooze and
// delivered afterwards if still true. A device missing from a snapshot (its backend failed)
// keeps what was told about it, so the end of an outage brings no storm.
class AlertTracker
{
public:
    explicit AlertTracker(AlertRules rules = {});

    // `now` is compared with the quiet hours in local time.
    QList<Notification> update(const Snapshot &snapshot, const QDateTime &now);
    void snoozeUntil(const QDateTime &until) { m_snoozedUntil = until; }
    std::optional<QDateTime> snoozedUntil() const { return m_snoozedUntil; }

    QByteArray saveState() const;
    // A damaged state is an error; the caller starts afresh (which may repeat a notification,
    // never lose a status).
    static Result<AlertTracker> restoreState(QByteArrayView json, AlertRules rules = {});

private:
    bool isQuiet(const QDateTime &now) const;

    AlertRules m_rules;
    QHash<QString, QDateTime> m_told; // key → when last seen failing
    QSet<QString> m_pending; // held back (quiet hours, snooze), still to be told
    QDate m_budgetDay;
    int m_shownToday = 0;
    std::optional<QDateTime> m_snoozedUntil;
};

} // namespace Stethoscope::Core
