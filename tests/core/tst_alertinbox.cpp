#include "catch.h"

#include "alertinbox.h"
#include "policy.h"
#include "recordbuilder.h"
#include "snapshotbuilder.h"

using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;

namespace {

using State = Observation::State;

// Builds snapshots of a small fleet whose settings a test flips. Every device checked in an
// hour before `now` (unless a test makes the Mac stale), so that a test may run for weeks.
struct Fleet
{
    std::optional<State> macFirewall = State::Passing; // none: the backend did not say
    std::optional<State> pcEncryption = State::Passing;
    bool jamfDown = false; // the Mac is missing from the snapshot
    bool macStale = false;

    Snapshot snapshot(const QDateTime &now) const
    {
        const Evaluator evaluator(PracticeCatalog::builtin(), Policy::builtin());
        const auto checkedIn = [&](RecordBuilder builder, std::optional<State> firewall,
                                   std::optional<State> encryption, int hoursAgo) {
            if (firewall)
                builder.observe(PracticeKey::firewall, *firewall);
            if (encryption)
                builder.observe(PracticeKey::encryption, *encryption);
            DeviceRecord record = builder;
            record.lastSync = now.addSecs(-3600 * hoursAgo);
            return record;
        };
        QList<SourceResult> results;
        if (jamfDown) {
            results.append({QStringLiteral("jamf"),
                            Error {Error::Category::Network, QStringLiteral("down"), {}}, now});
        } else {
            results.append(
                {QStringLiteral("jamf"),
                 QList<DeviceRecord> {checkedIn(RecordBuilder(u"jamf", u"1")
                                                    .name(u"alice-mbp")
                                                    .platform(Platform::Mac)
                                                    .serial(u"C02ZK1ABMD6M"),
                                                macFirewall, {}, macStale ? 24 * 40 : 1)},
                 now});
        }
        results.append({QStringLiteral("landesk"),
                        QList<DeviceRecord> {checkedIn(RecordBuilder(u"landesk", u"2")
                                                           .name(u"ALICE-PC")
                                                           .platform(Platform::Windows)
                                                           .serial(u"PF4XK2LM"),
                                                       {}, pcEncryption, 1)},
                        now});
        return buildSnapshot(results, evaluator, {QStringLiteral("alice@example.com"), now, {}});
    }
};

QString describe(const InboxAlert &alert)
{
    return alert.deviceName + u' ' + alert.practice + u' ' + statusName(alert.status) + u' '
        + inboxStateName(alert.state);
}

// What the employee sees in the inbox, newest first.
QStringList listed(const AlertInbox &inbox)
{
    QStringList lines;
    for (const InboxAlert &alert : inbox.alerts())
        lines.append(describe(alert));
    return lines;
}

QStringList described(const QList<InboxAlert> &alerts)
{
    QStringList lines;
    for (const InboxAlert &alert : alerts)
        lines.append(describe(alert));
    return lines;
}

QStringList lines(std::initializer_list<const char16_t *> texts)
{
    QStringList result;
    for (const char16_t *text : texts)
        result.append(QString::fromUtf16(text));
    return result;
}

const QDateTime noon = testNow; // 12:00 UTC; tests run in UTC

QDateTime hoursLater(int hours)
{
    return noon.addSecs(3600 * hours);
}

// Runs one refresh of `fleet` at `when`.
InboxUpdate refresh(AlertInbox &inbox, const Fleet &fleet, const QDateTime &when)
{
    return inbox.update(fleet.snapshot(when), when);
}

} // namespace

TEST_CASE("An alert is raised, snoozed, open again after the snooze, resolved on recovery",
          "[inbox]")
{
    AlertInbox inbox;
    Fleet fleet;
    CHECK(refresh(inbox, fleet, noon).isEmpty()); // all good: an empty inbox
    CHECK(inbox.alerts().isEmpty());

    fleet.macFirewall = State::Failing;
    CHECK(described(refresh(inbox, fleet, hoursLater(1)).raised)
          == lines({u"alice-mbp firewall warn open"}));
    CHECK(inbox.openCount() == 1);
    // Still failing an hour later: the same alert, not a second one.
    CHECK(refresh(inbox, fleet, hoursLater(2)).isEmpty());
    REQUIRE(inbox.alerts().size() == 1);
    const QString id = inbox.alerts().front().id;

    REQUIRE(inbox.snooze(id, hoursLater(26), hoursLater(2)));
    CHECK(listed(inbox) == lines({u"alice-mbp firewall warn snoozed"}));
    CHECK(inbox.openCount() == 0); // the tray's count leaves it out while snoozed
    CHECK(refresh(inbox, fleet, hoursLater(25)).isEmpty());
    CHECK(inbox.openCount() == 0);

    const InboxUpdate after = refresh(inbox, fleet, hoursLater(26));
    CHECK(described(after.reopened) == lines({u"alice-mbp firewall warn open"}));
    CHECK(inbox.openCount() == 1);

    fleet.macFirewall = State::Passing;
    const InboxUpdate fixed = refresh(inbox, fleet, hoursLater(27));
    CHECK(described(fixed.resolved) == lines({u"alice-mbp firewall warn resolved"}));
    CHECK(inbox.find(id)->resolvedAt == hoursLater(27));
    CHECK(inbox.openCount() == 0);
    // "Thank you" is said once.
    CHECK(refresh(inbox, fleet, hoursLater(28)).isEmpty());
    CHECK(listed(inbox) == lines({u"alice-mbp firewall warn resolved"}));
}

TEST_CASE("A backend outage or a stale device resolves nothing", "[inbox]")
{
    AlertInbox inbox;
    Fleet fleet;
    fleet.macFirewall = State::Failing;
    REQUIRE(refresh(inbox, fleet, noon).raised.size() == 1);

    SECTION("outage")
    {
        fleet.jamfDown = true; // the Mac is missing from the snapshot
        fleet.macFirewall = State::Passing; // (jamf would say so, but cannot)
        CHECK(refresh(inbox, fleet, hoursLater(1)).isEmpty());
        CHECK(listed(inbox) == lines({u"alice-mbp firewall warn open"}));

        fleet.jamfDown = false; // back, and now it knows
        CHECK(described(refresh(inbox, fleet, hoursLater(2)).resolved)
              == lines({u"alice-mbp firewall warn resolved"}));
    }
    SECTION("stale")
    {
        fleet.macStale = true;
        fleet.macFirewall = State::Passing;
        CHECK(refresh(inbox, fleet, hoursLater(1)).isEmpty());
        CHECK(listed(inbox) == lines({u"alice-mbp firewall warn open"}));
    }
}

TEST_CASE("A stale device raises nothing", "[inbox]")
{
    AlertInbox inbox;
    Fleet fleet;
    fleet.macStale = true;
    fleet.macFirewall = State::Failing;
    CHECK(refresh(inbox, fleet, noon).isEmpty());
    CHECK(inbox.alerts().isEmpty());
}

TEST_CASE("An unknown verdict neither raises nor resolves", "[inbox]")
{
    AlertInbox inbox;
    Fleet fleet;
    fleet.macFirewall.reset(); // jamf no longer says
    CHECK(refresh(inbox, fleet, noon).isEmpty());
    CHECK(inbox.alerts().isEmpty());

    fleet.macFirewall = State::Failing;
    REQUIRE(refresh(inbox, fleet, hoursLater(1)).raised.size() == 1);
    fleet.macFirewall.reset();
    CHECK(refresh(inbox, fleet, hoursLater(2)).isEmpty());
    CHECK(listed(inbox) == lines({u"alice-mbp firewall warn open"}));
}

TEST_CASE("A dismissed alert stays dismissed; a relapse after recovery raises a new one", "[inbox]")
{
    AlertInbox inbox;
    Fleet fleet;
    fleet.pcEncryption = State::Failing;
    REQUIRE(refresh(inbox, fleet, noon).raised.size() == 1);
    const QString first = inbox.alerts().front().id;

    REQUIRE(inbox.dismiss(first, hoursLater(1)));
    CHECK(inbox.openCount() == 0);
    CHECK_FALSE(inbox.dismiss(first, hoursLater(1)));
    CHECK_FALSE(inbox.snooze(first, hoursLater(5), hoursLater(1)));
    // Still failing: it stays set aside, and nothing new appears.
    CHECK(refresh(inbox, fleet, hoursLater(2)).isEmpty());
    CHECK(listed(inbox) == lines({u"ALICE-PC encryption warn dismissed"}));

    fleet.pcEncryption = State::Passing;
    CHECK(refresh(inbox, fleet, hoursLater(3)).isEmpty()); // no thanks for what was set aside
    CHECK(listed(inbox) == lines({u"ALICE-PC encryption warn dismissed"}));

    fleet.pcEncryption = State::Failing;
    const InboxUpdate relapse = refresh(inbox, fleet, hoursLater(4));
    CHECK(described(relapse.raised) == lines({u"ALICE-PC encryption warn open"}));
    REQUIRE(relapse.raised.size() == 1);
    CHECK(relapse.raised.front().id != first);
    CHECK(listed(inbox)
          == lines({u"ALICE-PC encryption warn open", u"ALICE-PC encryption warn dismissed"}));
    CHECK(inbox.openCount() == 1);
}

TEST_CASE("A snooze is cut to the longest allowed, and only open alerts can be snoozed", "[inbox]")
{
    AlertInbox inbox(InboxRules {30, std::chrono::hours(24)});
    Fleet fleet;
    fleet.macFirewall = State::Failing;
    REQUIRE(refresh(inbox, fleet, noon).raised.size() == 1);
    const QString id = inbox.alerts().front().id;

    CHECK_FALSE(inbox.snooze(QStringLiteral("no such alert"), hoursLater(5), noon));
    CHECK_FALSE(inbox.snooze(id, noon.addSecs(-60), noon)); // already over
    REQUIRE(inbox.snooze(id, noon.addDays(30), noon));
    CHECK(inbox.find(id)->snoozedUntil == hoursLater(24));
    CHECK(refresh(inbox, fleet, hoursLater(23)).isEmpty());
    CHECK(described(refresh(inbox, fleet, hoursLater(24)).reopened)
          == lines({u"alice-mbp firewall warn open"}));

    fleet.macFirewall = State::Passing;
    REQUIRE(refresh(inbox, fleet, hoursLater(25)).resolved.size() == 1);
    CHECK_FALSE(inbox.snooze(id, hoursLater(30), hoursLater(25)));
    CHECK_FALSE(inbox.dismiss(id, hoursLater(25)));
}

TEST_CASE("A snoozed alert opens again when it gets worse", "[inbox]")
{
    AlertInbox inbox;
    Fleet fleet;
    fleet.pcEncryption = State::InProgress; // still encrypting: a nudge
    REQUIRE(refresh(inbox, fleet, noon).raised.size() == 1);
    const QString id = inbox.alerts().front().id;
    REQUIRE(inbox.snooze(id, noon.addDays(3), noon));

    fleet.pcEncryption = State::Failing;
    const InboxUpdate worse = refresh(inbox, fleet, hoursLater(1));
    CHECK(described(worse.reopened) == lines({u"ALICE-PC encryption warn open"}));
    CHECK(worse.raised.isEmpty()); // the same alert, not a second one
    CHECK(inbox.openCount() == 1);
}

TEST_CASE("Closed alerts are kept for a while, then dropped", "[inbox]")
{
    AlertInbox inbox(InboxRules {30, std::chrono::hours(24 * 7)});
    Fleet fleet;
    fleet.macFirewall = State::Failing;
    fleet.pcEncryption = State::Failing;
    REQUIRE(refresh(inbox, fleet, noon).raised.size() == 2);
    const InboxAlert pc = inbox.alerts().front();
    REQUIRE(pc.deviceName == u"ALICE-PC");
    REQUIRE(inbox.dismiss(pc.id, noon)); // and its disk stays unencrypted
    fleet.macFirewall = State::Passing;
    REQUIRE(refresh(inbox, fleet, hoursLater(1)).resolved.size() == 1);

    CHECK(refresh(inbox, fleet, noon.addDays(30)).isEmpty());
    CHECK(listed(inbox)
          == lines({u"ALICE-PC encryption warn dismissed", u"alice-mbp firewall warn resolved"}));

    // A month on, the resolved alert is gone; the dismissal still holds: no new alert.
    CHECK(refresh(inbox, fleet, noon.addDays(31)).isEmpty());
    CHECK(listed(inbox) == lines({u"ALICE-PC encryption warn dismissed"}));

    // Once the disk is encrypted, the dismissed alert is history too.
    fleet.pcEncryption = State::Passing;
    CHECK(refresh(inbox, fleet, noon.addDays(32)).isEmpty());
    CHECK(inbox.alerts().isEmpty());
}

TEST_CASE("The inbox is kept across a restart", "[inbox]")
{
    AlertInbox before;
    Fleet fleet;
    fleet.macFirewall = State::Failing;
    fleet.pcEncryption = State::Failing;
    REQUIRE(refresh(before, fleet, noon).raised.size() == 2);
    const QString pc = before.alerts().at(0).id;
    const QString mac = before.alerts().at(1).id;
    REQUIRE(before.snooze(mac, hoursLater(5), noon));
    REQUIRE(before.dismiss(pc, noon));

    auto restored = AlertInbox::restoreState(before.saveState());
    REQUIRE(restored.hasValue());
    AlertInbox after = std::move(restored).value();
    CHECK(after.alerts() == before.alerts());

    // Nothing is raised twice after the restart, and the snooze still runs out.
    CHECK(refresh(after, fleet, hoursLater(1)).isEmpty());
    CHECK(described(refresh(after, fleet, hoursLater(5)).reopened)
          == lines({u"alice-mbp firewall warn open"}));
    fleet.macFirewall = State::Passing;
    CHECK(described(refresh(after, fleet, hoursLater(6)).resolved)
          == lines({u"alice-mbp firewall warn resolved"}));
    CHECK(listed(after)
          == lines({u"ALICE-PC encryption warn dismissed", u"alice-mbp firewall warn resolved"}));
}

TEST_CASE("A damaged or newer saved inbox is refused, naming what is wrong", "[inbox]")
{
    const auto [json, expected] = GENERATE(table<const char *, const char *>({
        {"garbage", "not valid JSON"},
        {"[]", "must contain a JSON object"},
        {R"({"alerts":[]})", "no valid schema number"},
        {R"({"schema":2,"alerts":[]})", "newer version"},
        {R"({"schema":1})", "\"alerts\" is missing"},
        {R"({"schema":1,"alerts":[],"told":{}})", "\"told\" is not a known key"},
        {R"({"schema":1,"alerts":[7]})", "\"alerts[0]\" must be an object"},
        {R"({"schema":1,"alerts":[{"id":"a","device_id":"d","practice":"firewall","status":"ok",
             "raised_at":"2026-11-28T12:00:00Z","state":"open"}]})",
         "\"alerts[0].status\" is \"ok\""},
        {R"({"schema":1,"alerts":[{"id":"a","device_id":"d","practice":"firewall","status":"warn",
             "raised_at":"yesterday","state":"open"}]})",
         "\"alerts[0].raised_at\" must be an RFC 3339"},
        {R"({"schema":1,"alerts":[{"id":"a","device_id":"d","practice":"firewall","status":"warn",
             "raised_at":"2026-11-28T12:00:00Z","state":"snoozed"}]})",
         "\"alerts[0].snoozed_until\" is missing"},
        {R"({"schema":1,"alerts":[{"id":"a","device_id":"d","practice":"firewall","status":"warn",
             "raised_at":"2026-11-28T12:00:00Z","state":"gone"}]})",
         "\"alerts[0].state\" has the unknown value"},
        {R"({"schema":1,"alerts":[{"device_id":"d","practice":"firewall","status":"warn",
             "raised_at":"2026-11-28T12:00:00Z","state":"open"}]})",
         "\"alerts[0].id\" is missing"},
        {R"({"schema":1,"alerts":[
             {"id":"a","device_id":"d","practice":"firewall","status":"warn",
              "raised_at":"2026-11-28T12:00:00Z","state":"open"},
             {"id":"b","device_id":"d","practice":"firewall","status":"nudge",
              "raised_at":"2026-11-28T13:00:00Z","state":"open"}]})",
         "\"alerts[1]\" is a second alert"},
    }));
    CAPTURE(json);
    const auto inbox = AlertInbox::restoreState(QByteArrayView(json));
    REQUIRE_FALSE(inbox.hasValue());
    CHECK(inbox.error().category == Error::Category::Parse);
    CHECK(inbox.error().message.contains(QString::fromUtf8(expected)));
}
