#include "catch.h"

#include "jamf/jamfparser.h"
#include "jsonreader.h"

#include <QFile>

using namespace Stethoscope::Core;
using namespace Stethoscope::Sources::Jamf;

namespace {

QByteArray testData(const char *name)
{
    QFile file(QStringLiteral(STETHOSCOPE_TEST_DATA "/jamf/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Page parsedComputers(const char *name,
                     const ExtensionAttributeNames &names = ExtensionAttributeNames::defaults())
{
    auto page = parseComputersPage(testData(name), names);
    if (!page)
        FAIL(page.error().message.toStdString());
    return *page;
}

Page parsedMobileDevices(const char *name)
{
    auto page = parseMobileDevicesPage(testData(name));
    if (!page)
        FAIL(page.error().message.toStdString());
    return *page;
}

const DeviceRecord &byId(const Page &page, QStringView id)
{
    for (const DeviceRecord &record : page.records) {
        if (record.recordId == id)
            return record;
    }
    FAIL("no record with id " << id.toString().toStdString());
    return page.records.front(); // not reached
}

// The state of a practice, or nothing when the record does not report it.
std::optional<Observation::State> stateOf(const DeviceRecord &record, const QString &practice)
{
    const auto it = record.observations.constFind(practice);
    return it == record.observations.constEnd() ? std::nullopt : std::optional(it->state);
}

QDateTime utc(int day, int hour, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second, ms), Qt::UTC);
}

constexpr auto Passing = Observation::State::Passing;
constexpr auto InProgress = Observation::State::InProgress;
constexpr auto Failing = Observation::State::Failing;

} // namespace

TEST_CASE("A computer page gives each Mac with what Jamf knows about it", "[jamf]")
{
    const Page page = parsedComputers("computers-v3-page1.json");
    CHECK(page.totalCount == 3);
    REQUIRE(page.records.size() == 2);

    const DeviceRecord &mbp = byId(page, u"101");
    CHECK(mbp.source == u"jamf");
    CHECK(mbp.platform == Platform::Mac);
    CHECK(mbp.name == QStringLiteral("alice-mbp"));
    CHECK(mbp.model == QStringLiteral("MacBook Pro (14-inch, M3, 2023)"));
    CHECK(mbp.manufacturer == QStringLiteral("Apple"));
    CHECK(mbp.osName == QStringLiteral("macOS"));
    CHECK(mbp.osVersion == QStringLiteral("26.1"));
    CHECK(mbp.osBuild == QStringLiteral("25B78"));
    CHECK(mbp.ids.serial == QStringLiteral("C02ZK1ABMD6M"));
    CHECK(mbp.ids.udid == QStringLiteral("6A1F3C2E-7D4B-5E8A-9C0D-1B2E3F4A5B6C"));
    // Both adapters, canonical and sorted, whatever spelling Jamf used.
    CHECK(
        mbp.ids.macAddresses
        == QStringList {QStringLiteral("3C:22:FB:91:0A:5E"), QStringLiteral("3C:22:FB:91:0A:5F")});
    // The later of the inventory report and the last check-in.
    CHECK(mbp.lastSync == utc(28, 9, 12, 30, 250));

    REQUIRE(mbp.software.has_value());
    REQUIRE(mbp.software->size() == 2);
    CHECK(mbp.software->at(0).name == u"CbDefense.app");
    CHECK(mbp.software->at(0).bundleId == u"com.carbonblack.CbDefense");
    CHECK(mbp.software->at(0).version == u"3.9.2");
    CHECK(mbp.services
          == QStringList {QStringLiteral("com.carbonblack.cbdefense"),
                          QStringLiteral("com.openssh.sshd")});

    const DeviceRecord &air = byId(page, u"117");
    CHECK(air.lastSync == utc(27, 10)); // the report is later than the last contact here
    CHECK(air.ids.macAddresses == QStringList {QStringLiteral("F0:18:98:4C:7E:21")});
    REQUIRE(air.services.has_value());
    CHECK(air.services->isEmpty()); // reported, and empty: not the same as not reported
}

TEST_CASE("Jamf's settings become observations", "[jamf]")
{
    const Page page1 = parsedComputers("computers-v3-page1.json");
    const Page page2 = parsedComputers("computers-v3-page2.json");
    const auto [id, practice, expected]
        = GENERATE(table<const char16_t *, QString, std::optional<Observation::State>>({
            {u"101", PracticeKey::encryption, Passing},
            {u"117", PracticeKey::encryption, InProgress},
            {u"88", PracticeKey::encryption, Failing},
            {u"101", PracticeKey::firewall, Passing},
            {u"117", PracticeKey::firewall, Failing},
            // Extension attributes, matched case-insensitively with any of the default names.
            {u"101", PracticeKey::screenlock, Passing}, // "Enabled"
            {u"117", PracticeKey::screenlock, Passing}, // "1"
            {u"101", PracticeKey::autoupdate, Failing}, // "false"
            {u"117", PracticeKey::autoupdate, Passing}, // "yes"
            {u"101", PracticeKey::remotelogin, Passing}, // SSH "Off", remote desktop off
            {u"117", PracticeKey::remotelogin, Failing}, // SSH "On" is the bad state
            {u"88", PracticeKey::remotelogin, Failing}, // remote desktop on
            // Not reported at all: no extension attributes on that Mac.
            {u"88", PracticeKey::screenlock, std::nullopt},
            {u"88", PracticeKey::autoupdate, std::nullopt},
            // Jamf does not grade Macs on a jailbreak.
            {u"101", PracticeKey::jailed, std::nullopt},
        }));
    CAPTURE(QString::fromUtf16(id), practice);
    const QString recordId = QString::fromUtf16(id);
    const DeviceRecord &record = recordId == u"88" ? byId(page2, recordId) : byId(page1, recordId);
    CHECK(stateOf(record, practice) == expected);
}

TEST_CASE("FileVault on its way tells how far it got", "[jamf]")
{
    const Page page = parsedComputers("computers-v3-page1.json");
    const Observation encryption = byId(page, u"117").observations.value(PracticeKey::encryption);
    CHECK(encryption.state == InProgress);
    CHECK(encryption.details.contains(u"42"));
    CHECK(encryption.details.contains(u"FileVault"));

    const Page odd = parsedComputers("computers-odd.json");
    // ENCRYPTING without a percentage, and RESTART_NEEDED: in progress, never passing.
    CHECK(byId(odd, u"9").observations.value(PracticeKey::encryption).state == InProgress);
    CHECK_FALSE(byId(odd, u"9").observations.value(PracticeKey::encryption).details.isEmpty());
    CHECK(byId(odd, u"11").observations.value(PracticeKey::encryption).state == InProgress);
    // A state this code does not know is not taken for encrypted, and the employee sees it.
    const Observation unknown = byId(odd, u"10").observations.value(PracticeKey::encryption);
    CHECK(unknown.state == Failing);
    CHECK(unknown.details.contains(u"SOMETHING_NEW"));
}

TEST_CASE("Missing, null and odd fields are not reported, never false", "[jamf]")
{
    const Page page = parsedComputers("computers-odd.json");
    CHECK(page.totalCount == 9);
    // The entries without a usable id, the string and the null are skipped; the rest stay.
    QStringList ids;
    for (const DeviceRecord &record : page.records)
        ids.append(record.recordId);
    CHECK(ids
          == QStringList {QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                          QStringLiteral("10"), QStringLiteral("11")});

    const auto id = GENERATE(u"7", u"8");
    CAPTURE(QString::fromUtf16(id));
    const DeviceRecord &bare = byId(page, QString::fromUtf16(id));
    CHECK(bare.platform == Platform::Mac);
    CHECK(bare.observations.isEmpty());
    CHECK_FALSE(bare.software.has_value());
    CHECK_FALSE(bare.services.has_value());
    CHECK_FALSE(bare.lastSync.has_value());
    CHECK_FALSE(bare.osVersion.has_value());
    CHECK_FALSE(bare.ids.serial.has_value());
    CHECK(bare.ids.macAddresses.isEmpty());
}

TEST_CASE("Odd values inside a computer are handled one by one", "[jamf]")
{
    const Page page = parsedComputers("computers-odd.json");

    const DeviceRecord &mixedCase = byId(page, u"9");
    CHECK(mixedCase.ids.macAddresses == QStringList {QStringLiteral("AA:BB:CC:0A:1B:2C")});
    CHECK_FALSE(mixedCase.ids.serial.has_value()); // blank is not a serial number

    const DeviceRecord &odd = byId(page, u"10");
    CHECK_FALSE(stateOf(odd, PracticeKey::firewall)); // "true" as a string is not a boolean
    CHECK_FALSE(stateOf(odd, PracticeKey::screenlock)); // "maybe"
    CHECK_FALSE(stateOf(odd, PracticeKey::autoupdate)); // no value yet
    // Remote desktop off says nothing about SSH, whose attribute has no readable value.
    CHECK_FALSE(stateOf(odd, PracticeKey::remotelogin));

    const DeviceRecord &inSection = byId(page, u"11");
    // An attribute shown in the General section counts as much as a top-level one.
    CHECK(stateOf(inSection, PracticeKey::screenlock) == Failing);
    // An unreadable report date leaves the last contact time, converted to UTC.
    CHECK(inSection.lastSync == utc(28, 8));
}

TEST_CASE("The extension attribute names are configurable", "[jamf]")
{
    ExtensionAttributeNames names;
    names.screenLock = {QStringLiteral("Remote Login Enabled")}; // deliberately another one
    const Page page = parsedComputers("computers-v3-page1.json", names);
    // "Off" read as a screen lock setting: failing. Nothing else is looked for.
    CHECK(stateOf(byId(page, u"101"), PracticeKey::screenlock) == Failing);
    CHECK_FALSE(stateOf(byId(page, u"101"), PracticeKey::autoupdate));
    CHECK_FALSE(stateOf(byId(page, u"101"), PracticeKey::remotelogin));

    const ExtensionAttributeNames defaults = ExtensionAttributeNames::defaults();
    CHECK(defaults.screenLock.contains(QStringLiteral("Screen Lock Enabled")));
    CHECK(defaults.autoUpdate.contains(QStringLiteral("Automatic Updates Enabled")));
    CHECK(defaults.remoteLogin.contains(QStringLiteral("Remote Login Enabled")));
}

TEST_CASE("A mobile device page gives each iPhone and iPad", "[jamf]")
{
    const Page page = parsedMobileDevices("mobile-devices.json");
    CHECK(page.totalCount == 2);
    REQUIRE(page.records.size() == 2);

    const DeviceRecord &phone = byId(page, u"42");
    CHECK(phone.source == u"jamf");
    CHECK(phone.platform == Platform::iOS);
    CHECK(phone.name == QStringLiteral("Alice's iPhone"));
    CHECK(phone.model == QStringLiteral("iPhone 16"));
    CHECK(phone.manufacturer == QStringLiteral("Apple"));
    CHECK(phone.osVersion == QStringLiteral("26.1"));
    CHECK(phone.osBuild == QStringLiteral("23B85"));
    CHECK(phone.ids.serial == QStringLiteral("G6TZQ8XKN7"));
    CHECK(phone.ids.udid == QStringLiteral("00008140-001A2B3C4D5E801E"));
    CHECK(phone.ids.imei == QStringLiteral("356789104563218"));
    CHECK(phone.ids.meid == QStringLiteral("35678910456321"));
    CHECK(
        phone.ids.macAddresses
        == QStringList {QStringLiteral("A4:83:E7:2B:11:C9"), QStringLiteral("A4:83:E7:2B:11:CA")});
    CHECK(phone.lastSync == utc(28, 7));

    const auto [id, practice, expected]
        = GENERATE(table<const char16_t *, QString, Observation::State>({
            {u"42", PracticeKey::encryption, Passing},
            {u"42", PracticeKey::screenlock, Passing},
            {u"42", PracticeKey::jailed, Passing},
            {u"57", PracticeKey::encryption, Failing},
            {u"57", PracticeKey::screenlock, Failing},
            {u"57", PracticeKey::jailed, Failing}, // jailbroken
        }));
    CAPTURE(QString::fromUtf16(id), practice);
    CHECK(stateOf(byId(page, QString::fromUtf16(id)), practice) == expected);
}

TEST_CASE("Mobile devices in other shapes and with gaps", "[jamf]")
{
    const Page page = parsedMobileDevices("mobile-devices-variants.json");
    REQUIRE(page.records.size() == 4);

    // The single-device shape: fields at the top level and under "ios", a numeric id.
    const DeviceRecord &flat = byId(page, u"901");
    CHECK(flat.platform == Platform::iOS);
    CHECK(flat.ids.serial == QStringLiteral("FLAT123"));
    CHECK(flat.ids.udid == QStringLiteral("FLAT-UDID"));
    CHECK(flat.ids.imei == QStringLiteral("351234567890123"));
    CHECK(flat.ids.macAddresses == QStringList {QStringLiteral("00:1A:2B:3C:4D:5E")});
    CHECK(flat.osVersion == QStringLiteral("18.1"));
    CHECK(stateOf(flat, PracticeKey::encryption) == Passing);
    // A passcode that breaks the organisation's rules is not a working screen lock.
    CHECK(stateOf(flat, PracticeKey::screenlock) == Failing);

    // An Apple TV is kept, but not passed off as an iPhone.
    CHECK_FALSE(byId(page, u"902").platform.has_value());

    const DeviceRecord &noSecurity = byId(page, u"903");
    CHECK(noSecurity.observations.isEmpty());
    CHECK_FALSE(noSecurity.lastSync.has_value());

    // Compliant with no word on whether a passcode exists proves nothing; null is not false.
    CHECK(byId(page, u"904").observations.isEmpty());
}

TEST_CASE("A page that is not an inventory page is an error that says so", "[jamf]")
{
    const auto [json, words] = GENERATE(table<const char *, const char16_t *>({
        {"", u"not valid JSON"},
        {"{\"totalCount\": 1, \"results\": [", u"not valid JSON"},
        {"<html><body>Maintenance</body></html>", u"not valid JSON"},
        {"[]", u"not a JSON object"},
        {"{\"totalCount\": 1}", u"results"},
        {"{\"totalCount\": 1, \"results\": {}}", u"results"},
        {"{\"totalCount\": \"4\", \"results\": []}", u"totalCount"},
        {"{\"totalCount\": -1, \"results\": []}", u"totalCount"},
        {"{\"totalCount\": 1.5, \"results\": []}", u"totalCount"},
    }));
    CAPTURE(json);
    for (const auto &page :
         {parseComputersPage(QByteArrayView(json)), parseMobileDevicesPage(QByteArrayView(json))}) {
        REQUIRE_FALSE(page.hasValue());
        CHECK(page.error().category == Error::Category::Parse);
        CHECK(page.error().message.contains(QString::fromUtf16(words)));
        CHECK(page.error().message.contains(u"Jamf"));
    }
}

TEST_CASE("An empty page and a page without totalCount are fine", "[jamf]")
{
    const auto empty = parseComputersPage(QByteArrayView("{\"totalCount\": 0, \"results\": []}"));
    REQUIRE(empty.hasValue());
    CHECK(empty->records.isEmpty());
    CHECK(empty->totalCount == 0);

    const auto noCount = parseMobileDevicesPage(QByteArrayView("{\"results\": [{\"id\": \"1\"}]}"));
    REQUIRE(noCount.hasValue());
    CHECK(noCount->totalCount == 1);
}

TEST_CASE("The parsers survive damaged pages", "[jamf]")
{
    // Every prefix of a real page, and the page with bytes flipped: an answer or an error,
    // never a crash or a hang.
    const QByteArray original
        = testData("computers-v3-page1.json") + testData("mobile-devices.json");
    for (qsizetype length = 0; length < original.size(); length += 7) {
        const QByteArrayView prefix(original.constData(), length);
        (void)parseComputersPage(prefix);
        (void)parseMobileDevicesPage(prefix);
    }
    QByteArray flipped = testData("computers-v3-page1.json");
    for (qsizetype i = 0; i < flipped.size(); i += 13) {
        QByteArray copy = flipped;
        copy[i] = char(copy[i] ^ 0x5a);
        (void)parseComputersPage(copy);
        (void)parseMobileDevicesPage(copy);
    }
    // Every field of every kind replaced by values of the wrong type.
    const char *const wrong[] = {"null", "true", "1e308", "-0", "\"\"", "[]", "{}", "[null]"};
    for (const char *value : wrong) {
        const QByteArray json
            = QByteArrayLiteral("{\"totalCount\":1,\"results\":[{\"id\":\"1\",\"mobileDeviceId\":")
            + value + ",\"general\":" + value + ",\"hardware\":{\"macAddress\":" + value
            + "},\"diskEncryption\":{\"bootPartitionEncryptionDetails\":" + value
            + "},\"security\":" + value + ",\"extensionAttributes\":[" + value
            + ",{\"name\":" + value + ",\"values\":" + value + "}],\"applications\":[" + value
            + "],\"services\":" + value + ",\"ios\":" + value + "}]}";
        CAPTURE(value);
        CHECK(parseComputersPage(json).hasValue());
        CHECK(parseMobileDevicesPage(json).hasValue());
    }
    SUCCEED();
}
