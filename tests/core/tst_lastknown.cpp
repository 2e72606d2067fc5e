#include "catch.h"

#include "lastknown.h"
#include "policy.h"
#include "recordbuilder.h"
#include "snapshotbuilder.h"

using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;

namespace {

// Jamf knows alice's Mac (firewall off); Google knows the same Mac's screen lock and her phone.
Snapshot refresh(const QDateTime &now, bool jamfUp, bool googleUp)
{
    const Evaluator evaluator(PracticeCatalog::builtin(), Policy::builtin());
    const Error down {Error::Category::Network, QStringLiteral("Jamf could not be reached."), {}};
    QList<SourceResult> results;
    if (jamfUp) {
        results.append({QStringLiteral("jamf"),
                        QList<DeviceRecord> {RecordBuilder(u"jamf", u"1")
                                                 .name(u"alice-mbp")
                                                 .platform(Platform::Mac)
                                                 .serial(u"C02ZK1ABMD6M")
                                                 .failing(PracticeKey::firewall)},
                        now});
    } else {
        results.append({QStringLiteral("jamf"), down, now});
    }
    if (googleUp) {
        results.append({QStringLiteral("google"),
                        QList<DeviceRecord> {RecordBuilder(u"google", u"g1")
                                                 .name(u"alice-mbp")
                                                 .platform(Platform::Mac)
                                                 .serial(u"C02ZK1ABMD6M")
                                                 .passing(PracticeKey::screenlock),
                                             RecordBuilder(u"google", u"g2")
                                                 .name(u"alice-phone")
                                                 .platform(Platform::Android)
                                                 .googleId(u"AND-1")
                                                 .passing(PracticeKey::screenlock)},
                        now});
    } else {
        results.append({QStringLiteral("google"), down, now});
    }
    return buildSnapshot(results, evaluator, {QStringLiteral("alice@example.com"), now, {}});
}

const Device *findByName(const Snapshot &snapshot, const QString &name)
{
    for (const Device &device : snapshot.devices) {
        if (device.name == name)
            return &device;
    }
    return nullptr;
}

} // namespace

TEST_CASE("An outage keeps the failed backend's last report, marked stale", "[lastknown]")
{
    const QDateTime yesterday = testNow.addDays(-1);
    const Snapshot before = refresh(yesterday, true, true);
    REQUIRE(before.overall == Rating::Critical); // the firewall is required

    const Snapshot now = keepLastKnown(refresh(testNow, false, true), before);

    const SourceStatus &jamf = now.sources[0];
    CHECK(jamf.id == u"jamf");
    CHECK(jamf.state == SourceStatus::State::Stale);
    CHECK(jamf.reportedAt == yesterday);
    CHECK(jamf.error == u"Jamf could not be reached.");
    CHECK(now.sources[1].state == SourceStatus::State::Ok);

    // The Mac keeps Jamf's failing firewall next to Google's fresh screen lock: never green.
    const Device *mac = findByName(now, QStringLiteral("alice-mbp"));
    REQUIRE(mac);
    CHECK(mac->practices.value(PracticeKey::firewall).status == PracticeStatus::Warn);
    CHECK(mac->practices.value(PracticeKey::firewall).source == u"jamf");
    CHECK(mac->practices.value(PracticeKey::screenlock).status == PracticeStatus::Ok);
    CHECK(mac->sources == QStringList {QStringLiteral("google"), QStringLiteral("jamf")});
    CHECK(mac->rating == Rating::Critical);
    CHECK(now.overall == Rating::Critical);
    CHECK(now.devices.size() == 2);
}

TEST_CASE("A device only the failed backend knew comes back as it was", "[lastknown]")
{
    const Snapshot before = refresh(testNow.addDays(-1), true, true);
    const Snapshot now = keepLastKnown(refresh(testNow, true, false), before);
    CHECK(now.sources[1].state == SourceStatus::State::Stale);
    const Device *phone = findByName(now, QStringLiteral("alice-phone"));
    REQUIRE(phone);
    CHECK(phone->practices.value(PracticeKey::screenlock).status == PracticeStatus::Ok);
    CHECK(now.devices.size() == 2);
}

TEST_CASE("A backend that never answered stays an error, and a stale one stays stale",
          "[lastknown]")
{
    const Snapshot neverUp = refresh(testNow.addDays(-2), false, true);
    const Snapshot first = keepLastKnown(refresh(testNow.addDays(-1), false, true), neverUp);
    CHECK(first.sources[0].state == SourceStatus::State::Error);
    CHECK_FALSE(first.sources[0].reportedAt.has_value());

    // Up once, then down twice: the second outage still shows the one report.
    const QDateTime upAt = testNow.addDays(-3);
    const Snapshot up = refresh(upAt, true, true);
    const Snapshot down1 = keepLastKnown(refresh(testNow.addDays(-2), false, true), up);
    const Snapshot down2 = keepLastKnown(refresh(testNow, false, true), down1);
    CHECK(down2.sources[0].state == SourceStatus::State::Stale);
    CHECK(down2.sources[0].reportedAt == upAt);
    REQUIRE(findByName(down2, QStringLiteral("alice-mbp")));
    CHECK(findByName(down2, QStringLiteral("alice-mbp"))
              ->practices.value(PracticeKey::firewall)
              .status
          == PracticeStatus::Warn);
}

TEST_CASE("When every backend answers, nothing old is kept", "[lastknown]")
{
    const Snapshot before = refresh(testNow.addDays(-1), true, true);
    const Snapshot fresh = refresh(testNow, true, true);
    CHECK(keepLastKnown(fresh, before) == fresh);
}
