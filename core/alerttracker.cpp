#include "alerttracker.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Stethoscope::Core {

namespace {

QString keyOf(const QString &deviceId, const QString &practice, PracticeStatus status)
{
    return deviceId + u'|' + practice + u'|' + statusName(status);
}

QString deviceOfKey(const QString &key)
{
    return key.section(u'|', 0, 0);
}

} // namespace

AlertTracker::AlertTracker(AlertRules rules)
    : m_rules(rules)
{ }

bool AlertTracker::isQuiet(const QDateTime &now) const
{
    if (m_snoozedUntil && now < *m_snoozedUntil)
        return true;
    if (!m_rules.quietFrom || !m_rules.quietUntil)
        return false;
    const QTime time = now.toLocalTime().time();
    const QTime from = *m_rules.quietFrom;
    const QTime until = *m_rules.quietUntil;
    return from <= until ? (time >= from && time < until) : (time >= from || time < until);
}

QList<Notification> AlertTracker::update(const Snapshot &snapshot, const QDateTime &now)
{
    // What fails now, on the devices this snapshot knows.
    QHash<QString, Alert> failing;
    QSet<QString> present;
    for (const Device &device : snapshot.devices) {
        present.insert(device.id);
        if (device.stale)
            continue; // not seen for long: reported, but not a reason to interrupt
        for (auto it = device.practices.begin(); it != device.practices.end(); ++it) {
            const PracticeStatus status = it->status;
            if (status != PracticeStatus::Warn && status != PracticeStatus::Nudge)
                continue;
            failing.insert(keyOf(device.id, it.key(), status),
                           Alert {device.id, device.name.value_or(device.id), it.key(), status});
        }
    }

    // Forget what recovered (or changed) on present devices, so that a relapse is told again;
    // keep what concerns absent devices (their backend may just be down), up to a limit.
    for (auto it = m_told.begin(); it != m_told.end();) {
        const bool recovered
            = present.contains(deviceOfKey(it.key())) && !failing.contains(it.key());
        const bool forgotten = it.value().daysTo(now) > m_rules.forgetAfterDays;
        it = recovered || forgotten ? m_told.erase(it) : std::next(it);
    }
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = failing.contains(*it) ? std::next(it) : m_pending.erase(it);

    QList<Alert> fresh;
    for (auto it = failing.begin(); it != failing.end(); ++it) {
        // New, or held back earlier and still true.
        if (!m_told.contains(it.key()) || m_pending.contains(it.key()))
            fresh.append(it.value());
        m_told.insert(it.key(), now);
    }
    if (isQuiet(now)) {
        for (const Alert &alert : std::as_const(fresh))
            m_pending.insert(keyOf(alert.deviceId, alert.practice, alert.status));
        return {};
    }
    m_pending.clear();
    if (fresh.isEmpty())
        return {};

    // Critical first, then by device and practice, so that the order never depends on hashing.
    std::sort(fresh.begin(), fresh.end(), [](const Alert &a, const Alert &b) {
        if (a.status != b.status)
            return a.status > b.status;
        if (a.deviceName != b.deviceName)
            return a.deviceName < b.deviceName;
        return a.practice < b.practice;
    });
    const QDate today = now.toLocalTime().date();
    if (today != m_budgetDay) {
        m_budgetDay = today;
        m_shownToday = 0;
    }
    const int remaining = std::max(0, m_rules.dailyBudget - m_shownToday);
    QList<Notification> notifications;
    if (remaining == 0)
        return notifications; // the tray icon still tells; the day's interruptions are spent
    if (fresh.size() <= remaining) {
        for (const Alert &alert : std::as_const(fresh))
            notifications.append(Notification {{alert}});
    } else {
        for (int i = 0; i < remaining - 1; ++i)
            notifications.append(Notification {{fresh.at(i)}});
        notifications.append(Notification {fresh.mid(remaining - 1)});
    }
    m_shownToday += int(notifications.size());
    return notifications;
}

QByteArray AlertTracker::saveState() const
{
    QJsonObject told;
    for (auto it = m_told.begin(); it != m_told.end(); ++it)
        told.insert(it.key(), toRfc3339(it.value()));
    QJsonArray pending;
    QStringList sorted(m_pending.begin(), m_pending.end());
    sorted.sort();
    for (const QString &key : std::as_const(sorted))
        pending.append(key);
    QJsonObject state {{QStringLiteral("schema"), 1},
                       {QStringLiteral("told"), told},
                       {QStringLiteral("pending"), pending},
                       {QStringLiteral("shown_today"), m_shownToday},
                       {QStringLiteral("budget_day"), m_budgetDay.toString(Qt::ISODate)}};
    if (m_snoozedUntil)
        state.insert(QStringLiteral("snoozed_until"), toRfc3339(*m_snoozedUntil));
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

Result<AlertTracker> AlertTracker::restoreState(QByteArrayView json, AlertRules rules)
{
    const auto document = QJsonDocument::fromJson(QByteArray(json.data(), json.size()));
    const QJsonObject state = document.object();
    if (!document.isObject() || state.value(QStringLiteral("schema")).toInt() != 1)
        return Error::parse(QStringLiteral("The saved notification state is damaged."));
    AlertTracker tracker(rules);
    const QJsonObject told = state.value(QStringLiteral("told")).toObject();
    for (auto it = told.begin(); it != told.end(); ++it) {
        const auto when = fromRfc3339(it.value().toString());
        if (!when)
            return Error::parse(QStringLiteral("The saved notification state is damaged."));
        tracker.m_told.insert(it.key(), *when);
    }
    for (const QJsonValue &key : state.value(QStringLiteral("pending")).toArray())
        tracker.m_pending.insert(key.toString());
    tracker.m_shownToday = state.value(QStringLiteral("shown_today")).toInt();
    tracker.m_budgetDay
        = QDate::fromString(state.value(QStringLiteral("budget_day")).toString(), Qt::ISODate);
    if (state.contains(QStringLiteral("snoozed_until")))
        tracker.m_snoozedUntil
            = fromRfc3339(state.value(QStringLiteral("snoozed_until")).toString());
    return tracker;
}

} // namespace Stethoscope::Core
