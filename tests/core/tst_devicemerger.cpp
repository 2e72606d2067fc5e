#include "catch.h"

#include "devicemerger.h"
#include "evaluator.h"
#include "recordbuilder.h"
#include "snapshot.h"

#include <algorithm>
#include <random>

using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;

namespace {

const Evaluator &evaluator()
{
    static const Evaluator instance(PracticeCatalog::builtin(), Policy::builtin());
    return instance;
}

QList<Device> merge(const QList<DeviceRecord> &records, int staleAfterDays = 30)
{
    QList<EvaluatedRecord> evaluated;
    for (const DeviceRecord &record : records)
        evaluated.append(evaluator()(record));
    return mergeDevices(evaluated, {testNow, staleAfterDays});
}

QStringList sourcesOf(const Device &device)
{
    return device.sources;
}

const Device *deviceNamed(const QList<Device> &devices, QStringView name)
{
    const auto it = std::find_if(devices.begin(), devices.end(),
                                 [&](const Device &d) { return d.name == name; });
    return it == devices.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("Records sharing an identifier join, transitively", "[merge]")
{
    const auto devices = merge({
        RecordBuilder(u"jamf", u"m-42")
            .name(u"iPhone")
            .platform(Platform::iOS)
            .serial(u"G6TZQ8XKN7")
            .mac(u"a4:83:e7:2b:11:c9"),
        RecordBuilder(u"google", u"AFiQ")
            .name(u"iPhone")
            .platform(Platform::iOS)
            .mac(u"A4-83-E7-2B-11-C9")
            .imei(u"356789104563218"),
        RecordBuilder(u"landesk", u"x")
            .name(u"iPhone")
            .platform(Platform::iOS)
            .imei(u"356789104563218"),
        RecordBuilder(u"jamf", u"101")
            .name(u"alice-mbp")
            .platform(Platform::Mac)
            .serial(u"C02ZK1ABMD6M"),
    });
    REQUIRE(devices.size() == 2);
    const Device *phone = deviceNamed(devices, u"iPhone");
    REQUIRE(phone != nullptr);
    CHECK(sourcesOf(*phone)
          == QStringList {QStringLiteral("google"), QStringLiteral("jamf"),
                          QStringLiteral("landesk")});
    CHECK(phone->ids.serial == u"G6TZQ8XKN7");
    CHECK(phone->ids.imei == u"356789104563218");
    CHECK(phone->ids.macAddresses == QStringList {QStringLiteral("A4:83:E7:2B:11:C9")});
    CHECK(phone->id == u"serial:G6TZQ8XKN7");
}

TEST_CASE("Serials and UDIDs match whatever their case and padding", "[merge]")
{
    const auto devices = merge({
        RecordBuilder(u"jamf", u"1").serial(u"c02zk1abmd6m").udid(u"6a1f3c2e-7d4b"),
        RecordBuilder(u"google", u"2").serial(u" C02ZK1ABMD6M "),
        RecordBuilder(u"landesk", u"3").udid(u"6A1F3C2E-7D4B"),
    });
    CHECK(devices.size() == 1);
}

TEST_CASE("Two different serials never join, whatever links them", "[merge]")
{
    SECTION("a shared MAC")
    {
        const auto devices = merge({
            RecordBuilder(u"jamf", u"1").serial(u"C02AAAAAAAA1").mac(u"3c:22:fb:91:0a:5e"),
            RecordBuilder(u"landesk", u"2").serial(u"C02BBBBBBBB2").mac(u"3c:22:fb:91:0a:5e"),
        });
        CHECK(devices.size() == 2);
    }
    SECTION("a chain through a third record")
    {
        // 1 and 3 are different machines; 2 shares a MAC with each (a docking station).
        const auto devices = merge({
            RecordBuilder(u"jamf", u"1").serial(u"C02AAAAAAAA1").mac(u"3c:22:fb:91:0a:5e"),
            RecordBuilder(u"google", u"2").mac(u"3c:22:fb:91:0a:5e").mac(u"f0:18:98:4c:7e:21"),
            RecordBuilder(u"landesk", u"3").serial(u"C02BBBBBBBB2").mac(u"f0:18:98:4c:7e:21"),
        });
        REQUIRE(devices.size() == 2);
        QStringList serials;
        for (const Device &device : devices)
            serials.append(device.ids.serial.value_or(QString()));
        serials.sort();
        CHECK(serials
              == QStringList {QStringLiteral("C02AAAAAAAA1"), QStringLiteral("C02BBBBBBBB2")});
    }
    SECTION("two UDIDs")
    {
        const auto devices = merge({
            RecordBuilder(u"jamf", u"1")
                .udid(u"00008140-001A2B3C4D5E801E")
                .imei(u"356789104563218"),
            RecordBuilder(u"google", u"2")
                .udid(u"00008140-00FFFFFFFFFF801E")
                .imei(u"356789104563218"),
        });
        CHECK(devices.size() == 2);
    }
    SECTION("one serial, two UDIDs: kept apart, each with its own id")
    {
        const auto devices = merge({
            RecordBuilder(u"jamf", u"1").serial(u"F2LXK0AAHG7F").udid(u"00008140-0001"),
            RecordBuilder(u"google", u"2").serial(u"F2LXK0AAHG7F").udid(u"00008140-0002"),
        });
        REQUIRE(devices.size() == 2);
        CHECK(devices[0].id != devices[1].id);
    }
}

TEST_CASE("Identifiers that are not unique never join devices", "[merge]")
{
    const auto [first, second] = GENERATE(table<DeviceRecord, DeviceRecord>({
        // Randomised (locally administered) Wi-Fi addresses.
        {RecordBuilder(u"google", u"1").mac(u"da:a1:19:5c:0e:77"),
         RecordBuilder(u"google", u"2").mac(u"DA:A1:19:5C:0E:77")},
        // Android's placeholder MAC.
        {RecordBuilder(u"google", u"1").mac(u"02:00:00:00:00:00"),
         RecordBuilder(u"google", u"2").mac(u"02:00:00:00:00:00")},
        // All-zero OUI.
        {RecordBuilder(u"landesk", u"1").mac(u"00:00:00:12:34:56"),
         RecordBuilder(u"jamf", u"2").mac(u"00:00:00:12:34:56")},
        // Placeholder serial numbers of unbranded boards.
        {RecordBuilder(u"landesk", u"1").serial(u"To be filled by O.E.M."),
         RecordBuilder(u"landesk", u"2").serial(u"To be filled by O.E.M.")},
        {RecordBuilder(u"landesk", u"1").serial(u"0"),
         RecordBuilder(u"landesk", u"2").serial(u"0")},
        {RecordBuilder(u"landesk", u"1").serial(u"Default string"),
         RecordBuilder(u"landesk", u"2").serial(u"Default string")},
        {RecordBuilder(u"google", u"1").imei(u"000000000000000"),
         RecordBuilder(u"google", u"2").imei(u"000000000000000")},
    }));
    CAPTURE(first.ids.serial.value_or(QString()), first.ids.macAddresses);
    const auto devices = merge({first, second});
    CHECK(devices.size() == 2);
    // Still shown, just not used as identity.
    CHECK(devices.front().ids == first.ids);
}

TEST_CASE("The same backend record seen twice is one device", "[merge]")
{
    const auto devices
        = merge({RecordBuilder(u"jamf", u"17").name(u"a"), RecordBuilder(u"jamf", u"17").name(u"a"),
                 RecordBuilder(u"google", u"17").name(u"b")});
    CHECK(devices.size() == 2);
}

TEST_CASE("Merging does not depend on the order of the records", "[merge]")
{
    // A fleet with joins, chains, conflicts and lone devices.
    QList<DeviceRecord> records;
    for (int i = 0; i < 12; ++i) {
        const QString n = QString::number(i);
        const QString mac = QStringLiteral("3c:22:fb:91:0a:%1").arg(i, 2, 10, QLatin1Char('0'));
        records.append(RecordBuilder(u"jamf", n)
                           .name(QStringLiteral("mac-%1").arg(i))
                           .platform(Platform::Mac)
                           .serial(QStringLiteral("C02SERIAL%1").arg(i, 3, 10, QLatin1Char('0')))
                           .mac(mac)
                           .syncedHoursAgo(i)
                           .passing(PracticeKey::firewall));
        records.append(RecordBuilder(u"landesk", n)
                           .name(QStringLiteral("MAC-%1").arg(i))
                           .platform(Platform::Mac)
                           .mac(mac)
                           .mac(QStringLiteral("f0:18:98:4c:7e:%1").arg(i, 2, 10, QLatin1Char('0')))
                           .syncedHoursAgo(12 - i)
                           .failing(PracticeKey::firewall));
        // Every third machine's second MAC also shows up on a machine with another serial.
        if (i % 3 == 0) {
            records.append(
                RecordBuilder(u"google", n)
                    .serial(QStringLiteral("OTHER%1").arg(i, 3, 10, QLatin1Char('0')))
                    .mac(QStringLiteral("f0:18:98:4c:7e:%1").arg(i, 2, 10, QLatin1Char('0')))
                    .syncedHoursAgo(1));
        }
    }
    const QList<Device> expected = merge(records);
    CHECK(expected.size() == 12 + 4);

    std::mt19937 random(20261128);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(records.begin(), records.end(), random);
        CAPTURE(round);
        const QList<Device> devices = merge(records);
        REQUIRE(devices.size() == expected.size());
        for (qsizetype i = 0; i < devices.size(); ++i) {
            CAPTURE(i, devices[i].id);
            CHECK(devices[i] == expected[i]);
        }
    }
}

TEST_CASE("Per practice the freshest known verdict wins and keeps its provenance", "[merge]")
{
    const auto devices = merge({
        RecordBuilder(u"jamf", u"1")
            .name(u"old name")
            .platform(Platform::Mac)
            .serial(u"C02ZK1ABMD6M")
            .syncedHoursAgo(30)
            .failing(PracticeKey::firewall)
            .observe(PracticeKey::encryption, Observation::State::Failing, u"", 48)
            .passing(PracticeKey::screenlock),
        RecordBuilder(u"local", u"this")
            .name(u"new name")
            .platform(Platform::Mac)
            .serial(u"C02ZK1ABMD6M")
            .syncedHoursAgo(1)
            .passing(PracticeKey::firewall)
            .observe(PracticeKey::encryption, Observation::State::Passing, u"", 2),
    });
    REQUIRE(devices.size() == 1);
    const Device &device = devices.front();

    const PracticeResult firewall = device.practices.value(PracticeKey::firewall);
    CHECK(firewall.status == PracticeStatus::Ok);
    CHECK(firewall.source == u"local");
    CHECK(firewall.lastUpdated == testNow.addSecs(-3600));

    const PracticeResult encryption = device.practices.value(PracticeKey::encryption);
    CHECK(encryption.status == PracticeStatus::Ok);
    CHECK(encryption.lastUpdated == testNow.addSecs(-2 * 3600));

    // The newer record does not report the screen lock: the older verdict stands.
    const PracticeResult screenlock = device.practices.value(PracticeKey::screenlock);
    CHECK(screenlock.status == PracticeStatus::Ok);
    CHECK(screenlock.source == u"jamf");

    CHECK(device.name == u"new name");
    CHECK(device.lastSync == testNow.addSecs(-3600));
    CHECK(device.sources == QStringList {QStringLiteral("jamf"), QStringLiteral("local")});
}

TEST_CASE("A field the newest record lacks comes from an older one", "[merge]")
{
    const auto devices = merge({
        RecordBuilder(u"jamf", u"1")
            .serial(u"C02ZK1ABMD6M")
            .name(u"alice-mbp")
            .os(u"macOS", u"26.1")
            .syncedHoursAgo(5),
        RecordBuilder(u"google", u"2").serial(u"C02ZK1ABMD6M").syncedHoursAgo(1),
    });
    REQUIRE(devices.size() == 1);
    CHECK(devices.front().name == u"alice-mbp");
    CHECK(devices.front().osVersion == u"26.1");
}

TEST_CASE("A device's rating is its worst practice", "[merge][rating]")
{
    using State = Observation::State;
    struct Case
    {
        std::vector<std::pair<QString, State>> observations;
        Rating expected;
    };
    const Case cases[] = {
        {{{PracticeKey::firewall, State::Failing}, {PracticeKey::autoupdate, State::Failing}},
         Rating::Critical},
        {{{PracticeKey::autoupdate, State::Failing}, {PracticeKey::firewall, State::Passing}},
         Rating::Warning},
        {{{PracticeKey::encryption, State::InProgress}}, Rating::Warning},
        {{{PracticeKey::firewall, State::Passing}}, Rating::Ok},
        {{}, Rating::Unknown},
    };
    for (const Case &c : cases) {
        RecordBuilder record(u"jamf", u"1");
        record.platform(Platform::Mac);
        for (const auto &[key, state] : c.observations)
            record.observe(key, state);
        const auto devices = merge({record});
        REQUIRE(devices.size() == 1);
        CAPTURE(ratingName(c.expected));
        CHECK(devices.front().rating == c.expected);
    }
}

TEST_CASE("Devices not seen for too long are stale and do not drive the overall state",
          "[merge][rating]")
{
    const auto devices = merge({
        RecordBuilder(u"jamf", u"1")
            .name(u"old-imac")
            .platform(Platform::Mac)
            .syncedHoursAgo(31 * 24)
            .failing(PracticeKey::encryption),
        RecordBuilder(u"jamf", u"2")
            .name(u"alice-mbp")
            .platform(Platform::Mac)
            .syncedHoursAgo(29 * 24)
            .failing(PracticeKey::autoupdate),
        RecordBuilder(u"jamf", u"3")
            .name(u"never")
            .platform(Platform::Mac)
            .neverSynced()
            .passing(PracticeKey::firewall),
    });
    REQUIRE(devices.size() == 3);
    CHECK(deviceNamed(devices, u"old-imac")->stale);
    CHECK(deviceNamed(devices, u"old-imac")->rating == Rating::Critical);
    CHECK_FALSE(deviceNamed(devices, u"alice-mbp")->stale);
    CHECK_FALSE(deviceNamed(devices, u"never")->stale);
    CHECK(overallRating(devices) == Rating::Warning);

    // A shorter window from the policy makes the second device stale too.
    CHECK(deviceNamed(
              merge({RecordBuilder(u"jamf", u"2").name(u"alice-mbp").syncedHoursAgo(8 * 24)}, 7),
              u"alice-mbp")
              ->stale);
}

TEST_CASE("The overall state is the worst current device, and never green by default", "[rating]")
{
    const auto device = [](Rating rating, bool stale = false) {
        Device d;
        d.rating = rating;
        d.stale = stale;
        return d;
    };
    CHECK(overallRating({}) == Rating::Unknown);
    CHECK(overallRating({device(Rating::Ok)}) == Rating::Ok);
    CHECK(overallRating({device(Rating::Ok), device(Rating::Unknown)}) == Rating::Unknown);
    CHECK(overallRating({device(Rating::Unknown), device(Rating::Warning)}) == Rating::Warning);
    CHECK(overallRating({device(Rating::Warning), device(Rating::Critical)}) == Rating::Critical);
    CHECK(overallRating({device(Rating::Critical, true), device(Rating::Ok)}) == Rating::Ok);
    CHECK(overallRating({device(Rating::Critical, true)}) == Rating::Unknown);
}

TEST_CASE("This device's live reading wins and keeps the backend's older word as a disagreement",
          "[merge][local]")
{
    const auto backend
        = RecordBuilder(u"jamf", u"101")
              .name(u"alice-mbp")
              .platform(Platform::Mac)
              .serial(u"C02ZK1ABMD6M")
              .mac(u"3c:22:fb:91:0a:5e")
              .syncedHoursAgo(72)
              .observe(PracticeKey::encryption, Observation::State::Failing, u"FileVault is off.")
              .passing(PracticeKey::firewall)
              .passing(PracticeKey::screenlock);
    const auto local
        = RecordBuilder(u"local", u"alice-mbp")
              .name(u"alice-mbp")
              .platform(Platform::Mac)
              .mac(u"3C:22:FB:91:0A:5E")
              .syncedHoursAgo(0)
              .observe(PracticeKey::encryption, Observation::State::Passing, u"FileVault is on.")
              .passing(PracticeKey::firewall);
    const auto devices = merge({backend, local});
    REQUIRE(devices.size() == 1);
    const Device &device = devices.front();
    CHECK(device.sources == QStringList {QStringLiteral("jamf"), QStringLiteral("local")});

    // Freshest wins: the employee turned FileVault on after Jamf's last inventory.
    const PracticeResult encryption = device.practices.value(PracticeKey::encryption);
    CHECK(encryption.status == PracticeStatus::Ok);
    CHECK(encryption.source == u"local");
    REQUIRE(encryption.disagreement.has_value());
    CHECK(encryption.disagreement->source == u"jamf");
    CHECK(encryption.disagreement->status == PracticeStatus::Warn);
    CHECK(encryption.disagreement->lastUpdated == testNow.addSecs(-72 * 3600));
    CHECK(encryption.disagreement->details == u"FileVault is off.");

    // Agreeing sources are no disagreement; a practice only one source knows is none either.
    CHECK(device.practices.value(PracticeKey::firewall).source == u"local");
    CHECK_FALSE(device.practices.value(PracticeKey::firewall).disagreement.has_value());
    CHECK(device.practices.value(PracticeKey::screenlock).source == u"jamf");
    CHECK_FALSE(device.practices.value(PracticeKey::screenlock).disagreement.has_value());
    CHECK(device.rating == Rating::Ok);

    // The other way round: a backend's green is contradicted by the device now.
    const auto worse = merge({backend,
                              RecordBuilder(u"local", u"alice-mbp")
                                  .mac(u"3c:22:fb:91:0a:5e")
                                  .platform(Platform::Mac)
                                  .syncedHoursAgo(0)
                                  .failing(PracticeKey::screenlock)});
    REQUIRE(worse.size() == 1);
    const PracticeResult screenlock = worse.front().practices.value(PracticeKey::screenlock);
    CHECK(screenlock.status == PracticeStatus::Warn);
    REQUIRE(screenlock.disagreement.has_value());
    CHECK(screenlock.disagreement->status == PracticeStatus::Ok);
    CHECK(worse.front().rating == Rating::Critical);

    // Input order changes nothing.
    CHECK(merge({local, backend}) == devices);
}

TEST_CASE("A disagreement survives the snapshot's JSON round trip", "[merge][snapshot][local]")
{
    Snapshot snapshot;
    snapshot.generatedAt = testNow;
    snapshot.devices = merge({RecordBuilder(u"landesk", u"g-1")
                                  .name(u"ALICE-THINKPAD")
                                  .platform(Platform::Windows)
                                  .mac(u"00:1a:2b:3c:4d:5e")
                                  .syncedHoursAgo(30)
                                  .failing(PracticeKey::firewall),
                              RecordBuilder(u"local", u"ALICE-THINKPAD")
                                  .platform(Platform::Windows)
                                  .mac(u"00-1A-2B-3C-4D-5E")
                                  .syncedHoursAgo(0)
                                  .passing(PracticeKey::firewall)});
    REQUIRE(snapshot.devices.size() == 1);
    REQUIRE(snapshot.devices.front().practices.value(PracticeKey::firewall).disagreement);
    const auto restored = Snapshot::fromJson(snapshot.toJson());
    REQUIRE(restored.hasValue());
    CHECK(*restored == snapshot);
    CHECK(restored->devices.front().practices.value(PracticeKey::firewall).disagreement->source
          == u"landesk");
}

TEST_CASE("This computer joins the one backend record of its name when nothing else links them",
          "[merge][local]")
{
    // A Linux laptop run by an employee: the serial is root-only, the Wi-Fi MAC randomised.
    const auto landesk = RecordBuilder(u"landesk", u"{G-1}")
                             .name(u"Alice-Laptop.corp.example.com")
                             .platform(Platform::Linux)
                             .syncedHoursAgo(72)
                             .observe(PracticeKey::screenlock, Observation::State::Failing,
                                      u"Screen lock is off.");
    const auto local = RecordBuilder(u"local", u"alice-laptop")
                           .name(u"alice-laptop")
                           .platform(Platform::Linux)
                           .mac(u"02:fc:00:00:00:01") // locally administered: no identity
                           .syncedHoursAgo(0)
                           .passing(PracticeKey::screenlock);
    const auto other = RecordBuilder(u"jamf", u"7")
                           .name(u"alice-laptop")
                           .platform(Platform::Mac) // same name, another platform
                           .serial(u"C02ZK1ABMD6M")
                           .syncedHoursAgo(5);

    const auto devices = merge({landesk, local, other});
    REQUIRE(devices.size() == 2);
    const auto joined = std::find_if(devices.begin(), devices.end(),
                                     [](const Device &d) { return d.sources.size() == 2; });
    REQUIRE(joined != devices.end());
    CHECK(joined->sources == QStringList {QStringLiteral("landesk"), QStringLiteral("local")});
    CHECK(joined->joinedByName);
    const PracticeResult screenlock = joined->practices.value(PracticeKey::screenlock);
    CHECK(screenlock.status == PracticeStatus::Ok);
    CHECK(screenlock.source == u"local");
    REQUIRE(screenlock.disagreement.has_value());
    CHECK(screenlock.disagreement->source == u"landesk");
    CHECK(screenlock.disagreement->details == u"Screen lock is off.");
    const auto mac = std::find_if(devices.begin(), devices.end(), [](const Device &d) {
        return d.sources == QStringList {QStringLiteral("jamf")};
    });
    REQUIRE(mac != devices.end());
    CHECK_FALSE(mac->joinedByName);

    CHECK(merge({other, local, landesk}) == devices); // order changes nothing

    // The device keeps the id LANDESK's record alone gives it, so that its alerts and the
    // last known status stay with it when the live record is missing or back.
    const auto alone = merge({landesk, other});
    const auto backendOnly = std::find_if(alone.begin(), alone.end(), [](const Device &d) {
        return d.sources == QStringList {QStringLiteral("landesk")};
    });
    REQUIRE(backendOnly != alone.end());
    CHECK(joined->id == backendOnly->id);

    // The flag survives the cache.
    Snapshot snapshot;
    snapshot.generatedAt = testNow;
    snapshot.devices = devices;
    const auto restored = Snapshot::fromJson(snapshot.toJson());
    REQUIRE(restored.hasValue());
    CHECK(*restored == snapshot);
}

TEST_CASE("This computer does not join by name when the name could mean another computer",
          "[merge][local]")
{
    const auto local = [](QStringView name) {
        return RecordBuilder(u"local", u"x")
            .name(name)
            .platform(Platform::Linux)
            .syncedHoursAgo(0)
            .passing(PracticeKey::screenlock);
    };
    const auto backend = [](QStringView source, QStringView id, QStringView name) {
        return RecordBuilder(source, id)
            .name(name)
            .platform(Platform::Linux)
            .syncedHoursAgo(72)
            .failing(PracticeKey::screenlock);
    };
    const auto joins = [](const QList<Device> &devices) {
        return std::any_of(devices.begin(), devices.end(),
                           [](const Device &d) { return d.sources.size() > 1 || d.joinedByName; });
    };

    SECTION("two computers of the backends carry the name")
    {
        // The old and the new laptop, both called "alice-laptop".
        CHECK_FALSE(joins(merge({backend(u"landesk", u"{old}", u"alice-laptop").serial(u"PF1ABC23"),
                                 backend(u"landesk", u"{new}", u"alice-laptop").serial(u"PF9XYZ87"),
                                 local(u"alice-laptop")})));
    }
    SECTION("both report hardware MACs and none matched")
    {
        CHECK_FALSE(
            joins(merge({backend(u"landesk", u"{g}", u"alice-laptop").mac(u"00:1a:2b:3c:4d:5e"),
                         local(u"alice-laptop").mac(u"8c:16:45:00:11:22")})));
    }
    SECTION("the serials differ")
    {
        CHECK_FALSE(joins(merge({backend(u"landesk", u"{g}", u"alice-laptop").serial(u"PF1ABC23"),
                                 local(u"alice-laptop").serial(u"PF9XYZ87")})));
    }
    SECTION("the name says nothing")
    {
        // Blank, a domain alone, an address, or what every installation is called at first.
        for (const QString &name : {QString(), QStringLiteral("localhost.localdomain"),
                                    QStringLiteral("  "), QStringLiteral(".example.com"),
                                    QStringLiteral("192.168.1.5"), QStringLiteral("ubuntu"),
                                    QStringLiteral("Debian"), QStringLiteral("raspberrypi.lan")}) {
            INFO(name.toStdString());
            CHECK_FALSE(joins(merge({backend(u"landesk", u"{g}", name), local(name)})));
        }
    }
    SECTION("a record of the name whose platform is unknown might be this computer or not")
    {
        DeviceRecord unknown = backend(u"google", u"g", u"alice-laptop");
        unknown.platform.reset();
        CHECK_FALSE(joins(merge(
            {backend(u"landesk", u"{g}", u"alice-laptop"), unknown, local(u"alice-laptop")})));
    }
    SECTION("the live record does not know its platform")
    {
        DeviceRecord self = local(u"alice-laptop");
        self.platform.reset();
        CHECK_FALSE(joins(merge({backend(u"landesk", u"{g}", u"alice-laptop"), self})));
    }
    SECTION("backend records never join each other by name")
    {
        const auto devices = merge({backend(u"landesk", u"{g}", u"alice-laptop"),
                                    backend(u"google", u"g", u"alice-laptop")});
        CHECK(devices.size() == 2);
    }
    SECTION("the live record already joined by an identifier")
    {
        // Joined by serial to LANDESK's record (under its asset name); Google's record of the
        // host name stays apart.
        const auto devices = merge({backend(u"landesk", u"{g}", u"CORP-0042").serial(u"PF1ABC23"),
                                    backend(u"google", u"g", u"alice-laptop"),
                                    local(u"alice-laptop").serial(u"PF1ABC23")});
        REQUIRE(devices.size() == 2);
        CHECK(std::none_of(devices.begin(), devices.end(),
                           [](const Device &d) { return d.joinedByName; }));
    }
    SECTION("but a live record with a MAC joins a backend record that reports none")
    {
        const auto devices = merge({backend(u"landesk", u"{g}", u"ALICE-LAPTOP"),
                                    local(u"alice-laptop").mac(u"8c:16:45:00:11:22")});
        REQUIRE(devices.size() == 1);
        CHECK(devices.front().joinedByName);
    }
}
