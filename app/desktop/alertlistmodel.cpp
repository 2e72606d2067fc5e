#include "alertlistmodel.h"

#include "presentation.h"
#include "statustext.h"
#include "trayicons.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Stethoscope::Desktop {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AlertListModel)
};

using State = Core::InboxAlert::State;

QString deviceName(const Core::InboxAlert &alert)
{
    return alert.deviceName.isEmpty() ? alert.deviceId : alert.deviceName;
}

bool isActionable(const Core::InboxAlert &alert)
{
    return alert.state == State::Open || alert.state == State::Snoozed;
}

// The practice no longer fails: resolved, or dismissed and recovered since.
bool isRecovered(const Core::InboxAlert &alert)
{
    return alert.state == State::Resolved
        || (alert.state == State::Dismissed && alert.resolvedAt.has_value());
}

// "2:00 PM" today, "tomorrow at 8:00 AM", "Fri 27 Nov at 8:00 AM" further ahead.
QString snoozedUntil(const QDateTime &until, const QDateTime &now)
{
    const QDateTime local = until.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = clockTime(local.time());
    if (local.date() == today)
        return Text::tr("Snoozed until %1").arg(time);
    if (local.date() == today.addDays(1))
        return Text::tr("Snoozed until tomorrow at %1").arg(time);
    const QString date = QLocale().toString(
        local.date(), Text::tr("ddd d MMM", "a weekday and a date without the year, QDate format"));
    return Text::tr("Snoozed until %1 at %2", "a date, then a time").arg(date, time);
}

QString subtitle(const Core::InboxAlert &alert, const QDateTime &now)
{
    switch (alert.state) {
    case State::Open:
        return Text::tr("Raised %1").arg(App::relativeTime(alert.raisedAt, now));
    case State::Snoozed:
        if (alert.snoozedUntil)
            return snoozedUntil(*alert.snoozedUntil, now);
        return Text::tr("Snoozed");
    case State::Resolved:
        if (alert.resolvedAt)
            return Text::tr("Resolved %1").arg(dayAndTime(*alert.resolvedAt, now));
        return Text::tr("Resolved");
    case State::Dismissed: {
        const QString dismissed = alert.dismissedAt
            ? Text::tr("Dismissed %1").arg(dayAndTime(*alert.dismissedAt, now))
            : Text::tr("Dismissed");
        if (!alert.resolvedAt)
            return dismissed;
        //: An alert set aside, whose practice has been seen fixed since.
        return Text::tr("%1, fixed %2").arg(dismissed, dayAndTime(*alert.resolvedAt, now));
    }
    }
    return {};
}

// How much it matters, in words: the icon is not the only carrier of it.
QString level(Core::PracticeStatus status)
{
    return status == Core::PracticeStatus::Warn ? Text::tr("critical") : Text::tr("suggested");
}

QStringList idsOf(const QList<Core::InboxAlert> &alerts)
{
    QStringList ids;
    ids.reserve(alerts.size());
    for (const Core::InboxAlert &alert : alerts)
        ids.append(alert.id);
    return ids;
}

} // namespace

AlertListModel::AlertListModel(const Core::PracticeCatalog &catalog, const Core::Clock &clock,
                               QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_clock(clock)
{ }

void AlertListModel::setStatus(const StatusView &view)
{
    // The inbox keeps them newest first already; the list must not depend on it.
    QList<Core::InboxAlert> alerts = view.alerts;
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Core::InboxAlert &a, const Core::InboxAlert &b) {
                         return a.raisedAt > b.raisedAt;
                     });

    // The same alerts (most refreshes, a snooze, a dismissal): update in place, so that the
    // view keeps its focus and scroll position.
    if (!alerts.isEmpty() && idsOf(alerts) == idsOf(m_alerts)) {
        m_alerts = std::move(alerts);
        emit dataChanged(index(0), index(int(m_alerts.size()) - 1));
        return;
    }
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

QModelIndex AlertListModel::indexOfAlert(const QString &alertId) const
{
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts.at(row).id == alertId)
            return index(row);
    }
    return {};
}

const Core::InboxAlert *AlertListModel::alert(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid()
        || index.row() >= m_alerts.size())
        return nullptr;
    return &m_alerts.at(index.row());
}

int AlertListModel::openCount() const
{
    return int(std::count_if(m_alerts.begin(), m_alerts.end(), [](const Core::InboxAlert &alert) {
        return alert.state == State::Open;
    }));
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QString AlertListModel::practiceTitle(const Core::InboxAlert &alert) const
{
    const Core::Practice *practice = m_catalog.find(alert.practice);
    return practice && !practice->titleFailing.isEmpty() ? practice->titleFailing : alert.practice;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    const Core::InboxAlert *alert = this->alert(index);
    if (!alert)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        //: An alert: the device's name, then what is wrong ("alice-mbp: Firewall is off").
        return Text::tr("%1: %2").arg(deviceName(*alert), practiceTitle(*alert));
    case Qt::DecorationRole:
        return practiceStatusIcon(isRecovered(*alert) ? Core::PracticeStatus::Ok : alert->status);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString what = Text::tr("%1: %2").arg(deviceName(*alert), practiceTitle(*alert));
        const QString when = subtitle(*alert, m_clock.now());
        if (isActionable(*alert)) {
            //: An alert as one sentence: what is wrong, how much it matters, its state.
            return Text::tr("%1 (%2). %3.").arg(what, level(alert->status), when);
        }
        return Text::tr("%1. %2.").arg(what, when);
    }
    case AlertIdRole:
        return alert->id;
    case DeviceIdRole:
        return alert->deviceId;
    case DeviceNameRole:
        return deviceName(*alert);
    case PracticeRole:
        return alert->practice;
    case PracticeTitleRole:
        return practiceTitle(*alert);
    case StateRole:
        return int(alert->state);
    case StatusRole:
        return int(alert->status);
    case SubtitleRole:
        return subtitle(*alert, m_clock.now());
    case ActionableRole:
        return isActionable(*alert);
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AlertIdRole, "alertId");
    names.insert(DeviceIdRole, "deviceId");
    names.insert(DeviceNameRole, "deviceName");
    names.insert(PracticeRole, "practice");
    names.insert(PracticeTitleRole, "practiceTitle");
    names.insert(StateRole, "state");
    names.insert(StatusRole, "status");
    names.insert(SubtitleRole, "subtitle");
    names.insert(ActionableRole, "actionable");
    return names;
}

} // namespace Stethoscope::Desktop
