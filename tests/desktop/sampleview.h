#pragma once

// A small status for the desktop tests: a Mac with a critical practice, an Android phone with
// a suggestion, a Windows PC that is fine, and a stale iPhone; Jamf and Google answered,
// LANDESK failed and its devices come from the last snapshot.
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
    return {status, source, sampleNow().addSecs(-3600 * hoursAgo), details};
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

} // namespace Stethoscope::Desktop::Test
