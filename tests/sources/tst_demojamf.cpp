#include "catch.h"

#include "demo/demojamf.h"
#include "jamf/jamfparser.h"
#include "jsonreader.h"
#include "recordbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Stethoscope::Core;
using namespace Stethoscope::Sources;
using namespace Stethoscope::Sources::Demo;
using Stethoscope::Core::Testing::testNow;

namespace {

// A demo Jamf on a clock the test moves.
struct Fixture
{
    QDateTime now = testNow;
    DemoJamf jamf {SampleFleet::builtin()};

    Fixture()
    {
        jamf.setClock([this] { return now; });
    }

    DemoResponse post(const QString &path, const QByteArray &body = {},
                      const QByteArray &authorization = {})
    {
        DemoRequest request {"POST", path, {}, {}, body};
        if (!authorization.isEmpty())
            request.headers.insert("authorization", authorization);
        return jamf.handle(request);
    }

    DemoResponse get(const QString &path, const QString &query, const QString &token)
    {
        DemoRequest request {"GET", path, QUrlQuery(query), {}, {}};
        if (!token.isEmpty())
            request.headers.insert("authorization", "Bearer " + token.toLatin1());
        return jamf.handle(request);
    }

    QString oauthToken()
    {
        const DemoResponse response
            = post(QStringLiteral("/api/oauth/token"),
                   QByteArrayLiteral("grant_type=client_credentials&client_id=")
                       + DemoJamf::clientId + "&client_secret=" + DemoJamf::clientSecret);
        REQUIRE(response.status == 200);
        return json(response).value(QStringLiteral("access_token")).toString();
    }

    static QJsonObject json(const DemoResponse &response)
    {
        return QJsonDocument::fromJson(response.body).object();
    }
};

const QString allComputerSections = QStringLiteral(
    "section=GENERAL&section=HARDWARE&section=OPERATING_SYSTEM&section=DISK_ENCRYPTION"
    "&section=SECURITY&section=APPLICATIONS&section=SERVICES&section=SOFTWARE_UPDATES"
    "&section=EXTENSION_ATTRIBUTES&section=USER_AND_LOCATION");
const QString allMobileSections = QStringLiteral(
    "section=GENERAL&section=HARDWARE&section=USER_AND_LOCATION&section=SECURITY&section=NETWORK");

QString aliceFilter(const char *field)
{
    return QStringLiteral("filter=") + QLatin1String(field)
        + QStringLiteral("%3D%3D%22Alice%40Example.com%22");
}

QStringList idsOf(const QJsonObject &page, const char *idKey)
{
    QStringList ids;
    for (const QJsonValue result : page.value(QStringLiteral("results")).toArray())
        ids.append(result.toObject().value(QLatin1String(idKey)).toString());
    return ids;
}

} // namespace

TEST_CASE("The demo Jamf hands out tokens for the right credentials only", "[demojamf]")
{
    Fixture f;
    SECTION("client credentials")
    {
        const QJsonObject token = Fixture::json(
            f.post(QStringLiteral("/api/oauth/token"),
                   QByteArrayLiteral("grant_type=client_credentials&client_id=stethoscope-demo"
                                     "&client_secret=demo-client-secret")));
        CHECK(token.value(QStringLiteral("token_type")).toString() == u"Bearer");
        CHECK(token.value(QStringLiteral("expires_in")).toInt() == 1200);
        CHECK_FALSE(token.value(QStringLiteral("access_token")).toString().isEmpty());

        const auto body = GENERATE(
            QByteArrayLiteral(
                "grant_type=client_credentials&client_id=stethoscope-demo&client_secret=wrong"),
            QByteArrayLiteral("grant_type=client_credentials&client_id=other"
                              "&client_secret=demo-client-secret"),
            QByteArrayLiteral("grant_type=client_credentials"));
        CAPTURE(body.toStdString());
        CHECK(f.post(QStringLiteral("/api/oauth/token"), body).status == 401);
    }
    SECTION("basic authentication")
    {
        const QByteArray good = "Basic " + QByteArrayLiteral("demo-admin:demo-password").toBase64();
        const QJsonObject token
            = Fixture::json(f.post(QStringLiteral("/api/v1/auth/token"), {}, good));
        CHECK_FALSE(token.value(QStringLiteral("token")).toString().isEmpty());
        CHECK(fromRfc3339(token.value(QStringLiteral("expires")).toString())
              == testNow.addSecs(1200));

        const QByteArray bad = "Basic " + QByteArrayLiteral("demo-admin:guess").toBase64();
        CHECK(f.post(QStringLiteral("/api/v1/auth/token"), {}, bad).status == 401);
        CHECK(f.post(QStringLiteral("/api/v1/auth/token")).status == 401);
    }
}

TEST_CASE("The demo Jamf answers API calls only with a valid bearer token", "[demojamf]")
{
    Fixture f;
    const QString path = QStringLiteral("/api/v3/computers-inventory");
    const QString token = f.oauthToken();
    CHECK(f.get(path, {}, token).status == 200);

    SECTION("no token or an unknown one")
    {
        CHECK(f.get(path, {}, {}).status == 401);
        CHECK(f.get(path, {}, QStringLiteral("made-up")).status == 401);
    }
    SECTION("an expired token, and renewal before it expires")
    {
        f.now = testNow.addSecs(1100);
        const DemoResponse renewed
            = f.post(QStringLiteral("/api/v1/auth/keep-alive"), {}, "Bearer " + token.toLatin1());
        REQUIRE(renewed.status == 200);
        const QString fresh = Fixture::json(renewed).value(QStringLiteral("token")).toString();
        CHECK(f.get(path, {}, token).status == 401); // the renewed token replaces the old one
        f.now = testNow.addSecs(1300);
        CHECK(f.get(path, {}, fresh).status == 200);
        f.now = testNow.addSecs(1100 + 1200);
        CHECK(f.get(path, {}, fresh).status == 401);
    }
    SECTION("a shorter lifetime")
    {
        f.jamf.setTokenLifetime(60);
        const QString shortLived = f.oauthToken();
        f.now = testNow.addSecs(61);
        CHECK(f.get(path, {}, shortLived).status == 401);
    }
    SECTION("invalidated and expired tokens")
    {
        CHECK(f.post(QStringLiteral("/api/v1/auth/invalidate-token"), {},
                     "Bearer " + token.toLatin1())
                  .status
              == 204);
        CHECK(f.get(path, {}, token).status == 401);
        const QString other = f.oauthToken();
        f.jamf.expireAllTokens();
        CHECK(f.get(path, {}, other).status == 401);
        CHECK(f.post(QStringLiteral("/api/v1/auth/keep-alive"), {}, "Bearer " + other.toLatin1())
                  .status
              == 401);
    }
}

TEST_CASE("The demo Jamf pages with a total count", "[demojamf]")
{
    Fixture f;
    const QString token = f.oauthToken();
    const QString path = QStringLiteral("/api/v1/computers-inventory");
    // The fleet's Macs known to Jamf: alice-mbp, alice-air, old-imac, bob-mbp and dana-air.
    QStringList seen;
    for (int page = 0; page < 3; ++page) {
        const QJsonObject answer
            = Fixture::json(f.get(path, QStringLiteral("page=%1&page-size=3").arg(page), token));
        CHECK(answer.value(QStringLiteral("totalCount")).toInt() == 5);
        const QStringList ids = idsOf(answer, "id");
        CHECK(ids.size() == (page == 0 ? 3 : page == 1 ? 2 : 0));
        seen += ids;
    }
    seen.sort();
    CHECK(seen
          == QStringList {QStringLiteral("101"), QStringLiteral("117"), QStringLiteral("130"),
                          QStringLiteral("170"), QStringLiteral("88")});

    const QString bad = GENERATE(QStringLiteral("page=-1"), QStringLiteral("page-size=0"),
                                 QStringLiteral("page=two"), QStringLiteral("page-size=5000"),
                                 QStringLiteral("section=BOGUS"));
    CAPTURE(bad);
    CHECK(f.get(path, bad, token).status == 400);
}

TEST_CASE("The demo Jamf filters by the employee's e-mail", "[demojamf]")
{
    Fixture f;
    const QString token = f.oauthToken();
    const auto [path, filter, idKey, expected]
        = GENERATE_COPY(table<QString, QString, const char *, QStringList>({
            {QStringLiteral("/api/v3/computers-inventory"),
             aliceFilter("userAndLocation.email"),
             "id",
             {QStringLiteral("101"), QStringLiteral("117"), QStringLiteral("88")}},
            {QStringLiteral("/api/v3/computers-inventory"),
             QStringLiteral("filter=userAndLocation.email==bob@example.com"),
             "id",
             {QStringLiteral("130")}},
            {QStringLiteral("/api/v3/computers-inventory"),
             QStringLiteral("filter=userAndLocation.email==\"chen@example.com\""),
             "id",
             {}},
            {QStringLiteral("/api/v2/mobile-devices/detail"),
             aliceFilter("emailAddress"),
             "mobileDeviceId",
             {QStringLiteral("m-42")}},
            {QStringLiteral("/api/v2/mobile-devices/detail"),
             QStringLiteral("filter=emailAddress==\"bob@example.com\""),
             "mobileDeviceId",
             {}},
        }));
    CAPTURE(path, filter);
    const DemoResponse response = f.get(path, filter, token);
    REQUIRE(response.status == 200);
    const QJsonObject answer = Fixture::json(response);
    CHECK(idsOf(answer, idKey) == expected);
    CHECK(answer.value(QStringLiteral("totalCount")).toInt() == expected.size());
}

TEST_CASE("The demo Jamf refuses filters it does not understand", "[demojamf]")
{
    Fixture f;
    const QString token = f.oauthToken();
    const auto [path, filter] = GENERATE(table<QString, QString>({
        {QStringLiteral("/api/v3/computers-inventory"),
         QStringLiteral("filter=general.name==\"alice-mbp\"")},
        {QStringLiteral("/api/v3/computers-inventory"),
         QStringLiteral("filter=userAndLocation.email==\"a\";general.name==\"b\"")},
        {QStringLiteral("/api/v3/computers-inventory"), aliceFilter("emailAddress")},
        {QStringLiteral("/api/v2/mobile-devices/detail"), aliceFilter("userAndLocation.email")},
    }));
    CAPTURE(path, filter);
    CHECK(f.get(path, filter, token).status == 400);
}

TEST_CASE("The demo Jamf can lack the v3 computer inventory", "[demojamf]")
{
    Fixture f;
    const QString token = f.oauthToken();
    f.jamf.setComputersV3Available(false);
    CHECK(f.get(QStringLiteral("/api/v3/computers-inventory"), {}, token).status == 404);
    CHECK(f.get(QStringLiteral("/api/v1/computers-inventory"), {}, token).status == 200);
    f.jamf.setComputersV3Available(true);
    CHECK(f.get(QStringLiteral("/api/v3/computers-inventory"), {}, token).status == 200);

    const DemoResponse unknown = f.get(QStringLiteral("/api/v1/nothing-here"), {}, token);
    CHECK(unknown.status == 404);
    CHECK(Fixture::json(unknown).value(QStringLiteral("httpStatus")).toInt() == 404);
}

TEST_CASE("The demo's pages read back as the fleet says", "[demojamf]")
{
    Fixture f;
    const QString token = f.oauthToken();
    const DemoResponse computers
        = f.get(QStringLiteral("/api/v3/computers-inventory"),
                allComputerSections + u'&' + aliceFilter("userAndLocation.email"), token);
    REQUIRE(computers.status == 200);
    const auto page = Jamf::parseComputersPage(computers.body);
    REQUIRE(page.hasValue());
    CHECK(page->totalCount == 3);
    REQUIRE(page->records.size() == 3);

    // The parser's records agree with the fleet's own view of what Jamf sees.
    const QList<SourceResult> expected
        = SampleFleet::builtin().resultsFor(QStringLiteral("alice@example.com"), testNow);
    REQUIRE(expected.front().source == u"jamf");
    REQUIRE(expected.front().records.hasValue());
    const QList<DeviceRecord> &fleetRecords = expected.front().records.value();
    REQUIRE(fleetRecords.size() == 4); // three Macs and the iPhone
    for (const DeviceRecord &record : page->records) {
        CAPTURE(record.recordId);
        const auto want
            = std::find_if(fleetRecords.begin(), fleetRecords.end(),
                           [&](const DeviceRecord &r) { return r.recordId == record.recordId; });
        REQUIRE(want != fleetRecords.end());
        CHECK(record.name == want->name);
        CHECK(record.ids.serial == want->ids.serial);
        CHECK(record.ids.macAddresses == want->ids.macAddresses);
        CHECK(record.osVersion == want->osVersion);
        CHECK(record.lastSync == want->lastSync);
        CHECK(record.observations.keys() == want->observations.keys());
        for (auto it = want->observations.begin(); it != want->observations.end(); ++it) {
            CAPTURE(it.key());
            CHECK(record.observations.value(it.key()).state == it->state);
        }
    }

    const auto air
        = std::find_if(page->records.begin(), page->records.end(),
                       [](const DeviceRecord &r) { return r.name == QStringLiteral("alice-air"); });
    REQUIRE(air != page->records.end());
    CHECK(air->observations.value(PracticeKey::firewall).state == Observation::State::Failing);
    CHECK(air->observations.value(PracticeKey::remotelogin).state == Observation::State::Failing);
    const Observation encryption = air->observations.value(PracticeKey::encryption);
    CHECK(encryption.state == Observation::State::InProgress);
    CHECK(encryption.details.contains(u"42"));
    CHECK(air->lastSync == testNow.addSecs(-26 * 3600));

    const DemoResponse mobiles
        = f.get(QStringLiteral("/api/v2/mobile-devices/detail"),
                allMobileSections + u'&' + aliceFilter("emailAddress"), token);
    const auto phones = Jamf::parseMobileDevicesPage(mobiles.body);
    REQUIRE(phones.hasValue());
    REQUIRE(phones->records.size() == 1);
    const DeviceRecord &phone = phones->records.front();
    CHECK(phone.recordId == u"m-42");
    CHECK(phone.platform == Platform::iOS);
    CHECK(phone.ids.imei == QStringLiteral("356789104563218"));
    CHECK(phone.ids.udid == QStringLiteral("00008140-001A2B3C4D5E801E"));
    for (const QString &practice :
         {PracticeKey::encryption, PracticeKey::screenlock, PracticeKey::jailed}) {
        CAPTURE(practice);
        CHECK(phone.observations.value(practice).state == Observation::State::Passing);
    }
}

TEST_CASE("Sections the client did not ask for are not reported", "[demojamf]")
{
    Fixture f;
    const QString token = f.oauthToken();
    const auto page = Jamf::parseComputersPage(f.get(QStringLiteral("/api/v3/computers-inventory"),
                                                     aliceFilter("userAndLocation.email"), token)
                                                   .body);
    REQUIRE(page.hasValue());
    REQUIRE_FALSE(page->records.isEmpty());
    for (const DeviceRecord &record : page->records) {
        CHECK(record.name.has_value()); // GENERAL is the default section
        CHECK(record.observations.isEmpty());
        CHECK_FALSE(record.ids.serial.has_value());
        CHECK_FALSE(record.software.has_value());
    }
}
