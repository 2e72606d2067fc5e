#pragma once

// A small status for the desktop tests: a Mac with a critical practice, an Android phone with
// a suggestion, a Windows PC that is fine, and a stale iPhone; Jamf and Google answered,
// LANDESK failed and its devices come from the last snapshot. sampleViewWithAlerts() adds the
// alerts inbox and a device reported to IT.
#include "statusview.h"

#include <QDateTime>

namespace Stethoscope::Desktop::Test {

inline QDateTime sampleNow()
{
    return QDateTime({2026, 11, 20}, {10, 42}, Qt::UTC);
}

inline Core::PracticeResult verdict(Core::PracticeStatus status, const QString &source,
                                    int hoursAgo, const QString &details = {})
{
    return {status, source, sampleNow().addSecs(-3600 * hoursAgo), details, {}};
}

inline StatusView sampleView()
{
    using Core::PracticeStatus;
    namespace Key = Core::PracticeKey;
    const QString jamf = QStringLiteral("jamf");
    const QString google = QStringLiteral("google");
    const QString landesk = QStringLiteral("landesk");

    Core::Device mac;
    mac.id = QStringLiteral("serial:C02ALICE01");
    mac.name = QStringLiteral("alice-mbp");
    mac.model = QStringLiteral("MacBook Pro (14-inch, 2023)");
    mac.platform = Core::Platform::Mac;
    mac.osName = QStringLiteral("macOS");
    mac.osVersion = QStringLiteral("14.1");
    mac.sources = {jamf};
    mac.lastSync = sampleNow().addSecs(-2 * 3600);
    mac.rating = Core::Rating::Critical;
    mac.practices.insert(
        Key::encryption,
        verdict(PracticeStatus::Warn, jamf, 2, QStringLiteral("FileVault is off.")));
    mac.practices.insert(Key::firewall, verdict(PracticeStatus::Nudge, jamf, 2));
    mac.practices.insert(Key::screenlock, verdict(PracticeStatus::Ok, jamf, 2));
    mac.practices.insert(Key::remotelogin, verdict(PracticeStatus::Unknown, jamf, 2));
    mac.practices.insert(Key::adbstatus, verdict(PracticeStatus::NotApplicable, jamf, 2));

    Core::Device phone;
    phone.id = QStringLiteral("google:android-7");
    phone.name = QStringLiteral("Pixel 8");
    phone.model = QStringLiteral("Pixel 8");
    phone.platform = Core::Platform::Android;
    phone.sources = {google};
    phone.lastSync = sampleNow().addSecs(-5 * 3600);
    phone.rating = Core::Rating::Warning;
    phone.practices.insert(Key::screenlock, verdict(PracticeStatus::Ok, google, 5));
    phone.practices.insert(
        Key::uptodate,
        verdict(PracticeStatus::Nudge, google, 5, QStringLiteral("Android 13 is behind 14.")));

    Core::Device pc;
    pc.id = QStringLiteral("serial:PC-4411");
    pc.name = QStringLiteral("ALICE-T14");
    pc.model = QStringLiteral("ThinkPad T14");
    pc.platform = Core::Platform::Windows;
    pc.sources = {landesk};
    pc.lastSync = sampleNow().addDays(-1);
    pc.rating = Core::Rating::Ok;
    pc.practices.insert(Key::encryption, verdict(PracticeStatus::Ok, landesk, 26));
    pc.practices.insert(Key::firewall, verdict(PracticeStatus::Ok, landesk, 26));

    Core::Device oldPhone;
    oldPhone.id = QStringLiteral("udid:0000-OLD");
    oldPhone.name = QStringLiteral("Old iPhone");
    oldPhone.platform = Core::Platform::iOS;
    oldPhone.sources = {jamf};
    oldPhone.lastSync = sampleNow().addDays(-34);
    oldPhone.stale = true;
    oldPhone.rating = Core::Rating::Critical;
    oldPhone.practices.insert(Key::jailed, verdict(PracticeStatus::Warn, jamf, 34 * 24));

    StatusView view;
    view.snapshot.generatedAt = sampleNow().addSecs(-60);
    view.snapshot.user = QStringLiteral("alice@example.com");
    view.snapshot.overall = Core::Rating::Critical;
    view.snapshot.sources = {
        {jamf, Core::SourceStatus::State::Ok, {}, 2, sampleNow().addSecs(-60)},
        {google, Core::SourceStatus::State::Ok, {}, 1, sampleNow().addSecs(-60)},
        {landesk, Core::SourceStatus::State::Stale, QStringLiteral("LANDESK: connection refused"),
         1, sampleNow().addDays(-1).addSecs(16 * 3600 + 20 * 60 - 10 * 3600 - 42 * 60)},
    };
    view.snapshot.devices = {mac, phone, pc, oldPhone};
    return view;
}

inline Core::InboxAlert inboxAlert(const QString &deviceId, const QString &deviceName,
                                   const QString &practice, Core::PracticeStatus status,
                                   int hoursAgo)
{
    Core::InboxAlert alert;
    alert.deviceId = deviceId;
    alert.deviceName = deviceName;
    alert.practice = practice;
    alert.status = status;
    alert.raisedAt = sampleNow().addSecs(-3600 * hoursAgo);
    alert.id
        = deviceId + u'|' + practice + u'|' + QString::number(alert.raisedAt.toMSecsSinceEpoch());
    return alert;
}

// sampleView() with five alerts, newest first: the Mac's encryption (open, 2 h ago), the
// phone's update (open, 5 h ago), the Mac's firewall (snoozed until 14:00 today), the PC's
// firewall (resolved today at 10:42) and the phone's screen lock (dismissed yesterday at
// 16:20); and a lobby iMac reported to IT as not the employee's (critical, but left out of the
// snapshot).
inline StatusView sampleViewWithAlerts()
{
    using Core::InboxAlert;
    using Core::PracticeStatus;
    namespace Key = Core::PracticeKey;
    StatusView view = sampleView();
    const QDate today = sampleNow().date();

    const InboxAlert encryption
        = inboxAlert(QStringLiteral("serial:C02ALICE01"), QStringLiteral("alice-mbp"),
                     Key::encryption, PracticeStatus::Warn, 2);
    const InboxAlert update
        = inboxAlert(QStringLiteral("google:android-7"), QStringLiteral("Pixel 8"), Key::uptodate,
                     PracticeStatus::Nudge, 5);
    InboxAlert firewall
        = inboxAlert(QStringLiteral("serial:C02ALICE01"), QStringLiteral("alice-mbp"),
                     Key::firewall, PracticeStatus::Nudge, 26);
    firewall.state = InboxAlert::State::Snoozed;
    firewall.snoozedUntil = QDateTime(today, {14, 0}, Qt::UTC);
    InboxAlert pcFirewall
        = inboxAlert(QStringLiteral("serial:PC-4411"), QStringLiteral("ALICE-T14"), Key::firewall,
                     PracticeStatus::Warn, 48);
    pcFirewall.state = InboxAlert::State::Resolved;
    pcFirewall.resolvedAt = sampleNow();
    InboxAlert screenlock
        = inboxAlert(QStringLiteral("google:android-7"), QStringLiteral("Pixel 8"), Key::screenlock,
                     PracticeStatus::Nudge, 72);
    screenlock.state = InboxAlert::State::Dismissed;
    screenlock.dismissedAt = QDateTime(today.addDays(-1), {16, 20}, Qt::UTC);
    view.alerts = {encryption, update, firewall, pcFirewall, screenlock};

    Core::Device kiosk;
    kiosk.id = QStringLiteral("serial:KIOSK-9");
    kiosk.name = QStringLiteral("lobby-imac");
    kiosk.model = QStringLiteral("iMac (24-inch, 2021)");
    kiosk.platform = Core::Platform::Mac;
    kiosk.sources = {QStringLiteral("jamf")};
    kiosk.lastSync = sampleNow().addDays(-3);
    kiosk.rating = Core::Rating::Critical;
    kiosk.practices.insert(Key::encryption,
                           verdict(PracticeStatus::Warn, QStringLiteral("jamf"), 72));
    view.reported = {kiosk};
    view.reports = {{kiosk.id,
                     *kiosk.name,
                     Core::DeviceReport::Reason::NotMine,
                     QDateTime(today.addDays(-1), {9, 0}, Qt::UTC),
                     kiosk.sources,
                     {}}};
    return view;
}

} // namespace Stethoscope::Desktop::Test
