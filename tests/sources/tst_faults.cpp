// Fault injection: every backend × every way a network or a server fails. For each case the
// employee must get, within the refresh's deadline: the other backends' results, the failed
// backend's last known devices marked stale (from the cache, as the tray app keeps them), an
// error that names the backend and the cause — and no credential may reach another server.
#include "catch.h"

#include "await.h"
#include "tlstestserver.h"

#include "demo/demobackends.h"
#include "google/googlesource.h"
#include "google/serviceaccount.h"
#include "jamf/jamfsource.h"
#include "landesk/landesksource.h"
#include "lastknown.h"
#include "net/httpclient.h"
#include "net/tokenprovider.h"
#include "oidc/oidcclient.h"
#include "policy.h"
#include "snapshotcache.h"
#include "statusservice.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace Stethoscope;
using namespace Stethoscope::Sources;
using Demo::DemoFault;
using Stethoscope::Testing::await;
using Stethoscope::Testing::spinUntil;

namespace {

const QString alice = QStringLiteral("alice@example.com");

// Short deadlines so that a hanging server costs seconds, not minutes: 1.5 s per attempt,
// two attempts, at most 1 s between them (also when Retry-After asks for more).
constexpr int attemptMs = 1500;
constexpr int attempts = 2;
constexpr int maxWaitMs = 1000;
// A source makes a few requests one after another (token, then the lists); each may take its
// full deadline. Nothing may take longer than this.
constexpr int refreshDeadlineMs = 3 * (attempts * attemptMs + maxWaitMs);

Net::BackendLimits limits(const QString &name)
{
    Net::BackendLimits limits;
    limits.displayName = name;
    limits.maxAttempts = attempts;
    limits.timeoutMs = attemptMs;
    limits.backoffBaseMs = 10;
    limits.backoffMaxMs = maxWaitMs;
    return limits;
}

// The three backends as the app builds them, each at the demo server's address or at another
// one (a closed port, a name that does not resolve, an HTTPS server).
struct Backends
{
    Core::SystemClock clock;
    QNetworkAccessManager network;
    std::unique_ptr<Net::HttpClient> jamfHttp, googleHttp, landeskHttp;
    std::unique_ptr<Net::TokenProvider> jamfTokens, googleTokens;
    std::unique_ptr<Jamf::JamfSource> jamf;
    std::unique_ptr<Google::GoogleSource> google;
    std::unique_ptr<Landesk::LandeskSource> landesk;

    Backends(Demo::DemoBackends &demo, const QString &redirected, const QUrl &elsewhere,
             const QSslConfiguration &tls = QSslConfiguration::defaultConfiguration())
    {
        const auto at = [&](const QString &backend, const QUrl &url) {
            return backend == redirected ? elsewhere : url;
        };
        const QUrl jamfUrl = at(QStringLiteral("jamf"), demo.jamfUrl());
        jamfHttp = std::make_unique<Net::HttpClient>(network, limits(QStringLiteral("Jamf")), tls);
        jamfTokens = std::make_unique<Net::JamfClientCredentials>(
            *jamfHttp, clock, jamfUrl, demo.jamfClientId(), demo.secret(QStringLiteral("jamf")));
        jamf = std::make_unique<Jamf::JamfSource>(*jamfHttp, *jamfTokens,
                                                  Jamf::JamfConfig {jamfUrl, 100}, clock);

        const QUrl googleUrl = at(QStringLiteral("google"), demo.googleUrl());
        googleHttp
            = std::make_unique<Net::HttpClient>(network, limits(QStringLiteral("Google")), tls);
        QUrl tokenUri = googleUrl;
        tokenUri.setPath(QStringLiteral("/token"));
        auto key
            = Google::ServiceAccountKey::fromJson(Demo::DemoGoogle::serviceAccountJson(tokenUri));
        REQUIRE(key.hasValue());
        googleTokens = std::make_unique<Google::GoogleServiceAccount>(*googleHttp, clock, *key,
                                                                      demo.googleSubject());
        google = std::make_unique<Google::GoogleSource>(*googleHttp, *googleTokens,
                                                        Google::GoogleConfig {googleUrl}, clock);

        QUrl landeskUrl = demo.landeskUrl();
        if (redirected == u"landesk") {
            const QString path = landeskUrl.path();
            landeskUrl = elsewhere;
            landeskUrl.setPath(path);
        }
        landeskHttp
            = std::make_unique<Net::HttpClient>(network, limits(QStringLiteral("LANDESK")), tls);
        landeskHttp->setCredentials(demo.landeskUser(), demo.secret(QStringLiteral("landesk")));
        Landesk::LandeskConfig config;
        config.url = landeskUrl;
        config.timeZone = Demo::DemoLandesk::timeZone();
        landesk = std::make_unique<Landesk::LandeskSource>(*landeskHttp, config, clock);
    }

    // One refresh through the status service; how long it took goes to `elapsedMs`.
    Core::Snapshot refresh(qint64 *elapsedMs = nullptr)
    {
        const Core::Evaluator evaluator(Core::PracticeCatalog::builtin(), Core::Policy::builtin());
        Core::StatusService status(evaluator, clock);
        status.setSources({jamf.get(), google.get(), landesk.get()});
        status.setUser(alice);
        std::optional<Core::Snapshot> snapshot;
        QObject::connect(&status, &Core::StatusService::refreshed, &status,
                         [&](const Core::Snapshot &s) { snapshot = s; });
        QElapsedTimer timer;
        timer.start();
        status.refresh();
        // Wait well past the deadline, so that a late refresh is measured, not cut off.
        REQUIRE(spinUntil([&] { return snapshot.has_value(); }, 3 * refreshDeadlineMs));
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        return *snapshot;
    }
};

const Core::SourceStatus *statusOf(const Core::Snapshot &snapshot, const QString &id)
{
    for (const auto &source : snapshot.sources) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

QStringList devicesFrom(const Core::Snapshot &snapshot, const QString &source)
{
    QStringList names;
    for (const auto &device : snapshot.devices) {
        if (device.sources.contains(source))
            names.append(device.name.value_or(device.id));
    }
    names.sort();
    return names;
}

enum class Fault
{
    ConnectionRefused,
    UnresolvableHost,
    TlsUntrusted,
    Timeout,
    SlowDrip,
    ServerError500,
    Unavailable503RetryAfter,
    TooManyRequests429,
    ExpiredToken401,
    RateLimit403,
    TruncatedBody,
    InvalidBody,
    HugeBody,
    RedirectToOtherHost,
    RedirectHttpsToHttp,
};

struct FaultCase
{
    Fault fault;
    const char *name;
    // What the error must say about the cause (any one of these, case-insensitive).
    QStringList cause;
};

const QList<FaultCase> &faultCases()
{
    static const QList<FaultCase> cases {
        {Fault::ConnectionRefused, "connection refused", {QStringLiteral("refused")}},
        {Fault::UnresolvableHost, "unresolvable host", {QStringLiteral("not found")}},
        {Fault::TlsUntrusted,
         "TLS failure (self-signed, CA not configured)",
         {QStringLiteral("secure connection"), QStringLiteral("securely")}},
        {Fault::Timeout, "timeout", {QStringLiteral("did not answer within")}},
        {Fault::SlowDrip, "slow drip", {QStringLiteral("did not answer within")}},
        {Fault::ServerError500, "500", {QStringLiteral("(500)")}},
        {Fault::Unavailable503RetryAfter, "503 with Retry-After", {QStringLiteral("(503)")}},
        {Fault::TooManyRequests429, "429", {QStringLiteral("(429)")}},
        {Fault::ExpiredToken401, "401 after expiry", {QStringLiteral("(401)")}},
        {Fault::RateLimit403, "403 rate limit", {QStringLiteral("limiting requests")}},
        // Cut off during NTLM's challenge, Qt reports no status: then the closed connection.
        {Fault::TruncatedBody,
         "truncated body",
         {QStringLiteral("cut off"), QStringLiteral("connection closed")}},
        {Fault::InvalidBody,
         "invalid JSON/XML",
         {QStringLiteral("not valid JSON"), QStringLiteral("not valid XML")}},
        {Fault::HugeBody, "50 MB body", {QStringLiteral("larger than")}},
        {Fault::RedirectToOtherHost, "redirect to another host", {QStringLiteral("redirect")}},
        {Fault::RedirectHttpsToHttp, "redirect from https to http", {QStringLiteral("redirect")}},
    };
    return cases;
}

// The backend's name in its errors, its demo server, and the path prefix of its device API
// (after the token: a fault there comes once the backend accepted the credentials).
struct BackendCase
{
    QString id;
    QString displayName;
    QString apiPrefix;
};

Demo::DemoHttpServer &serverOf(Demo::DemoBackends &demo, const QString &id)
{
    if (id == u"jamf")
        return demo.jamfServer();
    if (id == u"google")
        return demo.googleServer();
    return demo.landeskServer();
}

// Every secret the backends are given or hand out, as they would appear on the wire.
QList<QByteArray> secretsOf(Demo::DemoBackends &demo)
{
    return {demo.secret(QStringLiteral("jamf")),
            demo.secret(QStringLiteral("landesk")),
            QByteArray(Demo::DemoJamf::clientSecret),
            QByteArrayLiteral("Bearer"),
            QByteArrayLiteral("Basic"),
            QByteArrayLiteral("NTLM"),
            QByteArrayLiteral("assertion=")};
}

// What the demo server does for the faults it plays itself (the others need a second server,
// a closed port or an unknown host).
DemoFault serverFault(Fault fault)
{
    switch (fault) {
    case Fault::Timeout:
        return {.kind = DemoFault::Kind::Hang};
    case Fault::SlowDrip:
        return {.kind = DemoFault::Kind::SlowDrip, .milliseconds = 200};
    case Fault::ServerError500:
        return {.kind = DemoFault::Kind::Status, .status = 500};
    case Fault::Unavailable503RetryAfter:
        return {.kind = DemoFault::Kind::Status, .status = 503, .retryAfter = "1"};
    case Fault::TooManyRequests429:
        return {.kind = DemoFault::Kind::Status, .status = 429, .retryAfter = "1"};
    case Fault::ExpiredToken401:
        return {.kind = DemoFault::Kind::Status, .status = 401};
    case Fault::RateLimit403:
        return {.kind = DemoFault::Kind::Status,
                .status = 403,
                .body = QByteArrayLiteral(
                    R"({"error":{"code":403,"errors":[{"reason":"rateLimitExceeded"}]}})")};
    case Fault::TruncatedBody:
        return {.kind = DemoFault::Kind::Truncated};
    case Fault::InvalidBody:
        return {.kind = DemoFault::Kind::Malformed};
    case Fault::HugeBody:
        return {.kind = DemoFault::Kind::Huge, .bytes = 50 * 1000 * 1000};
    default:
        break;
    }
    FAIL("not a fault the demo server plays");
    return {};
}

bool containsCause(const QString &message, const QStringList &causes)
{
    for (const QString &cause : causes) {
        if (message.contains(cause, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void runCase(const BackendCase &backend, const FaultCase &fault)
{
    Demo::DemoBackends demo;
    REQUIRE(demo.start());
    // Another server, which records whatever reaches it.
    Demo::DemoHttpServer other;
    REQUIRE(other.listen());
    other.setHandler([](const Demo::DemoRequest &) {
        return Demo::DemoResponse::json(200, QByteArrayLiteral("{}"));
    });
    Testing::TlsTestServer tlsServer;

    // The last refresh before the fault, saved as the tray app saves it.
    QTemporaryDir dir;
    const Core::SnapshotCache cache(dir.filePath(QStringLiteral("snapshot.json")));
    {
        Backends healthy(demo, {}, {});
        const Core::Snapshot before = healthy.refresh();
        for (const QString &id :
             {QStringLiteral("jamf"), QStringLiteral("google"), QStringLiteral("landesk")}) {
            REQUIRE(statusOf(before, id) != nullptr);
            REQUIRE(statusOf(before, id)->state == Core::SourceStatus::State::Ok);
        }
        REQUIRE_FALSE(cache.save(before).has_value());
    }
    const auto cached = cache.load();
    REQUIRE(cached.hasValue());
    REQUIRE(cached->has_value());
    const Core::Snapshot previous = **cached;
    const QStringList knownDevices = devicesFrom(previous, backend.id);
    REQUIRE_FALSE(knownDevices.isEmpty());

    Demo::DemoHttpServer &server = serverOf(demo, backend.id);
    QString redirected; // the backend configured at another address
    QUrl elsewhere;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const auto inject = [&](DemoFault f) {
        f.pathPrefix = backend.apiPrefix;
        server.addFault(f);
    };
    switch (fault.fault) {
    case Fault::ConnectionRefused: {
        QTcpServer closed;
        REQUIRE(closed.listen(QHostAddress::LocalHost));
        elsewhere = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        redirected = backend.id;
        break;
    }
    case Fault::UnresolvableHost:
        // RFC 6761: .invalid never resolves.
        elsewhere = QUrl(QStringLiteral("https://stethoscope-fault-test.invalid"));
        redirected = backend.id;
        break;
    case Fault::TlsUntrusted:
        REQUIRE(tlsServer.start());
        tlsServer.redirectTo = other.url();
        elsewhere = tlsServer.url();
        redirected = backend.id;
        break;
    case Fault::Timeout:
    case Fault::SlowDrip:
    case Fault::ServerError500:
    case Fault::Unavailable503RetryAfter:
    case Fault::TooManyRequests429:
    case Fault::ExpiredToken401:
    case Fault::RateLimit403:
    case Fault::TruncatedBody:
    case Fault::InvalidBody:
    case Fault::HugeBody:
        inject(serverFault(fault.fault));
        break;
    case Fault::RedirectToOtherHost: {
        QUrl target = other.url();
        target.setPath(QStringLiteral("/stolen"));
        inject({.kind = DemoFault::Kind::Redirect, .location = target});
        break;
    }
    case Fault::RedirectHttpsToHttp: {
        // The backend at an HTTPS address whose certificate is trusted, sending us to http.
        REQUIRE(tlsServer.start());
        QUrl target = other.url();
        target.setPath(QStringLiteral("/stolen"));
        tlsServer.redirectTo = target;
        auto trusted = Net::HttpClient::tlsWithExtraCa(tlsServer.caFile());
        REQUIRE(trusted.hasValue());
        tls = *trusted;
        elsewhere = tlsServer.url();
        redirected = backend.id;
        break;
    }
    }

    Backends faulty(demo, redirected, elsewhere, tls);
    qint64 elapsed = 0;
    const Core::Snapshot fresh = faulty.refresh(&elapsed);
    const Core::Snapshot shown = Core::keepLastKnown(fresh, previous);
    REQUIRE_FALSE(cache.save(shown).has_value());
    const auto reloaded = cache.load();
    REQUIRE(reloaded.hasValue());
    REQUIRE(reloaded->has_value());

    INFO("refresh took " << elapsed << " ms");
    // The refresh ends within its deadline.
    CHECK(elapsed <= refreshDeadlineMs);

    // The error names the backend and the cause.
    const Core::SourceStatus *failed = statusOf(fresh, backend.id);
    REQUIRE(failed != nullptr);
    REQUIRE(failed->state == Core::SourceStatus::State::Error);
    REQUIRE(failed->error.has_value());
    INFO("error: " << failed->error->toStdString());
    CHECK(failed->error->contains(backend.displayName));
    CHECK(containsCause(*failed->error, fault.cause));

    // The other backends' results stand.
    for (const QString &id :
         {QStringLiteral("jamf"), QStringLiteral("google"), QStringLiteral("landesk")}) {
        if (id == backend.id)
            continue;
        REQUIRE(statusOf(shown, id) != nullptr);
        CHECK(statusOf(shown, id)->state == Core::SourceStatus::State::Ok);
        CHECK(devicesFrom(shown, id) == devicesFrom(previous, id));
    }

    // The last known status survives, marked stale, also in the cache for the next start.
    for (const Core::Snapshot &snapshot : {shown, **reloaded}) {
        const Core::SourceStatus *stale = statusOf(snapshot, backend.id);
        REQUIRE(stale != nullptr);
        CHECK(stale->state == Core::SourceStatus::State::Stale);
        CHECK(stale->reportedAt == statusOf(previous, backend.id)->reportedAt);
        CHECK(devicesFrom(snapshot, backend.id) == knownDevices);
    }

    // No credential reached another server, nor a server whose certificate was not trusted.
    // (With https to http, the HTTPS server is the backend itself: it may see its own.)
    if (fault.fault == Fault::TlsUntrusted)
        CHECK(tlsServer.received.isEmpty());
    QList<QByteArray> elsewhereReceived;
    for (const auto &request : other.requests()) {
        QByteArray raw = request.method + ' ' + request.path.toUtf8() + '\n' + request.body;
        for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
            raw += it.key() + ": " + it.value() + '\n';
        elsewhereReceived.append(raw);
    }
    for (const QByteArray &raw : std::as_const(elsewhereReceived)) {
        CHECK_FALSE(raw.toLower().contains("authorization"));
        for (const QByteArray &secret : secretsOf(demo))
            CHECK_FALSE(raw.contains(secret));
    }
    CHECK(other.requests().isEmpty());
}

void runBackend(const BackendCase &backend)
{
    const auto index = GENERATE(range(0, 15));
    const FaultCase &fault = faultCases().at(index);
    DYNAMIC_SECTION(backend.displayName.toStdString() << " × " << fault.name)
    {
        runCase(backend, fault);
    }
}

// The sign-in provider, renewing a sign-in: discovery, then the token endpoint, where the
// faults are injected (a broken address breaks discovery already).
void runSignInCase(const FaultCase &fault)
{
    Demo::DemoBackends demo;
    REQUIRE(demo.start());
    Demo::DemoHttpServer other;
    REQUIRE(other.listen());
    Testing::TlsTestServer tlsServer;
    QUrl issuer = demo.oidcIssuer();
    QString tokenPath = issuer.path();
    while (tokenPath.endsWith(u'/'))
        tokenPath.chop(1);
    tokenPath += QStringLiteral("/token");
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const auto inject = [&](DemoFault f) {
        f.pathPrefix = tokenPath;
        demo.oidcServer().addFault(f);
    };
    const auto moveIssuer = [&](const QUrl &to) {
        const QString path = issuer.path();
        issuer = to;
        issuer.setPath(path);
    };
    QUrl stolen = other.url();
    stolen.setPath(QStringLiteral("/stolen"));
    switch (fault.fault) {
    case Fault::ConnectionRefused: {
        QTcpServer closed;
        REQUIRE(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        moveIssuer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        break;
    }
    case Fault::UnresolvableHost:
        moveIssuer(QUrl(QStringLiteral("https://stethoscope-fault-test.invalid")));
        break;
    case Fault::TlsUntrusted:
        REQUIRE(tlsServer.start());
        tlsServer.redirectTo = stolen;
        moveIssuer(tlsServer.url());
        break;
    case Fault::Timeout:
    case Fault::SlowDrip:
    case Fault::ServerError500:
    case Fault::Unavailable503RetryAfter:
    case Fault::TooManyRequests429:
    case Fault::ExpiredToken401:
    case Fault::RateLimit403:
    case Fault::TruncatedBody:
    case Fault::InvalidBody:
    case Fault::HugeBody:
        inject(serverFault(fault.fault));
        break;
    case Fault::RedirectToOtherHost:
        inject({.kind = DemoFault::Kind::Redirect, .location = stolen});
        break;
    case Fault::RedirectHttpsToHttp: {
        REQUIRE(tlsServer.start());
        tlsServer.redirectTo = stolen;
        auto trusted = Net::HttpClient::tlsWithExtraCa(tlsServer.caFile());
        REQUIRE(trusted.hasValue());
        tls = *trusted;
        moveIssuer(tlsServer.url());
        break;
    }
    }

    Core::SystemClock clock;
    QNetworkAccessManager network;
    Net::HttpClient http(network, limits(QStringLiteral("The sign-in provider")), tls);
    Oidc::OidcConfig config;
    config.issuer = issuer;
    config.clientId = demo.oidcClientId();
    Oidc::OidcClient client(http, clock, config);
    const QByteArray refreshToken = QByteArrayLiteral("rt-fault-matrix-7f3a9c2e51");
    QElapsedTimer timer;
    timer.start();
    const auto result = await(client.refresh(refreshToken), 3 * refreshDeadlineMs);
    const qint64 elapsed = timer.elapsed();
    REQUIRE(result.has_value());
    REQUIRE_FALSE(result->hasValue());
    const QString said = result->error().message + u' ' + result->error().detail;
    INFO("renewal took " << elapsed << " ms; error: " << said.toStdString());
    CHECK(elapsed <= refreshDeadlineMs);
    CHECK(said.contains(u"sign-in provider", Qt::CaseInsensitive));
    QStringList causes = fault.cause;
    if (fault.fault == Fault::InvalidBody) // a token answer that cannot be read holds no token
        causes << QStringLiteral("without the expected tokens");
    CHECK(containsCause(said, causes));

    if (fault.fault == Fault::TlsUntrusted)
        CHECK(tlsServer.received.isEmpty());
    for (const auto &request : other.requests()) {
        CHECK_FALSE(request.body.contains(refreshToken));
        CHECK_FALSE(request.query.toString().toLatin1().contains(refreshToken));
        CHECK(request.header("authorization").isEmpty());
    }
    CHECK(other.requests().isEmpty());
}

} // namespace

TEST_CASE("The sign-in provider fails in every way and a renewal still ends with a reason",
          "[faults][oidc]")
{
    const auto index = GENERATE(range(0, 15));
    const FaultCase &fault = faultCases().at(index);
    DYNAMIC_SECTION("sign-in × " << fault.name)
    {
        runSignInCase(fault);
    }
}

TEST_CASE("Jamf fails in every way and the refresh still tells the truth", "[faults][jamf]")
{
    runBackend({QStringLiteral("jamf"), QStringLiteral("Jamf"), QStringLiteral("/api/v")});
}

TEST_CASE("Google fails in every way and the refresh still tells the truth", "[faults][google]")
{
    runBackend({QStringLiteral("google"), QStringLiteral("Google"), QStringLiteral("/admin/")});
}

TEST_CASE("LANDESK fails in every way and the refresh still tells the truth", "[faults][landesk]")
{
    runBackend({QStringLiteral("landesk"), QStringLiteral("LANDESK"), QString()});
}
