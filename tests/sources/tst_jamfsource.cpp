#include "catch.h"

#include "await.h"

#include "demo/demobackends.h"
#include "jamf/jamfsource.h"
#include "net/httpclient.h"
#include "net/tokenprovider.h"
#include "policy.h"
#include "statusservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

using namespace Stethoscope;
using namespace Stethoscope::Sources;
using Stethoscope::Testing::await;
using Stethoscope::Testing::spinUntil;

namespace {

const QString alice = QStringLiteral("alice@example.com");

// The demo Jamf server and a Jamf source talking to it over loopback.
struct JamfFixture
{
    Core::SystemClock clock;
    QNetworkAccessManager network;
    Demo::DemoBackends demo;
    std::unique_ptr<Net::HttpClient> http;
    std::unique_ptr<Net::TokenProvider> tokens;
    std::unique_ptr<Jamf::JamfSource> source;

    explicit JamfFixture(int pageSize = 100, int timeoutMs = 10'000, QByteArray secret = {})
    {
        REQUIRE(demo.start());
        http = std::make_unique<Net::HttpClient>(
            network, Net::BackendLimits {QStringLiteral("Jamf"), 5, 3, timeoutMs, 10, 100});
        tokens = std::make_unique<Net::JamfClientCredentials>(
            *http, clock, demo.jamfUrl(), demo.jamfClientId(),
            secret.isEmpty() ? demo.secret(QStringLiteral("jamf")) : secret);
        source = std::make_unique<Jamf::JamfSource>(
            *http, *tokens, Jamf::JamfConfig {demo.jamfUrl(), pageSize}, clock);
    }

    Core::SourceResult fetch(const QString &email = alice)
    {
        const auto result = await(source->fetch(email));
        REQUIRE(result.has_value());
        return *result;
    }

    int requestsTo(const QString &path)
    {
        int count = 0;
        for (const auto &request : demo.jamfServer().requests())
            count += request.path == path ? 1 : 0;
        return count;
    }
};

QStringList names(const QList<Core::DeviceRecord> &records)
{
    QStringList result;
    for (const auto &record : records)
        result.append(record.name.value_or(QStringLiteral("?")));
    result.sort();
    return result;
}

const QStringList aliceJamfDevices {QStringLiteral("Alice's iPhone"), QStringLiteral("alice-air"),
                                    QStringLiteral("alice-mbp"), QStringLiteral("old-imac")};

} // namespace

TEST_CASE("Jamf lists the employee's Macs and iPhones, and nobody else's", "[jamf]")
{
    JamfFixture f;
    const auto result = f.fetch();
    REQUIRE(result.records.hasValue());
    CHECK(result.source == u"jamf");
    CHECK(names(*result.records) == aliceJamfDevices);

    const auto bob = f.fetch(QStringLiteral("bob@example.com"));
    REQUIRE(bob.records.hasValue());
    CHECK(names(*bob.records) == QStringList {QStringLiteral("bob-mbp")});
}

TEST_CASE("Jamf pages are followed until every device is in", "[jamf]")
{
    JamfFixture f(1); // one device per page
    const auto result = f.fetch();
    REQUIRE(result.records.hasValue());
    CHECK(names(*result.records) == aliceJamfDevices);
    CHECK(f.requestsTo(QStringLiteral("/api/v3/computers-inventory")) == 3);
    // The RSQL filter arrives intact, quotes and all.
    const auto requests = f.demo.jamfServer().requests();
    const auto computers = std::find_if(requests.begin(), requests.end(), [](const auto &r) {
        return r.path == u"/api/v3/computers-inventory";
    });
    REQUIRE(computers != requests.end());
    CHECK(computers->query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded)
          == u"userAndLocation.email==\"alice@example.com\"");
}

TEST_CASE("An older Jamf server without the v3 inventory is asked through v1, once", "[jamf]")
{
    JamfFixture f;
    f.demo.jamf().setComputersV3Available(false);
    const auto first = f.fetch();
    REQUIRE(first.records.hasValue());
    CHECK(names(*first.records) == aliceJamfDevices);
    CHECK(f.source->usesComputersV1());

    const auto second = f.fetch();
    REQUIRE(second.records.hasValue());
    CHECK(f.requestsTo(QStringLiteral("/api/v3/computers-inventory")) == 1);
    CHECK(f.requestsTo(QStringLiteral("/api/v1/computers-inventory")) == 2);
}

TEST_CASE("A token that expires in the middle of a refresh is renewed once", "[jamf]")
{
    JamfFixture f(1);
    // The server forgets every token after the first computer page.
    int computerPages = 0;
    f.demo.jamfServer().setHandler([&](const Demo::DemoRequest &request) {
        if (request.path == u"/api/v3/computers-inventory" && ++computerPages == 2)
            f.demo.jamf().expireAllTokens();
        return f.demo.jamf().handle(request);
    });
    const auto result = f.fetch();
    REQUIRE(result.records.hasValue());
    CHECK(names(*result.records) == aliceJamfDevices);
    CHECK(f.requestsTo(QStringLiteral("/api/oauth/token")) == 2);
}

TEST_CASE("The token is reused across refreshes while it is valid", "[jamf]")
{
    JamfFixture f;
    REQUIRE(f.fetch().records.hasValue());
    REQUIRE(f.fetch().records.hasValue());
    CHECK(f.requestsTo(QStringLiteral("/api/oauth/token")) == 1);
}

TEST_CASE("Wrong Jamf credentials are an authentication error that says so", "[jamf]")
{
    JamfFixture f(100, 10'000, QByteArrayLiteral("not-the-secret"));
    const auto result = f.fetch();
    REQUIRE_FALSE(result.records.hasValue());
    CHECK(result.records.error().category == Core::Error::Category::Auth);
    CHECK(result.records.error().message.startsWith(
        u"Jamf rejected the API client credentials (401)."));
}

TEST_CASE("A transient Jamf server error is retried and the refresh succeeds", "[jamf]")
{
    JamfFixture f;
    f.demo.jamfServer().addFault({.kind = Demo::DemoFault::Kind::Status,
                                  .pathPrefix = QStringLiteral("/api/v3/computers-inventory"),
                                  .count = 1,
                                  .status = 502});
    const auto result = f.fetch();
    REQUIRE(result.records.hasValue());
    CHECK(names(*result.records) == aliceJamfDevices);
}

TEST_CASE("A malformed Jamf answer is a clear error, never a crash or a partial list", "[jamf]")
{
    JamfFixture f;
    f.demo.jamfServer().addFault({.kind = Demo::DemoFault::Kind::Malformed,
                                  .pathPrefix = QStringLiteral("/api/v2/mobile-devices")});
    const auto result = f.fetch();
    REQUIRE_FALSE(result.records.hasValue());
    CHECK(result.records.error().category == Core::Error::Category::Parse);
    CHECK(result.records.error().message.contains(u"Jamf"));
}

TEST_CASE("A hanging backend fails alone; the other sources still report", "[jamf][status]")
{
    JamfFixture hanging(100, 400);
    hanging.demo.jamfServer().addFault({.kind = Demo::DemoFault::Kind::Hang});
    JamfFixture healthy;

    const Core::Evaluator evaluator(Core::PracticeCatalog::builtin(), Core::Policy::builtin());
    Core::StatusService status(evaluator, healthy.clock);
    status.setSources({hanging.source.get(), healthy.source.get()});
    status.setUser(alice);
    std::optional<Core::Snapshot> snapshot;
    QObject::connect(&status, &Core::StatusService::refreshed, &status,
                     [&](const Core::Snapshot &s) { snapshot = s; });
    status.refresh();
    REQUIRE(spinUntil([&] { return snapshot.has_value(); }));

    REQUIRE(status.lastResults().size() == 2);
    const auto &failed = status.lastResults().at(0);
    REQUIRE_FALSE(failed.records.hasValue());
    CHECK(failed.records.error().message.contains(u"did not answer"));
    CHECK(status.lastResults().at(1).records.hasValue());
    // The healthy backend's devices are in the snapshot all the same.
    CHECK(snapshot->devices.size() >= 3);
}

namespace {

// The signed-in employee's token as an identity-aware proxy would accept it: the first one
// handed out is stale, a renewed one is valid.
class FakeEmployee final : public Net::EmployeeTokenSource
{
public:
    explicit FakeEmployee(Demo::DemoJamf &jamf)
        : m_jamf(jamf)
    { }

    QFuture<Core::Result<QByteArray>> employeeToken(bool renew) override
    {
        renewals += renew ? 1 : 0;
        if (!renew)
            return QtFuture::makeReadyFuture(Core::Result<QByteArray>(m_current));
        // Mint a valid token the way the sign-in flow would obtain one.
        Demo::DemoRequest request;
        request.method = QByteArrayLiteral("POST");
        request.path = QStringLiteral("/api/oauth/token");
        request.headers.insert(QByteArrayLiteral("content-type"),
                               QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.body = QByteArrayLiteral("grant_type=client_credentials&client_id=")
            + Demo::DemoJamf::clientId + "&client_secret=" + Demo::DemoJamf::clientSecret;
        const auto answer = QJsonDocument::fromJson(m_jamf.handle(request).body).object();
        m_current = answer.value(QStringLiteral("access_token")).toString().toUtf8();
        return QtFuture::makeReadyFuture(Core::Result<QByteArray>(m_current));
    }

    int renewals = 0;

private:
    Demo::DemoJamf &m_jamf;
    QByteArray m_current = QByteArrayLiteral("stale");
};

} // namespace

TEST_CASE("With auth = sso the employee's own token is sent, and renewed once on 401", "[jamf]")
{
    JamfFixture f;
    FakeEmployee employee(f.demo.jamf());
    Net::SsoTokenProvider sso(employee);
    Jamf::JamfSource source(*f.http, sso, Jamf::JamfConfig {f.demo.jamfUrl()}, f.clock);

    const auto result = await(source.fetch(alice));
    REQUIRE(result.has_value());
    REQUIRE(result->records.hasValue());
    CHECK(names(*result->records) == aliceJamfDevices);
    CHECK(employee.renewals >= 1);
    CHECK(employee.renewals <= 2); // one per listing at most, never a loop
    // No service credential was used.
    CHECK(f.requestsTo(QStringLiteral("/api/oauth/token")) == 0);
}

namespace {

class FakeClock final : public Core::Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace

TEST_CASE("A Jamf user account gets a bearer token, keeps it alive and gives it back",
          "[jamf][auth]")
{
    FakeClock clock;
    QNetworkAccessManager network;
    Demo::DemoBackends demo;
    REQUIRE(demo.start());
    demo.jamf().setClock([&clock] { return clock.now(); });
    demo.jamf().setTokenLifetime(300);
    Net::HttpClient http(network, Net::BackendLimits {QStringLiteral("Jamf"), 5, 2, 10'000, 10});
    Net::JamfUserAccount account(http, clock, demo.jamfUrl(),
                                 QString::fromLatin1(Demo::DemoJamf::username),
                                 QByteArray(Demo::DemoJamf::password));
    Jamf::JamfSource source(http, account, Jamf::JamfConfig {demo.jamfUrl()}, clock);
    const auto count = [&demo](const QString &path) {
        const auto requests = demo.jamfServer().requests();
        return std::count_if(requests.begin(), requests.end(),
                             [&](const auto &r) { return r.path == path; });
    };

    const auto first = await(source.fetch(alice));
    REQUIRE(first.has_value());
    REQUIRE(first->records.hasValue());
    CHECK(count(QStringLiteral("/api/v1/auth/token")) == 1);
    const auto basic = demo.jamfServer().requests().front().header("authorization");
    CHECK(basic.startsWith("Basic "));

    // Four minutes later the token has one minute left: it is extended, not replaced.
    clock.advance(240);
    const auto second = await(source.fetch(alice));
    REQUIRE(second.has_value());
    REQUIRE(second->records.hasValue());
    CHECK(count(QStringLiteral("/api/v1/auth/token")) == 1);
    CHECK(count(QStringLiteral("/api/v1/auth/keep-alive")) == 1);

    account.release();
    REQUIRE(spinUntil([&] { return count(QStringLiteral("/api/v1/auth/invalidate-token")) == 1; }));
}

TEST_CASE("Wrong Jamf account credentials are an authentication error", "[jamf][auth]")
{
    Core::SystemClock clock;
    QNetworkAccessManager network;
    Demo::DemoBackends demo;
    REQUIRE(demo.start());
    Net::HttpClient http(network, Net::BackendLimits {QStringLiteral("Jamf"), 5, 2, 10'000, 10});
    Net::JamfUserAccount account(http, clock, demo.jamfUrl(), QStringLiteral("demo-admin"),
                                 QByteArrayLiteral("wrong"));
    Jamf::JamfSource source(http, account, Jamf::JamfConfig {demo.jamfUrl()}, clock);
    const auto result = await(source.fetch(alice));
    REQUIRE(result.has_value());
    REQUIRE_FALSE(result->records.hasValue());
    CHECK(result->records.error().category == Core::Error::Category::Auth);
    CHECK(result->records.error().message.startsWith(
        u"Jamf rejected the account name or password (401)."));
}
