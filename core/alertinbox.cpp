#include "alertinbox.h"

#include "jsonreader.h"
#include "spelling.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>

namespace Stethoscope::Core {

namespace {

// The translation context of this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AlertInbox)
};

constexpr std::array<std::pair<InboxAlert::State, const char16_t *>, 4> states {{
    {InboxAlert::State::Open, u"open"},
    {InboxAlert::State::Snoozed, u"snoozed"},
    {InboxAlert::State::Resolved, u"resolved"},
    {InboxAlert::State::Dismissed, u"dismissed"},
}};

bool isFailing(PracticeStatus status)
{
    return status == PracticeStatus::Warn || status == PracticeStatus::Nudge;
}

bool isRecovered(PracticeStatus status)
{
    return status == PracticeStatus::Ok || status == PracticeStatus::NotApplicable;
}

bool isActive(const InboxAlert &alert)
{
    return alert.state == InboxAlert::State::Open || alert.state == InboxAlert::State::Snoozed;
}

// Whether the alert still stands for a failing practice, so that no second one is raised: an
// active one, or a dismissed one whose practice has not been seen recovered since.
bool standsForFailure(const InboxAlert &alert)
{
    return isActive(alert) || (alert.state == InboxAlert::State::Dismissed && !alert.resolvedAt);
}

QString keyOf(const QString &deviceId, const QString &practice)
{
    return deviceId + u'\n' + practice;
}

// The worse first, then by device and practice, so that no order depends on hashing.
bool byUrgency(const InboxAlert &a, const InboxAlert &b)
{
    if (a.status != b.status)
        return a.status > b.status;
    if (a.deviceName != b.deviceName)
        return a.deviceName < b.deviceName;
    if (a.practice != b.practice)
        return a.practice < b.practice;
    return a.id < b.id;
}

QJsonObject alertToJson(const InboxAlert &alert)
{
    QJsonObject object {{QStringLiteral("id"), alert.id},
                        {QStringLiteral("device_id"), alert.deviceId},
                        {QStringLiteral("device_name"), alert.deviceName},
                        {QStringLiteral("practice"), alert.practice},
                        {QStringLiteral("status"), statusName(alert.status)},
                        {QStringLiteral("raised_at"), toRfc3339(alert.raisedAt)},
                        {QStringLiteral("state"), inboxStateName(alert.state)}};
    if (alert.snoozedUntil)
        object.insert(QStringLiteral("snoozed_until"), toRfc3339(*alert.snoozedUntil));
    if (alert.resolvedAt)
        object.insert(QStringLiteral("resolved_at"), toRfc3339(*alert.resolvedAt));
    if (alert.dismissedAt)
        object.insert(QStringLiteral("dismissed_at"), toRfc3339(*alert.dismissedAt));
    return object;
}

template<typename T>
T required(JsonReader &reader, std::optional<T> value, const QString &path, const QString &key)
{
    if (!value && !reader.failed())
        reader.fail(JsonReader::join(path, key), Text::tr("is missing"));
    return value.value_or(T {});
}

std::optional<InboxAlert> alertFromJson(JsonReader &reader, const QJsonObject &object,
                                        const QString &path)
{
    reader.allowOnly(object, path,
                     {QStringLiteral("id"), QStringLiteral("device_id"),
                      QStringLiteral("device_name"), QStringLiteral("practice"),
                      QStringLiteral("status"), QStringLiteral("raised_at"),
                      QStringLiteral("state"), QStringLiteral("snoozed_until"),
                      QStringLiteral("resolved_at"), QStringLiteral("dismissed_at")});
    InboxAlert alert;
    alert.id = required(reader, reader.string(object, path, QStringLiteral("id")), path,
                        QStringLiteral("id"));
    alert.deviceId = required(reader, reader.string(object, path, QStringLiteral("device_id")),
                              path, QStringLiteral("device_id"));
    alert.deviceName
        = reader.string(object, path, QStringLiteral("device_name")).value_or(alert.deviceId);
    alert.practice = required(reader, reader.string(object, path, QStringLiteral("practice")), path,
                              QStringLiteral("practice"));
    const QString status = required(reader, reader.string(object, path, QStringLiteral("status")),
                                    path, QStringLiteral("status"));
    const auto knownStatus = statusFromName(status);
    if (knownStatus && isFailing(*knownStatus))
        alert.status = *knownStatus;
    else if (!reader.failed())
        reader.fail(
            JsonReader::join(path, QStringLiteral("status")),
            Text::tr("is \"%1\", but an alert is raised at warn or nudge only").arg(status));
    alert.raisedAt = required(reader, reader.dateTime(object, path, QStringLiteral("raised_at")),
                              path, QStringLiteral("raised_at"));
    const QString state = required(reader, reader.string(object, path, QStringLiteral("state")),
                                   path, QStringLiteral("state"));
    if (const auto knownState = inboxStateFromName(state))
        alert.state = *knownState;
    else if (!reader.failed())
        reader.fail(JsonReader::join(path, QStringLiteral("state")),
                    Text::tr("has the unknown value \"%1\"").arg(state));
    alert.snoozedUntil = reader.dateTime(object, path, QStringLiteral("snoozed_until"));
    alert.resolvedAt = reader.dateTime(object, path, QStringLiteral("resolved_at"));
    alert.dismissedAt = reader.dateTime(object, path, QStringLiteral("dismissed_at"));
    // Each state needs its time, or update() could not tell when it ends.
    if (alert.state == InboxAlert::State::Snoozed)
        required(reader, alert.snoozedUntil, path, QStringLiteral("snoozed_until"));
    else if (alert.state == InboxAlert::State::Resolved)
        required(reader, alert.resolvedAt, path, QStringLiteral("resolved_at"));
    else if (alert.state == InboxAlert::State::Dismissed)
        required(reader, alert.dismissedAt, path, QStringLiteral("dismissed_at"));
    if (reader.failed())
        return std::nullopt;
    return alert;
}

} // namespace

QString inboxStateName(InboxAlert::State state)
{
    return spell(states, state);
}

std::optional<InboxAlert::State> inboxStateFromName(QStringView name)
{
    return lookup(states, name);
}

AlertInbox::AlertInbox(InboxRules rules)
    : m_rules(rules)
{ }

InboxUpdate AlertInbox::update(const Snapshot &snapshot, const QDateTime &now)
{
    InboxUpdate changes;
    QHash<QString, qsizetype> standing; // device + practice → its alert in m_alerts
    for (qsizetype i = 0; i < m_alerts.size(); ++i) {
        if (standsForFailure(m_alerts.at(i)))
            standing.insert(keyOf(m_alerts.at(i).deviceId, m_alerts.at(i).practice), i);
    }

    // Only devices in the snapshot and not stale: an absent device's backend may just be down,
    // and a stale device's verdicts are too old to raise or resolve anything.
    QList<InboxAlert> raised;
    for (const Device &device : snapshot.devices) {
        if (device.stale)
            continue;
        const QString deviceName = device.name.value_or(device.id);
        for (auto it = device.practices.begin(); it != device.practices.end(); ++it) {
            const PracticeStatus status = it->status;
            const auto found = standing.constFind(keyOf(device.id, it.key()));
            InboxAlert *alert = found == standing.constEnd() ? nullptr : &m_alerts[*found];
            if (isFailing(status)) {
                if (!alert) {
                    InboxAlert fresh;
                    fresh.id = newId(device.id, it.key(), now);
                    fresh.deviceId = device.id;
                    fresh.deviceName = deviceName;
                    fresh.practice = it.key();
                    fresh.status = status;
                    fresh.raisedAt = now;
                    raised.append(fresh);
                } else if (isActive(*alert)) {
                    const bool worse = status > alert->status;
                    alert->deviceName = deviceName;
                    alert->status = status;
                    // A snooze was granted for a lesser problem.
                    if (worse && alert->state == InboxAlert::State::Snoozed) {
                        alert->state = InboxAlert::State::Open;
                        alert->snoozedUntil.reset();
                        changes.reopened.append(*alert);
                    }
                }
            } else if (alert && isRecovered(status)) {
                alert->resolvedAt = now;
                // A dismissed alert stays dismissed (and untold); it just no longer stands for
                // the practice, so that a relapse raises a new one.
                if (alert->state != InboxAlert::State::Dismissed) {
                    alert->state = InboxAlert::State::Resolved;
                    alert->snoozedUntil.reset();
                    changes.resolved.append(*alert);
                }
            }
        }
    }

    for (InboxAlert &alert : m_alerts) {
        if (alert.state == InboxAlert::State::Snoozed && alert.snoozedUntil
            && now >= *alert.snoozedUntil) {
            alert.state = InboxAlert::State::Open;
            alert.snoozedUntil.reset();
            changes.reopened.append(alert);
        }
    }

    // Closed alerts are history, kept for a while. A dismissed one whose practice still fails
    // is kept: it is what keeps the dismissal in force.
    const QDateTime cutoff = now.addDays(-m_rules.keepResolvedDays);
    m_alerts.removeIf([&](const InboxAlert &alert) {
        if (alert.state == InboxAlert::State::Resolved)
            return *alert.resolvedAt < cutoff;
        if (alert.state == InboxAlert::State::Dismissed)
            return alert.resolvedAt && *alert.dismissedAt < cutoff;
        return false;
    });

    m_alerts.append(raised);
    sortNewestFirst();
    changes.raised = std::move(raised);
    std::sort(changes.raised.begin(), changes.raised.end(), byUrgency);
    std::sort(changes.resolved.begin(), changes.resolved.end(), byUrgency);
    std::sort(changes.reopened.begin(), changes.reopened.end(), byUrgency);
    return changes;
}

bool AlertInbox::snooze(const QString &id, const QDateTime &until, const QDateTime &now)
{
    InboxAlert *alert = findMutable(id);
    if (!alert || !isActive(*alert) || until <= now)
        return false;
    const auto cap = std::chrono::duration_cast<std::chrono::seconds>(m_rules.maxSnooze);
    alert->state = InboxAlert::State::Snoozed;
    alert->snoozedUntil = std::min(until, now.addSecs(cap.count()));
    return true;
}

bool AlertInbox::dismiss(const QString &id, const QDateTime &now)
{
    InboxAlert *alert = findMutable(id);
    if (!alert || !isActive(*alert))
        return false;
    alert->state = InboxAlert::State::Dismissed;
    alert->snoozedUntil.reset();
    alert->dismissedAt = now;
    return true;
}

qsizetype AlertInbox::forgetDevice(const QString &deviceId)
{
    return m_alerts.removeIf([&](const InboxAlert &alert) { return alert.deviceId == deviceId; });
}

int AlertInbox::openCount() const
{
    return int(std::count_if(m_alerts.begin(), m_alerts.end(), [](const InboxAlert &alert) {
        return alert.state == InboxAlert::State::Open;
    }));
}

const InboxAlert *AlertInbox::find(const QString &id) const
{
    const auto it = std::find_if(m_alerts.begin(), m_alerts.end(),
                                 [&](const InboxAlert &alert) { return alert.id == id; });
    return it == m_alerts.end() ? nullptr : &*it;
}

InboxAlert *AlertInbox::findMutable(const QString &id)
{
    return const_cast<InboxAlert *>(std::as_const(*this).find(id));
}

QString AlertInbox::newId(const QString &deviceId, const QString &practice,
                          const QDateTime &now) const
{
    // Unique even for a relapse raised within the same millisecond (tests, a clock set back).
    const QString base
        = deviceId + u'|' + practice + u'|' + QString::number(now.toMSecsSinceEpoch());
    QString id = base;
    for (int n = 2; find(id); ++n)
        id = base + u'|' + QString::number(n);
    return id;
}

void AlertInbox::sortNewestFirst()
{
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const InboxAlert &a, const InboxAlert &b) {
                         if (a.raisedAt != b.raisedAt)
                             return a.raisedAt > b.raisedAt;
                         return byUrgency(a, b);
                     });
}

QByteArray AlertInbox::saveState() const
{
    QJsonArray alerts;
    for (const InboxAlert &alert : m_alerts)
        alerts.append(alertToJson(alert));
    const QJsonObject state {{QStringLiteral("schema"), schemaVersion},
                             {QStringLiteral("alerts"), alerts}};
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

Result<AlertInbox> AlertInbox::restoreState(QByteArrayView json, InboxRules rules)
{
    const QString document = Text::tr("The saved alerts");
    auto root = JsonReader::parseObject(json, document, Error::Category::Parse);
    if (!root)
        return root.error();

    if (auto error = JsonReader::checkSchema(*root, document, schemaVersion))
        return *error;
    JsonReader reader(document);
    reader.allowOnly(*root, {}, {QStringLiteral("schema"), QStringLiteral("alerts")});

    AlertInbox inbox(rules);
    const QJsonArray alerts = required(reader, reader.array(*root, {}, QStringLiteral("alerts")),
                                       {}, QStringLiteral("alerts"));
    QSet<QString> ids;
    QSet<QString> standing;
    for (qsizetype i = 0; i < alerts.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::join(QStringLiteral("alerts"), i);
        if (!alerts[i].isObject()) {
            reader.fail(path, Text::tr("must be an object"));
            break;
        }
        auto alert = alertFromJson(reader, alerts[i].toObject(), path);
        if (!alert)
            break;
        if (ids.contains(alert->id)) {
            reader.fail(JsonReader::join(path, QStringLiteral("id")),
                        Text::tr("is \"%1\", which an earlier alert has").arg(alert->id));
            break;
        }
        ids.insert(alert->id);
        if (standsForFailure(*alert)) {
            const QString key = keyOf(alert->deviceId, alert->practice);
            if (standing.contains(key)) {
                reader.fail(path,
                            Text::tr("is a second alert still standing for the same device and "
                                     "practice"));
                break;
            }
            standing.insert(key);
        }
        inbox.m_alerts.append(std::move(*alert));
    }
    if (reader.failed())
        return reader.error(Error::Category::Parse);
    inbox.sortNewestFirst();
    return inbox;
}

} // namespace Stethoscope::Core
