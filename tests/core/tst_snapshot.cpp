#include "catch.h"

#include "recordbuilder.h"
#include "snapshot.h"
#include "snapshotbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;

namespace {

Snapshot sampleSnapshot()
{
    const Evaluator evaluator(PracticeCatalog::builtin(), Policy::builtin());
    QList<SourceResult> results;
    results.append(
        SourceResult {QStringLiteral("jamf"),
                      QList<DeviceRecord> {
                          RecordBuilder(u"jamf", u"101")
                              .name(u"alice-mbp")
                              .platform(Platform::Mac)
                              .os(u"macOS", u"26.1")
                              .serial(u"C02ZK1ABMD6M")
                              .mac(u"3c:22:fb:91:0a:5e")
                              .passing(PracticeKey::firewall)
                              .observe(PracticeKey::encryption, Observation::State::InProgress,
                                       u"FileVault is still encrypting (42 %).", 3),
                          RecordBuilder(u"jamf", u"m-42")
                              .name(u"Alice’s iPhone")
                              .platform(Platform::iOS)
                              .os(u"iOS", u"17.7")
                              .udid(u"00008140-001A2B3C4D5E801E")
                              .imei(u"356789104563218")
                              .passing(PracticeKey::screenlock)
                              .syncedHoursAgo(40 * 24),
                      },
                      testNow});
    results.append(SourceResult {QStringLiteral("google"),
                                 QList<DeviceRecord> {RecordBuilder(u"google", u"AFiQ")
                                                          .platform(Platform::iOS)
                                                          .imei(u"356789104563218")
                                                          .googleId(u"AFiQ")
                                                          .neverSynced()},
                                 testNow});
    results.append(SourceResult {
        QStringLiteral("landesk"),
        Error {Error::Category::Network, QStringLiteral("LANDESK could not be reached."), {}},
        testNow});
    return buildSnapshot(
        results, evaluator,
        {QStringLiteral("alice@example.com"), testNow.addMSecs(250), {QStringLiteral("local")}});
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST_CASE("A snapshot sums up the sources, devices and overall state", "[snapshot]")
{
    const Snapshot snapshot = sampleSnapshot();
    REQUIRE(snapshot.sources.size() == 4);
    CHECK(snapshot.sources[0]
          == SourceStatus {QStringLiteral("jamf"), SourceStatus::State::Ok, {}, 2, testNow});
    CHECK(snapshot.sources[1].records == 1);
    // A failed backend has no report of its own in this refresh.
    CHECK_FALSE(snapshot.sources[2].reportedAt.has_value());
    CHECK(snapshot.sources[2].state == SourceStatus::State::Error);
    CHECK(snapshot.sources[2].error == u"LANDESK could not be reached.");
    CHECK(snapshot.sources[3].state == SourceStatus::State::Disabled);

    REQUIRE(snapshot.devices.size() == 2); // the iPhone's Jamf and Google records merged
    CHECK(snapshot.devices[0].name == u"alice-mbp");
    CHECK(snapshot.devices[0].rating == Rating::Warning);
    CHECK(snapshot.devices[1].sources
          == QStringList {QStringLiteral("google"), QStringLiteral("jamf")});
    CHECK(snapshot.devices[1].stale);
    CHECK(snapshot.overall == Rating::Warning);
}

TEST_CASE("The snapshot JSON has the documented shape, with null for unknown values", "[snapshot]")
{
    const QJsonObject root = parse(sampleSnapshot().toJson());
    CHECK(root.value(QStringLiteral("schema")).toInt() == 1);
    CHECK(root.value(QStringLiteral("generated_at")).toString() == u"2026-11-28T12:00:00.250Z");
    CHECK(root.value(QStringLiteral("user")).toString() == u"alice@example.com");
    CHECK(root.value(QStringLiteral("overall")).toString() == u"warning");

    const QJsonObject landesk = root.value(QStringLiteral("sources")).toArray().at(2).toObject();
    CHECK(landesk.value(QStringLiteral("state")).toString() == u"error");
    const QJsonObject local = root.value(QStringLiteral("sources")).toArray().at(3).toObject();
    CHECK(local.value(QStringLiteral("state")).toString() == u"disabled");
    CHECK(local.value(QStringLiteral("error")).isNull());

    const QJsonObject mac = root.value(QStringLiteral("devices")).toArray().at(0).toObject();
    CHECK(mac.value(QStringLiteral("platform")).toString() == u"Mac");
    CHECK(mac.value(QStringLiteral("os")).toString() == u"macOS");
    CHECK(mac.value(QStringLiteral("os_version")).toString() == u"26.1");
    CHECK(mac.value(QStringLiteral("serial")).toString() == u"C02ZK1ABMD6M");
    CHECK(mac.value(QStringLiteral("model")).isNull());
    CHECK(mac.value(QStringLiteral("last_sync")).toString() == u"2026-11-28T11:00:00Z");
    CHECK(mac.value(QStringLiteral("stale")).toBool() == false);
    CHECK(mac.value(QStringLiteral("rating")).toString() == u"warning");
    const QJsonObject ids = mac.value(QStringLiteral("identifiers")).toObject();
    CHECK(ids.value(QStringLiteral("mac_addresses")).toArray()
          == QJsonArray {QStringLiteral("3C:22:FB:91:0A:5E")});
    CHECK(ids.value(QStringLiteral("udid")).isNull());

    const QJsonObject practices = mac.value(QStringLiteral("practices")).toObject();
    const QJsonObject encryption = practices.value(QStringLiteral("encryption")).toObject();
    CHECK(encryption.value(QStringLiteral("status")).toString() == u"nudge");
    CHECK(encryption.value(QStringLiteral("source")).toString() == u"jamf");
    CHECK(encryption.value(QStringLiteral("last_updated")).toString() == u"2026-11-28T09:00:00Z");
    CHECK(encryption.value(QStringLiteral("details")).toString()
          == u"FileVault is still encrypting (42 %).");
    const auto statusOf = [&](const QString &key) {
        return practices.value(key).toObject().value(QStringLiteral("status")).toString();
    };
    CHECK(statusOf(QStringLiteral("jailed")) == u"na");
    CHECK(statusOf(QStringLiteral("screenlock")) == u"unknown");

    // No empty strings anywhere: unknown is null.
    CHECK_FALSE(sampleSnapshot().toJson().contains("\"\""));
}

TEST_CASE("A snapshot survives a JSON round trip unchanged", "[snapshot]")
{
    const Snapshot original = sampleSnapshot();
    const auto format = GENERATE(QJsonDocument::Indented, QJsonDocument::Compact);
    const auto restored = Snapshot::fromJson(original.toJson(format));
    REQUIRE(restored.hasValue());
    CHECK(restored->generatedAt == original.generatedAt);
    CHECK(restored->sources == original.sources);
    REQUIRE(restored->devices.size() == original.devices.size());
    for (qsizetype i = 0; i < original.devices.size(); ++i)
        CHECK(restored->devices[i] == original.devices[i]);
    CHECK(*restored == original);
    CHECK(restored->toJson() == original.toJson());
}

TEST_CASE("A damaged or foreign snapshot is refused with the key at fault", "[snapshot]")
{
    const QByteArray good = sampleSnapshot().toJson(QJsonDocument::Compact);
    const auto [from, to, expected] = GENERATE(table<const char *, const char *, QString>({
        {"\"schema\":1", "\"schema\":7", QStringLiteral("newer version")},
        {"\"schema\":1", "\"schema\":\"1\"", QStringLiteral("schema")},
        {"\"overall\":\"warning\"", "\"overall\":\"purple\"", QStringLiteral("\"overall\"")},
        {"\"status\":\"nudge\"", "\"status\":\"meh\"",
         QStringLiteral("\"devices[0].practices.encryption.status\"")},
        {"\"platform\":\"Mac\"", "\"platform\":\"Amiga\"",
         QStringLiteral("\"devices[0].platform\"")},
        {"\"stale\":false", "\"stale\":\"no\"", QStringLiteral("\"devices[0].stale\"")},
        {"\"generated_at\":\"2026-11-28T12:00:00.250Z\"", "\"generated_at\":\"yesterday\"",
         QStringLiteral("\"generated_at\"")},
        {"\"last_sync\":\"2026-11-28T11:00:00Z\"", "\"last_sync\":\"2026-11-28 11:00\"",
         QStringLiteral("\"devices[0].last_sync\"")},
        {"\"3C:22:FB:91:0A:5E\"", "\"nope\"", QStringLiteral("mac_addresses")},
        {"\"records\":2", "\"records\":-2", QStringLiteral("\"sources[0].records\"")},
        {"\"devices\":[", "\"devices\":[7,", QStringLiteral("\"devices[0]\"")},
    }));
    QByteArray damaged = good;
    REQUIRE(damaged.contains(from));
    damaged.replace(from, to);
    CAPTURE(damaged.toStdString());
    const auto snapshot = Snapshot::fromJson(damaged);
    REQUIRE_FALSE(snapshot.hasValue());
    CHECK(snapshot.error().category == Error::Category::Parse);
    CAPTURE(snapshot.error().message);
    CHECK(snapshot.error().message.contains(expected));
}

TEST_CASE("Truncated or garbage snapshots are errors, never crashes", "[snapshot]")
{
    const QByteArray good = sampleSnapshot().toJson();
    for (qsizetype length = 0; length < good.size(); length += 7) {
        const auto snapshot = Snapshot::fromJson(good.left(length));
        CHECK_FALSE(snapshot.hasValue());
    }
    CHECK_FALSE(Snapshot::fromJson(QByteArrayView("[]")).hasValue());
    CHECK_FALSE(Snapshot::fromJson(QByteArrayView("\x00\x01\x02", 3)).hasValue());
}
