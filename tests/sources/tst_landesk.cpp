#include "catch.h"

#include "await.h"

#include "clock.h"
#include "demo/demohttpserver.h"
#include "demo/demolandesk.h"
#include "devicemerger.h"
#include "evaluator.h"
#include "landesk/landeskparser.h"
#include "landesk/landesksource.h"
#include "net/httpclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpServer>

#include <algorithm>
#include <memory>

using namespace Stethoscope;
using namespace Stethoscope::Sources::Landesk;
using State = Core::Observation::State;
using Stethoscope::Testing::await;

namespace {

QByteArray testData(const char *name)
{
    QFile file(QStringLiteral(STETHOSCOPE_TEST_DATA "/landesk/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList guids(const QList<Machine> &machines)
{
    QStringList result;
    for (const Machine &m : machines)
        result.append(m.guid);
    return result;
}

} // namespace

TEST_CASE("LANDESK machine lists read the same with one element or many, GET or SOAP",
          "[landesk][parser]")
{
    const auto one = parseMachineList(testData("listmachines-one.xml"));
    REQUIRE(one.hasValue());
    REQUIRE(one->size() == 1);
    CHECK(one->at(0).guid == u"{4C1F0E2A-8B5D-4E71-9A3C-2D6F8B1E0A97}");
    CHECK(one->at(0).name == u"ALICE-THINKPAD");
    CHECK(one->at(0).mac == u"8C8CAA5219E0");
    CHECK(one->at(0).osName == u"Microsoft Windows 11 Enterprise Edition");

    // SOAP, three entries, one of them a placeholder record without an agent.
    const auto many = parseMachineList(testData("listmachines-many.soap.xml"));
    REQUIRE(many.hasValue());
    CHECK(guids(*many)
          == QStringList {QStringLiteral("{11111111-1111-1111-1111-111111111111}"),
                          QStringLiteral("{22222222-2222-2222-2222-222222222222}")});
}

TEST_CASE("A saved LANDESK query yields only the employee's rows", "[landesk][parser]")
{
    const auto rows = parseQueryMachines(
        testData("runquery.xml"), QStringLiteral("alice@example.com"), QStringLiteral("alice"));
    REQUIRE(rows.hasValue());
    REQUIRE(rows->size() == 1);
    CHECK(rows->at(0).name == u"ALICE-THINKPAD");
}

TEST_CASE("LANDESK machine data becomes a Windows record", "[landesk][parser]")
{
    const auto data = parseMachineData(testData("machinedata.xml"));
    REQUIRE(data.hasValue());
    ParseOptions options;
    options.timeZone = QTimeZone(QByteArrayLiteral("UTC+02:00"));
    const auto record
        = buildRecord(Machine {QStringLiteral("{G}"), {}, {}, {}}, *data, std::nullopt, options);
    CHECK(record.source == u"landesk");
    CHECK(record.recordId == u"{G}");
    CHECK(record.platform == Core::Platform::Windows);
    CHECK(record.name == u"BOB-LAPTOP");
    CHECK(record.manufacturer == u"HP");
    CHECK(record.model == u"HP EliteBook 840 G10");
    CHECK(record.ids.serial == u"5CG1234XYZ");
    CHECK(record.ids.macAddresses == QStringList {QStringLiteral("F4:B5:20:AA:01:02")});
    CHECK(record.osVersion == u"10.0.22631.4460");
    CHECK(record.osBuild == u"22631.4460");
    // 09:30 on the core server, two hours ahead of UTC.
    CHECK(record.lastSync == QDateTime(QDate(2024, 7, 1), QTime(7, 30), Qt::UTC));

    const auto &bitlocker = record.observations.value(Core::PracticeKey::encryption);
    CHECK(bitlocker.state == State::InProgress);
    CHECK(bitlocker.details == u"BitLocker is still encrypting (63 %).");
    const auto &firewall = record.observations.value(Core::PracticeKey::firewall);
    CHECK(firewall.state == State::Failing);
    CHECK(firewall.details.contains(u"Public"));
    CHECK_FALSE(firewall.details.contains(u"Domain"));
    // Without a vulnerability scan, none of its practices is reported.
    CHECK_FALSE(record.observations.contains(Core::PracticeKey::uptodate));
    CHECK_FALSE(record.observations.contains(Core::PracticeKey::screenlock));
}

TEST_CASE("BitLocker status and percentage map to a verdict", "[landesk][parser]")
{
    const auto columns = ColumnNames::defaults();
    const auto [status, percent, state, details]
        = GENERATE(table<const char *, const char *, State, const char *>({
            {"Protection On", "100", State::Passing, ""},
            {"Protection Off", "63", State::InProgress, "BitLocker is still encrypting (63 %)."},
            {"Encryption In Progress", "", State::InProgress, "BitLocker is still encrypting."},
            {"Protection Off", "0", State::Failing, "BitLocker is off."},
            {"Decryption In Progress", "40", State::Failing, "BitLocker is decrypting."},
        }));
    CAPTURE(status, percent);
    ColumnValues data {{columns.bitlockerStatus, QLatin1String(status)}};
    if (*percent)
        data.append({columns.bitlockerPercent, QLatin1String(percent)});
    const auto record = buildRecord(Machine {QStringLiteral("g"), {}, {}, {}}, data, {}, {});
    REQUIRE(record.observations.contains(Core::PracticeKey::encryption));
    CHECK(record.observations[Core::PracticeKey::encryption].state == state);
    CHECK(record.observations[Core::PracticeKey::encryption].details == QLatin1String(details));
}

TEST_CASE("Missing LANDESK columns are not reported, never failing", "[landesk][parser]")
{
    const auto record = buildRecord(Machine {QStringLiteral("g"), QStringLiteral("PC-1"), {}, {}},
                                    {}, std::nullopt, {});
    CHECK(record.name == u"PC-1");
    CHECK(record.observations.isEmpty());
    CHECK_FALSE(record.osVersion.has_value());
    CHECK_FALSE(record.lastSync.has_value());
}

TEST_CASE("LANDESK vulnerabilities decide screen lock, automatic updates and patch level",
          "[landesk][parser]")
{
    const auto list = parseVulnerabilities(testData("vulnerabilities.soap.xml"));
    REQUIRE(list.hasValue());
    CHECK(list->size() == 6);
    const auto record = buildRecord(Machine {QStringLiteral("g"), {}, {}, {}}, {}, *list, {});
    CHECK(record.observations[Core::PracticeKey::screenlock].state == State::Failing);
    CHECK(record.observations[Core::PracticeKey::autoupdate].state == State::Passing);
    const auto &uptodate = record.observations[Core::PracticeKey::uptodate];
    CHECK(uptodate.state == State::Failing);
    // Critical and High (code 2) vulnerabilities that are detected; not spyware, not the
    // Office update that is scanned and absent.
    CHECK(uptodate.details.contains(u"July 2024 cumulative update for Windows 11"));
    CHECK(uptodate.details.contains(u"Google Chrome 126.0.6478.127"));
    CHECK_FALSE(uptodate.details.contains(u"Office"));
    CHECK_FALSE(uptodate.details.contains(u"toolbar"));

    // Configured ids replace the defaults.
    ParseOptions options;
    options.vulnerabilities.screenLock = QStringLiteral("ST000003v2");
    options.vulnerabilities.autoUpdate.clear();
    const auto custom = buildRecord(Machine {QStringLiteral("g"), {}, {}, {}}, {}, *list, options);
    CHECK(custom.observations[Core::PracticeKey::screenlock].state == State::Passing);
    CHECK_FALSE(custom.observations.contains(Core::PracticeKey::autoupdate));
}

TEST_CASE("Naive LANDESK dates are read in the configured zone", "[landesk][parser]")
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    REQUIRE(berlin.isValid());
    const auto [text, utc] = GENERATE(table<const char *, QDateTime>({
        {"2024-07-01 09:30:00", QDateTime(QDate(2024, 7, 1), QTime(7, 30), Qt::UTC)}, // CEST
        {"2024-01-15T09:30:00.123", QDateTime(QDate(2024, 1, 15), QTime(8, 30, 0, 123), Qt::UTC)},
        {"1/15/2024 9:30:00 PM", QDateTime(QDate(2024, 1, 15), QTime(20, 30), Qt::UTC)},
        {"2024-01-15T09:30:00Z", QDateTime(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC)},
    }));
    CAPTURE(text);
    CHECK(parseNaiveTime(QLatin1String(text), berlin) == utc);
    CHECK_FALSE(parseNaiveTime(QStringLiteral("last Tuesday"), berlin).has_value());
}

TEST_CASE("Garbage from LANDESK is a clear parse error; a SOAP fault says what failed",
          "[landesk][parser]")
{
    for (const QByteArray &garbage :
         {QByteArrayLiteral("<html><body>Oops"), QByteArrayLiteral("{\"json\": true}"),
          QByteArray(), QByteArrayLiteral("<a><b></a>")}) {
        const auto result = parseMachineList(garbage);
        REQUIRE_FALSE(result.hasValue());
        CHECK(result.error().category == Core::Error::Category::Parse);
        CHECK(result.error().message.startsWith(u"LANDESK sent an answer that is not valid XML"));
    }
    const auto fault = parseMachineData(testData("fault.soap.xml"));
    REQUIRE_FALSE(fault.hasValue());
    CHECK(fault.error().category == Core::Error::Category::Backend);
    CHECK(fault.error().message.contains(u"does not have rights to this device"));

    // Truncations of a valid answer never crash and never invent machines.
    const QByteArray whole = testData("listmachines-many.soap.xml");
    for (qsizetype length = 0; length < whole.size(); length += 7) {
        const auto partial = parseMachineList(QByteArrayView(whole.constData(), length));
        CHECK((!partial.hasValue() || partial->size() <= 2));
    }
}

namespace {

const QString alice = QStringLiteral("alice@example.com");
const QString aliceGuid = QStringLiteral("{4C1F0E2A-8B5D-4E71-9A3C-2D6F8B1E0A97}");

// The demo LANDESK server and a LANDESK source talking to it over loopback, through NTLM.
struct LandeskFixture
{
    Core::SystemClock clock;
    QNetworkAccessManager network;
    Sources::Demo::DemoLandesk backend;
    Sources::Demo::DemoHttpServer server;
    std::unique_ptr<Sources::Net::HttpClient> http;
    std::unique_ptr<LandeskSource> source;

    explicit LandeskFixture(QString user = QStringLiteral("EXAMPLE\\svc-stethoscope"),
                            QByteArray password = Sources::Demo::DemoLandesk::password,
                            int timeoutMs = 10'000, QString queryName = {},
                            Sources::SampleFleet fleet = Sources::SampleFleet::builtin())
        : backend(std::move(fleet))
    {
        REQUIRE(server.listen());
        server.setHandler(
            [this](const Sources::Demo::DemoRequest &r) { return backend.handle(r); });
        http = std::make_unique<Sources::Net::HttpClient>(
            network,
            Sources::Net::BackendLimits {QStringLiteral("LANDESK"), 4, 3, timeoutMs, 10, 100});
        http->setCredentials(std::move(user), std::move(password));
        LandeskConfig config;
        config.url = server.url();
        config.url.setPath(QStringLiteral("/MBSDKService/MsgSDK.asmx"));
        config.timeZone = Sources::Demo::DemoLandesk::timeZone();
        config.queryName = std::move(queryName);
        source = std::make_unique<LandeskSource>(*http, config, clock);
    }

    Core::SourceResult fetch(const QString &email = alice)
    {
        const auto result = await(source->fetch(email));
        REQUIRE(result.has_value());
        return *result;
    }

    int requests(const QByteArray &method)
    {
        int count = 0;
        for (const auto &request : server.requests())
            count += request.method == method ? 1 : 0;
        return count;
    }
};

void checkAliceThinkpad(const Core::SourceResult &result)
{
    REQUIRE(result.records.hasValue());
    CHECK(result.source == u"landesk");
    REQUIRE(result.records->size() == 1);
    const Core::DeviceRecord &pc = result.records->at(0);
    CHECK(pc.recordId == aliceGuid);
    CHECK(pc.name == u"ALICE-THINKPAD");
    CHECK(pc.platform == Core::Platform::Windows);
    CHECK(pc.manufacturer == u"Lenovo");
    CHECK(pc.model == u"ThinkPad T14 Gen 5");
    CHECK(pc.ids.serial == u"PF4XK2LM");
    CHECK(pc.ids.macAddresses == QStringList {QStringLiteral("8C:8C:AA:52:19:E0")});
    CHECK(pc.osVersion == u"10.0.26100.2314");
    CHECK(pc.osName == u"Windows 11 Enterprise");
    REQUIRE(pc.lastSync.has_value());
    const qint64 hoursAgo = pc.lastSync->secsTo(QDateTime::currentDateTimeUtc()) / 60;
    CHECK((hoursAgo >= 9 * 60 - 1 && hoursAgo <= 9 * 60 + 1)); // written in Chicago time
    CHECK(pc.observations.value(Core::PracticeKey::encryption).state == State::Failing);
    CHECK(pc.observations.value(Core::PracticeKey::encryption).details == u"BitLocker is off.");
    CHECK(pc.observations.value(Core::PracticeKey::firewall).state == State::Passing);
    CHECK(pc.observations.value(Core::PracticeKey::screenlock).state == State::Passing);
    CHECK(pc.observations.value(Core::PracticeKey::autoupdate).state == State::Passing);
    // The critical November update is scanned and installed; a medium 7-Zip issue does not count.
    CHECK(pc.observations.value(Core::PracticeKey::uptodate).state == State::Passing);
}

} // namespace

TEST_CASE("LANDESK over NTLM: the employee's PC with its practices", "[landesk][ntlm]")
{
    // Qt splits "DOMAIN\user"; a bare user name takes the domain from the server's challenge.
    const QString user
        = GENERATE(QStringLiteral("EXAMPLE\\svc-stethoscope"), QStringLiteral("svc-stethoscope"));
    CAPTURE(user);
    LandeskFixture f(user);
    checkAliceThinkpad(f.fetch());
    CHECK_FALSE(f.source->usesSoap());

    bool sawType3 = false;
    for (const auto &request : f.server.requests()) {
        const QByteArray token = QByteArray::fromBase64(request.header("authorization").mid(5));
        sawType3 = sawType3 || (token.startsWith("NTLMSSP") && token.size() > 12 && token[8] == 3);
    }
    CHECK(sawType3);

    // A captured Type 3 is worthless elsewhere: on another connection, or after a new
    // challenge, the proof no longer matches.
    QByteArray type3;
    for (const auto &request : f.server.requests()) {
        const QByteArray header = request.header("authorization");
        const QByteArray token = QByteArray::fromBase64(header.mid(5));
        if (token.size() > 12 && token[8] == 3)
            type3 = header;
    }
    Sources::Demo::DemoRequest replay;
    replay.method = "GET";
    replay.path = QStringLiteral("/MBSDKService/MsgSDK.asmx/ListMachines");
    replay.connectionId = 999'999;
    replay.headers.insert("authorization", type3);
    CHECK(f.backend.handle(replay).status == 401);
    replay.headers.insert("authorization",
                          QByteArrayLiteral("NTLM ")
                              + QByteArray("NTLMSSP\0\1\0\0\0", 12).toBase64());
    CHECK(f.backend.handle(replay).status == 401); // the new challenge
    replay.headers.insert("authorization", type3);
    CHECK(f.backend.handle(replay).status == 401);

    // Nobody else's machines; an employee without any gets an empty list, not an error.
    const auto bob = f.fetch(QStringLiteral("bob@example.com"));
    REQUIRE(bob.records.hasValue());
    CHECK(bob.records->isEmpty());
}

TEST_CASE("LANDESK refuses a wrong password, and the source says so", "[landesk][ntlm]")
{
    LandeskFixture f(QStringLiteral("EXAMPLE\\svc-stethoscope"), QByteArrayLiteral("wrong"));
    const auto result = f.fetch();
    REQUIRE_FALSE(result.records.hasValue());
    CHECK(result.records.error().category == Core::Error::Category::Auth);
    CHECK(result.records.error().message.startsWith(u"LANDESK rejected"));

    LandeskFixture stranger(QStringLiteral("EXAMPLE\\mallory"));
    const auto other = stranger.fetch();
    REQUIRE_FALSE(other.records.hasValue());
    CHECK(other.records.error().category == Core::Error::Category::Auth);
}

TEST_CASE("A LANDESK server without the GET binding is asked through SOAP, remembered", "[landesk]")
{
    LandeskFixture f;
    f.backend.setGetBindingEnabled(false);
    checkAliceThinkpad(f.fetch());
    CHECK(f.source->usesSoap());
    const int getsBefore = f.requests("GET");
    CHECK(getsBefore > 0);

    checkAliceThinkpad(f.fetch());
    CHECK(f.requests("GET") == getsBefore); // no second try of the GET binding
    for (const auto &request : f.server.requests()) {
        if (request.method == "POST") {
            CHECK(request.header("soapaction")
                      .startsWith("\"http://landesk.com/MBSDKService/MBSDK/"));
            CHECK(request.header("content-type") == "text/xml; charset=utf-8");
        }
    }
}

TEST_CASE("A saved LANDESK query finds the employee's machines", "[landesk]")
{
    LandeskFixture f(QStringLiteral("EXAMPLE\\svc-stethoscope"),
                     Sources::Demo::DemoLandesk::password, 10'000,
                     QString::fromLatin1(Sources::Demo::DemoLandesk::queryName));
    checkAliceThinkpad(f.fetch());
}

TEST_CASE("A transient LANDESK 503 is retried", "[landesk]")
{
    LandeskFixture f;
    f.server.addFault({.kind = Sources::Demo::DemoFault::Kind::Status,
                       .pathPrefix = QStringLiteral("/MBSDKService/MsgSDK.asmx/ListMachines"),
                       .count = 1,
                       .status = 503});
    checkAliceThinkpad(f.fetch());
}

TEST_CASE("LANDESK down: the source's error says so", "[landesk]")
{
    SECTION("hanging")
    {
        LandeskFixture f(QStringLiteral("EXAMPLE\\svc-stethoscope"),
                         Sources::Demo::DemoLandesk::password, 300);
        f.server.addFault({.kind = Sources::Demo::DemoFault::Kind::Hang});
        const auto result = f.fetch();
        REQUIRE_FALSE(result.records.hasValue());
        CHECK(result.records.error().category == Core::Error::Category::Network);
        CHECK(result.records.error().message.contains(u"LANDESK"));
        CHECK(result.records.error().message.contains(u"did not answer"));
    }
    SECTION("disconnecting")
    {
        LandeskFixture f;
        f.server.addFault({.kind = Sources::Demo::DemoFault::Kind::Disconnect});
        const auto result = f.fetch();
        REQUIRE_FALSE(result.records.hasValue());
        CHECK(result.records.error().category == Core::Error::Category::Network);
        CHECK(result.records.error().message.startsWith(u"LANDESK could not be reached"));
    }
    SECTION("nobody listening")
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            REQUIRE(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        LandeskFixture f;
        LandeskConfig config;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:%1/MBSDKService/MsgSDK.asmx").arg(port));
        LandeskSource closed(*f.http, config, f.clock);
        const auto result = await(closed.fetch(alice));
        REQUIRE(result.has_value());
        REQUIRE_FALSE(result->records.hasValue());
        CHECK(result->records.error().category == Core::Error::Category::Network);
        CHECK(result->records.error().message.startsWith(u"LANDESK could not be reached"));
    }
}

namespace {

// This computer's live record and LANDESK's records, evaluated and merged as the app does.
QList<Core::Device> mergedWith(const Core::DeviceRecord &local,
                               const QList<Core::DeviceRecord> &landesk)
{
    const Core::Evaluator evaluator(Core::PracticeCatalog::builtin(), Core::Policy::builtin());
    QList<Core::EvaluatedRecord> records {evaluator(local)};
    for (const Core::DeviceRecord &record : landesk)
        records.append(evaluator(record));
    return Core::mergeDevices(records, {QDateTime::currentDateTimeUtc(), 30});
}

} // namespace

TEST_CASE("With this computer in the demo fleet, LANDESK's record of it merges with the live one",
          "[landesk][local]")
{
    const auto platform = GENERATE(Core::Platform::Windows, Core::Platform::Linux);
    CAPTURE(Core::platformName(platform));
    Core::DeviceRecord local;
    local.source = QStringLiteral("local");
    local.recordId = QStringLiteral("bench-7");
    local.name = QStringLiteral("bench-7");
    local.platform = platform;
    local.lastSync = QDateTime::currentDateTimeUtc();
    local.ids.addMac(u"00:1a:2b:3c:4d:5e");
    local.observations.insert(Core::PracticeKey::firewall,
                              {State::Failing, QStringLiteral("The firewall is off."), {}});
    auto fleet = Sources::SampleFleet::builtin();
    REQUIRE(fleet.addThisComputer(local, alice));
    // A computer known only by a virtual NIC's address and called "localhost" could never
    // merge: it is left out. With a real host name it joins by that.
    Core::DeviceRecord virtualOnly = local;
    virtualOnly.ids = {};
    virtualOnly.ids.addMac(u"02:fc:00:00:00:01");
    virtualOnly.name = QStringLiteral("localhost.localdomain");
    auto untouched = Sources::SampleFleet::builtin();
    CHECK_FALSE(untouched.addThisComputer(virtualOnly, alice));
    CHECK(untouched.devicesSeenBy(QStringLiteral("landesk")).size() == 2);
    virtualOnly.name = QStringLiteral("bench-7");
    REQUIRE(untouched.addThisComputer(virtualOnly, alice));
    CHECK(untouched.devicesSeenBy(QStringLiteral("landesk")).size() == 3);
    {
        LandeskFixture byName(QStringLiteral("EXAMPLE\\svc-stethoscope"),
                              Sources::Demo::DemoLandesk::password, 10'000, {},
                              std::move(untouched));
        const Core::SourceResult fetched = byName.fetch();
        REQUIRE(fetched.records.hasValue());
        const auto devices = mergedWith(virtualOnly, *fetched.records);
        REQUIRE(devices.size() == 2);
        const auto merged = std::find_if(devices.begin(), devices.end(), [](const auto &device) {
            return device.name == u"bench-7";
        });
        REQUIRE(merged != devices.end());
        CHECK(merged->sources == QStringList {QStringLiteral("landesk"), QStringLiteral("local")});
        CHECK(merged->joinedByName); // nothing but the name links them
    }

    LandeskFixture f(QStringLiteral("EXAMPLE\\svc-stethoscope"),
                     Sources::Demo::DemoLandesk::password, 10'000, {}, std::move(fleet));
    const Core::SourceResult result = f.fetch();
    REQUIRE(result.records.hasValue());
    REQUIRE(result.records->size() == 2); // Alice's ThinkPad and this computer
    const auto it = std::find_if(result.records->begin(), result.records->end(),
                                 [](const auto &record) { return record.name == u"bench-7"; });
    REQUIRE(it != result.records->end());
    CHECK(it->platform == platform);
    CHECK(it->ids.macAddresses == local.ids.macAddresses);
    REQUIRE(it->lastSync.has_value());
    CHECK(it->lastSync->secsTo(QDateTime::currentDateTimeUtc()) / 3600 == 72);

    const auto devices = mergedWith(local, *result.records);
    REQUIRE(devices.size() == 2);
    const auto merged = std::find_if(devices.begin(), devices.end(),
                                     [](const auto &device) { return device.name == u"bench-7"; });
    REQUIRE(merged != devices.end());
    CHECK(merged->sources == QStringList {QStringLiteral("landesk"), QStringLiteral("local")});
    const Core::PracticeResult firewall = merged->practices.value(Core::PracticeKey::firewall);
    CHECK(firewall.source == u"local");
    if (platform == Core::Platform::Windows) {
        // LANDESK saw the firewall on at its last inventory; the PC says it is off now.
        REQUIRE(firewall.disagreement.has_value());
        CHECK(firewall.disagreement->source == u"landesk");
        CHECK(firewall.disagreement->status == Core::PracticeStatus::Ok);
    } else {
        // On Linux the demo's LANDESK scanned no firewall, but found the screen lock off.
        CHECK_FALSE(firewall.disagreement.has_value());
        const Core::PracticeResult screenlock
            = merged->practices.value(Core::PracticeKey::screenlock);
        CHECK(screenlock.source == u"landesk");
        CHECK(screenlock.status == Core::PracticeStatus::Warn);
    }
}
