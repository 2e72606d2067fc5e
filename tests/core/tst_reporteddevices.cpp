#include "catch.h"

#include "alertinbox.h"
#include "policy.h"
#include "recordbuilder.h"
#include "reporteddevices.h"
#include "snapshotbuilder.h"

using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;

namespace {

const QString oldMacId = QStringLiteral("serial:C02OLD1234");

// Alice's laptop, fine, and an old Mac still listed as hers with its firewall off, known to
// Jamf and Google.
struct Fleet
{
    int oldMacSyncedHoursAgo = 48; // when it last checked in with Jamf
    bool googleDown = false;
    bool landeskListsOldMac = false;

    Snapshot snapshot(const QDateTime &now) const
    {
        const Evaluator evaluator(PracticeCatalog::builtin(), Policy::builtin());
        const auto oldMac = [](QStringView source, QStringView id) {
            return RecordBuilder(source, id)
                .name(u"old-mac")
                .platform(Platform::Mac)
                .serial(u"C02OLD1234")
                .syncedHoursAgo(72);
        };
        QList<SourceResult> results {
            {QStringLiteral("jamf"),
             QList<DeviceRecord> {RecordBuilder(u"jamf", u"1")
                                      .name(u"alice-mbp")
                                      .platform(Platform::Mac)
                                      .serial(u"C02ZK1ABMD6M")
                                      .passing(PracticeKey::firewall),
                                  oldMac(u"jamf", u"2")
                                      .syncedHoursAgo(oldMacSyncedHoursAgo)
                                      .failing(PracticeKey::firewall)},
             now},
        };
        if (googleDown)
            results.append({QStringLiteral("google"),
                            Error {Error::Category::Network, QStringLiteral("down"), {}}, now});
        else
            results.append(
                {QStringLiteral("google"), QList<DeviceRecord> {oldMac(u"google", u"g1")}, now});
        QList<DeviceRecord> landesk;
        if (landeskListsOldMac)
            landesk.append(oldMac(u"landesk", u"7"));
        results.append({QStringLiteral("landesk"), landesk, now});
        return buildSnapshot(results, evaluator, {QStringLiteral("alice@example.com"), now, {}});
    }
};

const Device &deviceIn(const Snapshot &snapshot, const QString &id)
{
    const auto it = std::find_if(snapshot.devices.begin(), snapshot.devices.end(),
                                 [&](const Device &device) { return device.id == id; });
    REQUIRE(it != snapshot.devices.end());
    return *it;
}

bool lists(const Snapshot &snapshot, const QString &id)
{
    return std::any_of(snapshot.devices.begin(), snapshot.devices.end(),
                       [&](const Device &device) { return device.id == id; });
}

const QDateTime noon = testNow;

} // namespace

TEST_CASE("A reported device stops driving the state, and drives it again when it is used",
          "[reported]")
{
    Fleet fleet;
    const Snapshot before = fleet.snapshot(noon);
    REQUIRE(before.overall == Rating::Critical); // the old Mac's firewall
    ReportedDevices reported;
    REQUIRE(withoutReported(before, reported).overall == Rating::Critical);

    const auto reason = GENERATE(DeviceReport::Reason::NotMine, DeviceReport::Reason::NoLongerUsed);
    reported.report(deviceIn(before, oldMacId), reason, noon);
    const Snapshot driving = withoutReported(before, reported);
    CHECK(driving.overall == Rating::Ok);
    CHECK_FALSE(lists(driving, oldMacId));
    CHECK(lists(before, oldMacId)); // still shown in the details window
    CHECK(reported.find(oldMacId)->deviceName == u"old-mac");

    // Later refreshes that bring nothing new keep it out.
    const QDateTime later = noon.addSecs(4 * 3600);
    CHECK(withoutReported(fleet.snapshot(later), reported).overall == Rating::Ok);
    CHECK(reported.isReported(oldMacId));

    SECTION("it checks in again")
    {
        fleet.oldMacSyncedHoursAgo = 1;
    }
    SECTION("another backend lists it")
    {
        fleet.landeskListsOldMac = true;
    }
    CHECK(withoutReported(fleet.snapshot(later), reported).overall == Rating::Critical);
    CHECK_FALSE(reported.isReported(oldMacId));
}

TEST_CASE("A backend outage does not end a report", "[reported]")
{
    Fleet fleet;
    ReportedDevices reported;
    reported.report(deviceIn(fleet.snapshot(noon), oldMacId), DeviceReport::Reason::NotMine, noon);

    fleet.googleDown = true; // the old Mac looks different: only Jamf lists it now
    const QDateTime later = noon.addSecs(3600);
    CHECK(withoutReported(fleet.snapshot(later), reported).overall == Rating::Ok);
    CHECK(reported.isReported(oldMacId));

    fleet.googleDown = false; // back, with nothing new about it
    CHECK(withoutReported(fleet.snapshot(later), reported).overall == Rating::Ok);
    CHECK(reported.isReported(oldMacId));
}

TEST_CASE("A reported device's alerts leave the inbox and come back with the device", "[reported]")
{
    Fleet fleet;
    ReportedDevices reported;
    AlertInbox inbox;
    REQUIRE(inbox.update(withoutReported(fleet.snapshot(noon), reported), noon).raised.size() == 1);
    REQUIRE(inbox.openCount() == 1);

    reported.report(deviceIn(fleet.snapshot(noon), oldMacId), DeviceReport::Reason::NoLongerUsed,
                    noon);
    CHECK(inbox.forgetDevice(oldMacId) == 1);
    const QDateTime later = noon.addSecs(3600);
    CHECK(inbox.update(withoutReported(fleet.snapshot(later), reported), later).isEmpty());
    CHECK(inbox.openCount() == 0);

    fleet.oldMacSyncedHoursAgo = 0; // in use after all
    const auto update = inbox.update(withoutReported(fleet.snapshot(later), reported), later);
    REQUIRE(update.raised.size() == 1);
    CHECK(update.raised.front().deviceName == u"old-mac");
    CHECK(inbox.openCount() == 1);
}

TEST_CASE("Reports are kept across a restart", "[reported]")
{
    Fleet fleet;
    ReportedDevices before;
    before.report(deviceIn(fleet.snapshot(noon), oldMacId), DeviceReport::Reason::NoLongerUsed,
                  noon);

    auto restored = ReportedDevices::restoreState(before.saveState());
    REQUIRE(restored.hasValue());
    ReportedDevices after = std::move(restored).value();
    CHECK(after.reports() == before.reports());
    CHECK(withoutReported(fleet.snapshot(noon.addSecs(60)), after).overall == Rating::Ok);
    // The cached snapshot shown at start-up reads the same: the device stays out.
    const auto cached = Snapshot::fromJson(fleet.snapshot(noon.addSecs(60)).toJson());
    REQUIRE(cached.hasValue());
    CHECK(withoutReported(*cached, after).overall == Rating::Ok);
    CHECK(after.isReported(oldMacId));
    fleet.oldMacSyncedHoursAgo = 1;
    CHECK(withoutReported(fleet.snapshot(noon.addSecs(60)), after).overall == Rating::Critical);
}

TEST_CASE("A damaged or newer saved list of reports is refused, naming what is wrong", "[reported]")
{
    const auto [json, expected] = GENERATE(table<const char *, const char *>({
        {"{", "not valid JSON"},
        {R"({"schema":"1","reports":[]})", "no valid schema number"},
        {R"({"schema":3,"reports":[]})", "newer version"},
        {R"({"schema":1,"reports":{}})", "\"reports\" must be a list"},
        {R"({"schema":1,"reports":[{"device_id":"d","reason":"stolen","reported_at":
             "2026-11-28T12:00:00Z","sources":["jamf"],"fingerprint":"ab"}]})",
         "\"reports[0].reason\" has the unknown value"},
        {R"({"schema":1,"reports":[{"device_id":"d","reason":"not_mine","reported_at":
             "2026-11-28T12:00:00Z","sources":["jamf"]}]})",
         "\"reports[0].fingerprint\" is missing"},
        {R"({"schema":1,"reports":[{"device_id":"d","reason":"not_mine","reported_at":
             "2026-11-28T12:00:00Z","sources":[1],"fingerprint":"ab"}]})",
         "\"reports[0].sources[0]\" must be a string"},
        {R"({"schema":1,"reports":[
             {"device_id":"d","reason":"not_mine","reported_at":"2026-11-28T12:00:00Z",
              "sources":[],"fingerprint":"ab"},
             {"device_id":"d","reason":"no_longer_used","reported_at":"2026-11-28T12:00:00Z",
              "sources":[],"fingerprint":"cd"}]})",
         "\"reports[1].device_id\" is \"d\", which an earlier report has"},
    }));
    CAPTURE(json);
    const auto reported = ReportedDevices::restoreState(QByteArrayView(json));
    REQUIRE_FALSE(reported.hasValue());
    CHECK(reported.error().message.contains(QString::fromUtf8(expected)));
}
