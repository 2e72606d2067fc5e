#pragma once

#include "error.h"
#include "snapshot.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace Stethoscope::Core {

// One alert the app raised: a device's practice at warn or nudge, and what became of it.
struct InboxAlert
{
    enum class State
    {
        Open, // needs the employee
        Snoozed, // put off until `snoozedUntil`; open again afterwards
        Resolved, // the practice recovered (ok or not applicable) at `resolvedAt`
        Dismissed, // the employee set it aside; stays so, even while the practice still fails
    };

    QString id; // stable and unique: "<deviceId>|<practice>|<raisedAt in ms>"
    QString deviceId;
    QString deviceName;
    QString practice;
    PracticeStatus status = PracticeStatus::Warn; // warn or nudge; follows the practice while open
    QDateTime raisedAt;
    State state = State::Open;
    std::optional<QDateTime> snoozedUntil; // while Snoozed
    // When the practice was seen recovered: for Resolved, and for a Dismissed alert whose
    // practice recovered since (it no longer stands for a failing practice).
    std::optional<QDateTime> resolvedAt;
    std::optional<QDateTime> dismissedAt; // when Dismissed

    friend bool operator==(const InboxAlert &, const InboxAlert &) = default;
};

QString inboxStateName(InboxAlert::State state);
std::optional<InboxAlert::State> inboxStateFromName(QStringView name);

struct InboxRules
{
    int keepResolvedDays = 30; // resolved and dismissed alerts are kept this long, then dropped
    std::chrono::hours maxSnooze {24 * 7}; // a longer snooze is cut to this
};

// What changed in one update, for the app to tell once ("FileVault is on for alice-mbp — thank
// you"). Each list holds the alerts as they are after the change.
struct InboxUpdate
{
    QList<InboxAlert> raised;
    QList<InboxAlert> resolved;
    QList<InboxAlert> reopened; // a snooze ran out, or the practice got worse while snoozed

    bool isEmpty() const { return raised.isEmpty() && resolved.isEmpty() && reopened.isEmpty(); }
};

// Every alert the app raised, with its lifecycle (see core/README.md, "The alerts inbox").
// Next to AlertTracker, which decides what interrupts the employee, the inbox is what they can
// look at and respond to. Pure: the caller passes snapshots and `now`, and stores the state.
//
// Per device + practice there is at most one alert that stands for the failing practice: an
// Open or Snoozed one, or a Dismissed one whose practice has not recovered since. A device
// missing from a snapshot (its backend failed) or stale keeps its alerts as they are; an
// unknown verdict neither raises nor resolves.
class AlertInbox
{
public:
    static constexpr int schemaVersion = 1;

    explicit AlertInbox(InboxRules rules = {});

    InboxUpdate update(const Snapshot &snapshot, const QDateTime &now);

    // Puts an Open or Snoozed alert off until `until`, at most `maxSnooze` from `now`. False
    // (and nothing changes) for an unknown id, a Resolved or Dismissed alert, or `until` not
    // after `now`.
    bool snooze(const QString &id, const QDateTime &until, const QDateTime &now);
    // Sets an Open or Snoozed alert aside. False for an unknown id or a Resolved or Dismissed
    // alert.
    bool dismiss(const QString &id, const QDateTime &now);
    // Drops every alert about a device, e.g. once the employee reported it as not theirs: the
    // reported device no longer reaches update(), so its alerts would otherwise stay open. If
    // it comes back, what still fails is raised anew. Returns how many were dropped.
    qsizetype forgetDevice(const QString &deviceId);

    const QList<InboxAlert> &alerts() const { return m_alerts; } // newest first
    int openCount() const; // Open only: snoozed ones do not count
    // Valid until the inbox next changes.
    const InboxAlert *find(const QString &id) const;

    QByteArray saveState() const;
    // Refuses a state it cannot fully read, naming the key at fault, and one written by a newer
    // version; the caller then starts with an empty inbox.
    static Result<AlertInbox> restoreState(QByteArrayView json, InboxRules rules = {});

private:
    InboxAlert *findMutable(const QString &id);
    QString newId(const QString &deviceId, const QString &practice, const QDateTime &now) const;
    void sortNewestFirst();

    InboxRules m_rules;
    QList<InboxAlert> m_alerts; // newest first
};

} // namespace Stethoscope::Core
