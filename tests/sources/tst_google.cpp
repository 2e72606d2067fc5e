#include "catch.h"

#include "await.h"

#include "demo/demogoogle.h"
#include "demo/demohttpserver.h"
#include "google/googleparser.h"
#include "google/googlesource.h"
#include "google/jwt.h"
#include "google/serviceaccount.h"
#include "net/httpclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

using namespace Stethoscope;
using namespace Stethoscope::Sources;
using Core::Observation;
using Stethoscope::Testing::await;

namespace {

const QString alice = QStringLiteral("alice@example.com");
const QDateTime june2026(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

QByteArray testData(const char *name)
{
    QFile file(QStringLiteral(STETHOSCOPE_TEST_DATA "/google/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const Core::DeviceRecord *byId(const QList<Core::DeviceRecord> &records, const QString &id)
{
    for (const auto &record : records) {
        if (record.recordId == id)
            return &record;
    }
    return nullptr;
}

QStringList names(const QList<Core::DeviceRecord> &records)
{
    QStringList result;
    for (const auto &record : records)
        result.append(record.name.value_or(QStringLiteral("?")));
    result.sort();
    return result;
}

// The demo Google on loopback, and a Google source signing in with a service-account key.
struct GoogleFixture
{
    Core::SystemClock clock;
    QNetworkAccessManager network;
    Demo::DemoHttpServer server;
    Demo::DemoGoogle google {SampleFleet::builtin()};
    std::unique_ptr<Net::HttpClient> http;
    std::unique_ptr<Google::GoogleServiceAccount> tokens;
    std::unique_ptr<Google::GoogleSource> source;

    explicit GoogleFixture(int pageSize = 100,
                           QString subject = QLatin1String(Demo::DemoGoogle::adminSubject),
                           QByteArray otherKeyPem = {})
    {
        REQUIRE(server.listen());
        server.setHandler(
            [this](const Demo::DemoRequest &request) { return google.handle(request); });
        google.setPageSize(pageSize);
        http = std::make_unique<Net::HttpClient>(
            network, Net::BackendLimits {QStringLiteral("Google"), 5, 3, 10'000, 10, 100});
        QJsonObject keyFile
            = QJsonDocument::fromJson(Demo::DemoGoogle::serviceAccountJson(tokenUri())).object();
        if (!otherKeyPem.isEmpty())
            keyFile.insert(QStringLiteral("private_key"), QString::fromLatin1(otherKeyPem));
        auto key = Google::ServiceAccountKey::fromJson(QJsonDocument(keyFile).toJson());
        REQUIRE(key.hasValue());
        tokens = std::make_unique<Google::GoogleServiceAccount>(*http, clock, *key,
                                                                std::move(subject));
        source = std::make_unique<Google::GoogleSource>(
            *http, *tokens,
            Google::GoogleConfig {server.url(), QStringLiteral("my_customer"), pageSize}, clock);
    }

    QUrl tokenUri() const
    {
        QUrl url = server.url();
        url.setPath(QStringLiteral("/token"));
        return url;
    }

    Core::SourceResult fetch(const QString &email = alice)
    {
        const auto result = await(source->fetch(email));
        REQUIRE(result.has_value());
        return *result;
    }

    int requestsTo(const QString &suffix) const
    {
        int count = 0;
        for (const auto &request : server.requests())
            count += request.path.endsWith(suffix) ? 1 : 0;
        return count;
    }
};

} // namespace

TEST_CASE("Google's mobile devices map to practices; empty strings are not reported",
          "[google][parser]")
{
    const auto page = Google::parseMobilePage(testData("mobile-page.json"), alice, june2026);
    REQUIRE(page.hasValue());
    CHECK(page->nextPageToken == u"b2Zmc2V0OjM");

    SECTION("Alicia's phone, found by Google's fuzzy search, is not Alice's")
    {
        CHECK(page->records.size() == 3);
        CHECK(page->dropped == 1);
        CHECK(byId(page->records, QStringLiteral("AFiQxQ5gH6i7JkL8")) == nullptr);
    }

    SECTION("an iPhone synced through Google")
    {
        const auto *iphone = byId(page->records, QStringLiteral("AFiQxQ8sL2k9YbZ3"));
        REQUIRE(iphone);
        CHECK(iphone->source == u"google");
        CHECK(iphone->platform == Core::Platform::iOS);
        CHECK(iphone->osVersion == u"26.1");
        CHECK(iphone->lastSync == QDateTime(QDate(2026, 6, 1), QTime(9, 30), Qt::UTC));
        const auto [practice, state] = GENERATE(table<QString, Observation::State>({
            {Core::PracticeKey::jailed, Observation::State::Passing},
            {Core::PracticeKey::encryption, Observation::State::Passing},
            {Core::PracticeKey::screenlock, Observation::State::Passing},
        }));
        REQUIRE(iphone->observations.contains(practice));
        CHECK(iphone->observations.value(practice).state == state);
        CHECK_FALSE(iphone->observations.contains(Core::PracticeKey::uptodate));
    }

    SECTION("an old Android phone fails everything Google can see")
    {
        const auto *nexus = byId(page->records, QStringLiteral("AFiQold"));
        REQUIRE(nexus);
        CHECK(nexus->platform == Core::Platform::Android);
        CHECK(nexus->manufacturer == u"LGE");
        CHECK(nexus->ids.googleDeviceId == u"dev-old");
        CHECK_FALSE(nexus->ids.serial.has_value());
        const auto [practice, details] = GENERATE(table<QString, QString>({
            {Core::PracticeKey::jailed, QStringLiteral("Compromise detected")},
            {Core::PracticeKey::encryption, QStringLiteral("Unencrypted")},
            {Core::PracticeKey::screenlock, QStringLiteral("Off")},
            {Core::PracticeKey::unknownsources, QStringLiteral("unknown sources are allowed")},
            {Core::PracticeKey::adbstatus, QStringLiteral("Developer options are on")},
            {Core::PracticeKey::uptodate,
             QStringLiteral("Security patch level 2017-07-01 is older than 90 days")},
        }));
        REQUIRE(nexus->observations.contains(practice));
        CHECK(nexus->observations.value(practice).state == Observation::State::Failing);
        CHECK(nexus->observations.value(practice).details.contains(details));
    }

    SECTION("a device that reports empty strings says nothing, and Android 8+ ignores unknown "
            "sources")
    {
        const auto *quiet = byId(page->records, QStringLiteral("AFiQempty"));
        REQUIRE(quiet);
        CHECK_FALSE(quiet->name.has_value());
        CHECK(quiet->osVersion == u"15");
        CHECK(quiet->observations.keys() == QStringList {Core::PracticeKey::adbstatus});
    }
}

TEST_CASE("Chromebooks belong to their most recent user", "[google][parser]")
{
    const auto page = Google::parseChromeOsPage(testData("chromeos-page.json"), alice, june2026);
    REQUIRE(page.hasValue());
    CHECK(page->nextPageToken.isEmpty());
    QStringList ids;
    for (const auto &record : page->records)
        ids.append(record.recordId);
    // Bob used the second one last; the third has no recent users, only an annotated user.
    CHECK(ids
          == QStringList {QStringLiteral("0c3e7f1a-29d4-4b8e-a6f0-5e2d9c7b1a48"),
                          QStringLiteral("kiosk-annotated")});

    const auto &dev = page->records.first();
    CHECK(dev.platform == Core::Platform::ChromeOS);
    CHECK(dev.name == u"alice-chromebook");
    CHECK(dev.ids.serial == u"5CD3481XQ2");
    CHECK(dev.ids.macAddresses == QStringList {QStringLiteral("F4:B5:20:6E:03:9C")});
    CHECK(dev.observations.value(Core::PracticeKey::jailed).state == Observation::State::Failing);
    CHECK(dev.observations.value(Core::PracticeKey::uptodate)
              .details.contains(u"no longer receives updates"));
    const auto &kiosk = page->records.last();
    CHECK(kiosk.observations.value(Core::PracticeKey::jailed).state == Observation::State::Passing);
    CHECK_FALSE(kiosk.observations.contains(Core::PracticeKey::uptodate));
}

TEST_CASE("Google answers that cannot be read are parse errors, never a crash", "[google][parser]")
{
    const QByteArray body
        = GENERATE(QByteArray("not json"), QByteArray("[]"), QByteArray(R"({"mobiledevices": 3})"));
    const auto page = Google::parseMobilePage(body, alice, june2026);
    REQUIRE_FALSE(page.hasValue());
    CHECK(page.error().category == Core::Error::Category::Parse);

    const auto none
        = Google::parseMobilePage(R"({"kind": "admin#directory#mobiledevices"})", alice, june2026);
    REQUIRE(none.hasValue());
    CHECK(none->records.isEmpty());
}

TEST_CASE("A service-account key file without a needed key says which", "[google][auth]")
{
    const char *missing = GENERATE("client_email", "private_key", "private_key_id", "token_uri");
    QJsonObject keyFile
        = QJsonDocument::fromJson(Demo::DemoGoogle::serviceAccountJson(
                                      QUrl(QStringLiteral("https://oauth2.googleapis.com/token"))))
              .object();
    REQUIRE(Google::ServiceAccountKey::fromJson(QJsonDocument(keyFile).toJson()).hasValue());
    keyFile.remove(QLatin1String(missing));
    const auto key = Google::ServiceAccountKey::fromJson(QJsonDocument(keyFile).toJson());
    REQUIRE_FALSE(key.hasValue());
    CHECK(key.error().category == Core::Error::Category::Config);
    CHECK(key.error().message.contains(QLatin1String(missing)));
}

TEST_CASE("The sign-in JWT carries what Google asks for", "[google][auth]")
{
    GoogleFixture f;
    const auto jwt = f.tokens->assertion(june2026);
    REQUIRE(jwt.hasValue());
    const auto verified = Google::Jwt::verifyRs256(
        *jwt,
        Google::Jwt::publicKeyPem(
            QJsonDocument::fromJson(Demo::DemoGoogle::serviceAccountJson(f.tokenUri()))
                .object()
                .value(QStringLiteral("private_key"))
                .toString()
                .toLatin1()));
    REQUIRE(verified.has_value());
    CHECK(verified->header.value(QStringLiteral("kid")).toString() == u"0d3m0k3y1d");
    const QJsonObject &claims = verified->claims;
    CHECK(claims.value(QStringLiteral("iss")).toString()
          == QLatin1String(Demo::DemoGoogle::clientEmail));
    CHECK(claims.value(QStringLiteral("sub")).toString() == u"admin@example.com");
    CHECK(claims.value(QStringLiteral("aud")).toString() == f.tokenUri().toString());
    CHECK(claims.value(QStringLiteral("scope")).toString()
          == Google::deviceReadScopes().join(u' '));
    CHECK(claims.value(QStringLiteral("exp")).toInteger()
          == claims.value(QStringLiteral("iat")).toInteger() + 3600);
    CHECK_FALSE(jwt->contains('='));
}

TEST_CASE("Google lists the employee's phones, not those its fuzzy search adds", "[google]")
{
    GoogleFixture f;
    const auto result = f.fetch();
    REQUIRE(result.records.hasValue());
    CHECK(result.source == u"google");
    CHECK(names(*result.records)
          == QStringList {QStringLiteral("Alice's iPhone"), QStringLiteral("Pixel 9")});

    // The iPhone Jamf knows too carries the identifiers that let the two records merge.
    const auto *iphone = byId(*result.records, QStringLiteral("AFiQxQ8sL2k9YbZ3"));
    REQUIRE(iphone);
    CHECK(iphone->ids.serial == u"G6TZQ8XKN7");
    CHECK(iphone->ids.imei == u"356789104563218");
    CHECK(iphone->ids.macAddresses == QStringList {QStringLiteral("A4:83:E7:2B:11:C9")});

    const auto chen = f.fetch(QStringLiteral("chen@example.com"));
    REQUIRE(chen.records.hasValue());
    CHECK(names(*chen.records) == QStringList {QStringLiteral("chen-chromebook")});
    // One sign-in served both refreshes.
    CHECK(f.requestsTo(QStringLiteral("/token")) == 1);
}

TEST_CASE("Google pages are followed until the last one", "[google]")
{
    GoogleFixture f(1);
    const auto result = f.fetch();
    REQUIRE(result.records.hasValue());
    CHECK(names(*result.records)
          == QStringList {QStringLiteral("Alice's iPhone"), QStringLiteral("Pixel 9")});
    // iPhone, Pixel and Alicia's Pixel: three pages of one.
    CHECK(f.requestsTo(QStringLiteral("/devices/mobile")) == 3);
    CHECK(f.requestsTo(QStringLiteral("/devices/chromeos")) == 1);
}

TEST_CASE("A Google hiccup (503) is retried and the refresh succeeds", "[google]")
{
    GoogleFixture f;
    f.server.addFault({Demo::DemoFault::Kind::Status,
                       QStringLiteral("/admin/directory/v1/customer/my_customer/devices/mobile"), 1,
                       0, 503});
    const auto result = f.fetch();
    REQUIRE(result.records.hasValue());
    CHECK(result.records->size() == 2);
    CHECK(f.requestsTo(QStringLiteral("/devices/mobile")) == 2);
}

TEST_CASE("An expired access token is renewed once", "[google]")
{
    GoogleFixture f;
    REQUIRE(f.fetch().records.hasValue());
    f.google.expireAllTokens();
    REQUIRE(f.fetch().records.hasValue());
    CHECK(f.requestsTo(QStringLiteral("/token")) == 2);
}

namespace {

// Signs in with `subject` (and another key, if given) and checks the refusal's wording.
void checkRefusal(const QString &subject, const QByteArray &key, const QString &advice)
{
    GoogleFixture f(100, subject, key);
    const auto result = f.fetch();
    REQUIRE_FALSE(result.records.hasValue());
    const Core::Error &error = result.records.error();
    INFO(error.message.toStdString());
    CHECK(error.category == Core::Error::Category::Auth);
    CHECK(error.message.contains(advice));
    // Neither the key nor the signed token ever reach the text.
    for (const QString &text : {error.message, error.detail}) {
        CHECK_FALSE(text.contains(u"PRIVATE KEY"));
        CHECK_FALSE(text.contains(u"eyJ"));
    }
    CHECK(f.requestsTo(QStringLiteral("/devices/mobile")) == 0);
}

} // namespace

TEST_CASE("A subject Google does not delegate to is explained", "[google][auth]")
{
    checkRefusal(QStringLiteral("someone@example.com"), {},
                 QStringLiteral("Domain-wide delegation"));
}

// Google refuses an unknown key with 400 invalid_grant; the body must reach the explanation.
TEST_CASE("A key Google does not know is explained", "[google][auth]")
{
    checkRefusal(QLatin1String(Demo::DemoGoogle::adminSubject), testData("other-key.pem"),
                 QStringLiteral("create a new JSON key"));
}

TEST_CASE("Google's invalid_grant answers become advice", "[google][auth]")
{
    const auto key = Google::ServiceAccountKey::fromJson(Demo::DemoGoogle::serviceAccountJson(
        QUrl(QStringLiteral("https://oauth2.googleapis.com/token"))));
    REQUIRE(key.hasValue());
    const auto [body, advice] = GENERATE(table<QByteArray, QString>({
        {R"({"error":"invalid_grant","error_description":"Invalid JWT Signature."})",
         QStringLiteral("create a new JSON key")},
        {R"({"error":"invalid_grant","error_description":"Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim."})",
         QStringLiteral("clock")},
        {R"({"error":"unauthorized_client","error_description":"Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."})",
         QStringLiteral("100000000000000000001")},
    }));
    Net::HttpResponse response;
    response.status = 400;
    response.body = body;
    const auto issued
        = Google::readTokenAnswer(response, *key, QStringLiteral("admin@example.com"), june2026);
    REQUIRE_FALSE(issued.hasValue());
    CHECK(issued.error().category == Core::Error::Category::Auth);
    CHECK(issued.error().message.contains(advice));
}
