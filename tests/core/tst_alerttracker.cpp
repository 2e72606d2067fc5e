#include "catch.h"

#include "alerttracker.h"
#include "policy.h"
#include "recordbuilder.h"
#include "snapshotbuilder.h"

using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;

namespace {

// Builds snapshots of a small fleet whose settings a test flips.
struct Fleet
{
    bool macFirewallOff = false;
    bool macAutoUpdateOff = false;
    bool pcEncryptionOff = false;
    bool phoneLockOff = false;
    bool jamfDown = false;

    Snapshot snapshot(const QDateTime &now) const
    {
        const Evaluator evaluator(PracticeCatalog::builtin(), Policy::builtin());
        const auto state = [](bool off) {
            return off ? Observation::State::Failing : Observation::State::Passing;
        };
        QList<SourceResult> results;
        if (jamfDown) {
            results.append({QStringLiteral("jamf"),
                            Error {Error::Category::Network, QStringLiteral("down"), {}}, now});
        } else {
            results.append({QStringLiteral("jamf"),
                            QList<DeviceRecord> {
                                RecordBuilder(u"jamf", u"1")
                                    .name(u"alice-mbp")
                                    .platform(Platform::Mac)
                                    .serial(u"C02ZK1ABMD6M")
                                    .observe(PracticeKey::firewall, state(macFirewallOff))
                                    .observe(PracticeKey::autoupdate, state(macAutoUpdateOff))},
                            now});
        }
        results.append(
            {QStringLiteral("landesk"),
             QList<DeviceRecord> {RecordBuilder(u"landesk", u"2")
                                      .name(u"ALICE-PC")
                                      .platform(Platform::Windows)
                                      .serial(u"PF4XK2LM")
                                      .observe(PracticeKey::encryption, state(pcEncryptionOff)),
                                  RecordBuilder(u"landesk", u"3")
                                      .name(u"alice-phone")
                                      .platform(Platform::Android)
                                      .serial(u"R5CW31XYZ9A")
                                      .observe(PracticeKey::screenlock, state(phoneLockOff))},
             now});
        return buildSnapshot(results, evaluator, {QStringLiteral("alice@example.com"), now, {}});
    }
};

QStringList told(const QList<Notification> &notifications)
{
    QStringList lines;
    for (const Notification &notification : notifications) {
        QStringList parts;
        for (const Alert &alert : notification.alerts)
            parts.append(alert.deviceName + u' ' + alert.practice + u' '
                         + statusName(alert.status));
        lines.append(parts.join(QStringLiteral(" + ")));
    }
    return lines;
}

const QDateTime noon = testNow; // 12:00 UTC; tests run in UTC

} // namespace

TEST_CASE("Only what got worse is told, once", "[alerts]")
{
    AlertTracker tracker;
    Fleet fleet;
    CHECK(tracker.update(fleet.snapshot(noon), noon).isEmpty()); // all good: silence

    fleet.macFirewallOff = true;
    CHECK(told(tracker.update(fleet.snapshot(noon), noon))
          == QStringList {QStringLiteral("alice-mbp firewall warn")});
    // Unchanged: never again.
    CHECK(tracker.update(fleet.snapshot(noon.addSecs(3600)), noon.addSecs(3600)).isEmpty());

    // Recovered, then failing again: that is news again.
    fleet.macFirewallOff = false;
    CHECK(tracker.update(fleet.snapshot(noon.addSecs(7200)), noon.addSecs(7200)).isEmpty());
    fleet.macFirewallOff = true;
    CHECK(told(tracker.update(fleet.snapshot(noon.addSecs(9000)), noon.addSecs(9000)))
          == QStringList {QStringLiteral("alice-mbp firewall warn")});
}

TEST_CASE("What was told is remembered across a restart", "[alerts]")
{
    Fleet fleet;
    fleet.pcEncryptionOff = true;
    AlertTracker before;
    REQUIRE(before.update(fleet.snapshot(noon), noon).size() == 1);

    auto restored = AlertTracker::restoreState(before.saveState());
    REQUIRE(restored.hasValue());
    AlertTracker after = std::move(restored).value();
    CHECK(after.update(fleet.snapshot(noon.addSecs(60)), noon.addSecs(60)).isEmpty());

    CHECK_FALSE(AlertTracker::restoreState("{\"schema\": 7}").hasValue());
    CHECK_FALSE(AlertTracker::restoreState("garbage").hasValue());
}

TEST_CASE("A backend outage ending brings no storm", "[alerts]")
{
    AlertTracker tracker;
    Fleet fleet;
    fleet.macFirewallOff = true;
    REQUIRE(tracker.update(fleet.snapshot(noon), noon).size() == 1);

    fleet.jamfDown = true; // the Mac vanishes from the snapshot for a while
    CHECK(tracker.update(fleet.snapshot(noon.addSecs(3600)), noon.addSecs(3600)).isEmpty());
    fleet.jamfDown = false; // and comes back unchanged
    CHECK(tracker.update(fleet.snapshot(noon.addSecs(7200)), noon.addSecs(7200)).isEmpty());
}

TEST_CASE("At most three a day: critical first, the rest in one digest", "[alerts]")
{
    AlertTracker tracker;
    Fleet fleet;
    fleet.macFirewallOff = true;
    fleet.macAutoUpdateOff = true; // a nudge
    fleet.pcEncryptionOff = true;
    fleet.phoneLockOff = true;
    const auto notifications = tracker.update(fleet.snapshot(noon), noon);
    CHECK(told(notifications)
          == QStringList {
              QStringLiteral("ALICE-PC encryption warn"), QStringLiteral("alice-mbp firewall warn"),
              QStringLiteral("alice-phone screenlock warn + alice-mbp autoupdate nudge")});
    CHECK(notifications.back().isDigest());

    // The day's budget is spent: a new problem the same day waits for the tray icon.
    fleet.macFirewallOff = false;
    CHECK(tracker.update(fleet.snapshot(noon.addSecs(60)), noon.addSecs(60)).isEmpty());
    fleet.macFirewallOff = true;
    CHECK(tracker.update(fleet.snapshot(noon.addSecs(120)), noon.addSecs(120)).isEmpty());
    // The next day there is budget again.
    fleet.macFirewallOff = false;
    const QDateTime tomorrow = noon.addDays(1);
    CHECK(tracker.update(fleet.snapshot(tomorrow), tomorrow).isEmpty());
    fleet.macFirewallOff = true;
    CHECK(told(tracker.update(fleet.snapshot(tomorrow.addSecs(60)), tomorrow.addSecs(60)))
          == QStringList {QStringLiteral("alice-mbp firewall warn")});
}

TEST_CASE("Quiet hours and snooze hold notifications back until they end", "[alerts]")
{
    const bool snooze = GENERATE(false, true);
    AlertRules rules;
    if (!snooze) {
        rules.quietFrom = QTime(22, 0); // wraps midnight
        rules.quietUntil = QTime(7, 0);
    }
    AlertTracker tracker(rules);
    const QDateTime night(QDate(2026, 11, 28), QTime(23, 30), Qt::UTC);
    if (snooze)
        tracker.snoozeUntil(night.addSecs(8 * 3600));
    Fleet fleet;
    fleet.pcEncryptionOff = true;
    fleet.phoneLockOff = true;
    CHECK(tracker.update(fleet.snapshot(night), night).isEmpty());

    // Meanwhile the phone got fixed: only what is still true is told afterwards.
    fleet.phoneLockOff = false;
    const QDateTime morning(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
    CHECK(told(tracker.update(fleet.snapshot(morning), morning))
          == QStringList {QStringLiteral("ALICE-PC encryption warn")});
    CHECK(tracker.update(fleet.snapshot(morning.addSecs(60)), morning.addSecs(60)).isEmpty());
}
