#include "notifier.h"

#include "freedesktopnotifier.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QSystemTrayIcon>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Stethoscope::Desktop {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "stethoscope.desktop.notify", QtWarningMsg)

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Notifier)
};

using Core::Alert;
using Core::PracticeStatus;

constexpr int digestLines = 3; // a notification shows a few lines; the rest is in the window
constexpr int trayMessageMs = 10'000;

QString failingTitle(const QString &practice, const Core::PracticeCatalog &catalog)
{
    const Core::Practice *known = catalog.find(practice);
    return known && !known->titleFailing.isEmpty() ? known->titleFailing : practice;
}

QString deviceName(const Alert &alert)
{
    return alert.deviceName.isEmpty() ? alert.deviceId : alert.deviceName;
}

// "alice-mbp: Disk encryption is off"
QString alertLine(const Alert &alert, const Core::PracticeCatalog &catalog)
{
    //: A device that needs attention and what is wrong with it: "alice-mbp: Firewall is off".
    return Text::tr("%1: %2").arg(deviceName(alert), failingTitle(alert.practice, catalog));
}

// The first sentence, by the locale-independent Unicode rules: a notification has room for it.
QString firstSentence(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    const qsizetype end = finder.toNextBoundary();
    return (end > 0 ? text.left(end) : text).trimmed();
}

NotificationMessage composeSingle(const Alert &alert, const Core::PracticeCatalog &catalog)
{
    QStringList body;
    if (const Core::Practice *practice = catalog.find(alert.practice)) {
        if (!practice->why.isEmpty())
            body.append(firstSentence(practice->why));
    }
    if (alert.status == PracticeStatus::Warn)
        body.append(Text::tr("Required by your organization."));
    else if (alert.status == PracticeStatus::Nudge)
        body.append(Text::tr("Suggested by your organization."));

    return {alertLine(alert, catalog), body.join(u' '), alert.deviceId, alert.practice,
            alert.status == PracticeStatus::Warn};
}

NotificationMessage composeDigest(QList<Alert> alerts, const Core::PracticeCatalog &catalog)
{
    // Most severe first (the tracker already sorts so; the words must not depend on it).
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Alert &a, const Alert &b) { return a.status > b.status; });

    QSet<QString> devices;
    bool samePractice = true;
    for (const Alert &alert : std::as_const(alerts)) {
        devices.insert(alert.deviceId);
        samePractice = samePractice && alert.deviceId == alerts.constFirst().deviceId
            && alert.practice == alerts.constFirst().practice;
    }

    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(alerts.size(), digestLines); ++i)
        lines.append(alertLine(alerts.at(i), catalog));
    if (alerts.size() > digestLines) {
        //: The last line of a notification that lists a few of the problems found.
        lines.append(Text::tr("and %n more", nullptr, int(alerts.size() - digestLines)));
    }

    const Alert &first = alerts.constFirst();
    return {Text::tr("%n device(s) need attention", nullptr, int(devices.size())),
            lines.join(u'\n'), first.deviceId, samePractice ? first.practice : QString(),
            first.status == PracticeStatus::Warn};
}

} // namespace

NotificationMessage composeNotification(const Core::Notification &notification,
                                        const Core::PracticeCatalog &catalog)
{
    if (notification.alerts.isEmpty())
        return {};
    if (!notification.isDigest())
        return composeSingle(notification.alerts.constFirst(), catalog);
    return composeDigest(notification.alerts, catalog);
}

TrayMessageNotifier::TrayMessageNotifier(QSystemTrayIcon *tray, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
{
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                &TrayMessageNotifier::onMessageClicked);
}

void TrayMessageNotifier::show(const NotificationMessage &message)
{
    if (!m_tray) {
        qCWarning(lcNotify) << "No tray icon to show a notification on:" << message.title;
        return;
    }
    m_last = message;
    m_tray->showMessage(message.title, message.body,
                        message.critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                        trayMessageMs);
}

QString TrayMessageNotifier::channelName() const
{
    return QStringLiteral("tray");
}

void TrayMessageNotifier::onMessageClicked()
{
    // The tray shows one message at a time and a new one replaces the old: a click is always
    // about the last one.
    if (m_last)
        emit activated(m_last->deviceId, m_last->practice);
}

NotificationMessage composeThanks(const Core::InboxAlert &alert,
                                  const Core::PracticeCatalog &catalog)
{
    const Core::Practice *practice = catalog.find(alert.practice);
    const QString passing
        = practice && !practice->titlePassing.isEmpty() ? practice->titlePassing : alert.practice;
    const QString device = alert.deviceName.isEmpty() ? alert.deviceId : alert.deviceName;
    NotificationMessage message;
    //: A practice that recovered: "Disk encryption is on for alice-mbp — thank you".
    message.title = Text::tr("%1 for %2 — thank you").arg(passing, device);
    message.body = Text::tr("Stethoscope noticed the change.");
    message.deviceId = alert.deviceId;
    message.practice = alert.practice;
    message.critical = false;
    return message;
}

std::unique_ptr<Notifier> createNotifier(QSystemTrayIcon *tray, QObject *parent)
{
#ifdef Q_OS_LINUX
    if (FreedesktopNotifier::isAvailable()) {
        qCInfo(lcNotify) << "Notifications through the freedesktop notification server";
        return std::make_unique<FreedesktopNotifier>(parent);
    }
    qCInfo(lcNotify) << "No freedesktop notification server; notifications through the tray";
#endif
    return std::make_unique<TrayMessageNotifier>(tray, parent);
}

} // namespace Stethoscope::Desktop
