#include "catch.h"

#include "await.h"

#include "demo/demohttpserver.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryFile>

using namespace Stethoscope;
using namespace Stethoscope::Sources;
using namespace Stethoscope::Sources::Demo;
using namespace Stethoscope::Sources::Net;
using Stethoscope::Testing::await;

namespace {

// A loopback server answering 200 {"ok":true} to everything, and a client with quick retries.
struct Fixture
{
    QNetworkAccessManager network;
    DemoHttpServer server;
    BackendLimits limits {QStringLiteral("Jamf"), 5, 4, 5'000, 10, 200, 1024 * 1024};

    Fixture()
    {
        server.setHandler([](const DemoRequest &) {
            return DemoResponse::json(200, QByteArrayLiteral("{\"ok\":true}"));
        });
        REQUIRE(server.listen());
    }

    QUrl url(const QString &path = QStringLiteral("/api/thing")) const
    {
        QUrl url = server.url();
        url.setPath(path);
        return url;
    }

    Core::Result<HttpResponse> get(HttpClient &client, const QUrl &target)
    {
        HttpRequest request;
        request.url = target;
        request.purpose = QStringLiteral("the thing");
        const auto result = await(client.send(request));
        REQUIRE(result.has_value());
        return *result;
    }
};

} // namespace

TEST_CASE("Transient server errors are retried until the backend answers", "[http]")
{
    Fixture f;
    HttpClient client(f.network, f.limits);
    const int status = GENERATE(500, 502, 503, 504, 429);
    f.server.addFault({.kind = DemoFault::Kind::Status, .count = 2, .status = status});

    const auto result = f.get(client, f.url());
    REQUIRE(result.hasValue());
    CHECK(result->status == 200);
    CHECK(f.server.requestCount() == 3);
}

TEST_CASE("Retries stop after the last attempt and the failure is put into words", "[http]")
{
    Fixture f;
    HttpClient client(f.network, f.limits);
    f.server.addFault({.kind = DemoFault::Kind::Status, .status = 503});

    const auto result = f.get(client, f.url());
    REQUIRE(result.hasValue());
    CHECK(result->status == 503);
    CHECK(f.server.requestCount() == f.limits.maxAttempts);
    const auto error = client.httpError(*result, QStringLiteral("the computer inventory"));
    CHECK(error.message
          == u"Jamf had a server error (503) while answering for the computer inventory.");
}

TEST_CASE("Retry-After from the backend sets the wait before the next attempt", "[http]")
{
    Fixture f;
    f.limits.backoffMaxMs = 5'000;
    HttpClient client(f.network, f.limits);
    const DemoFault fault {.kind = DemoFault::Kind::Status,
                           .count = 1,
                           .status = 429,
                           .retryAfter = QByteArrayLiteral("1")};
    f.server.addFault(fault);

    QElapsedTimer timer;
    timer.start();
    const auto result = f.get(client, f.url());
    REQUIRE(result.hasValue());
    CHECK(result->status == 200);
    CHECK(timer.elapsed() >= 950);
}

TEST_CASE("Only Google-style rate limits make a 403 worth retrying", "[http]")
{
    Fixture f;
    HttpClient client(f.network, f.limits);
    int calls = 0;
    const bool rateLimited = GENERATE(true, false);
    f.server.setHandler([&](const DemoRequest &) {
        if (++calls == 1) {
            return DemoResponse::json(
                403,
                rateLimited ? QByteArrayLiteral(
                    R"({"error":{"errors":[{"reason":"userRateLimitExceeded"}]}})")
                            : QByteArrayLiteral(R"({"error":"forbidden"})"));
        }
        return DemoResponse::json(200, QByteArrayLiteral("{}"));
    });

    const auto result = f.get(client, f.url());
    REQUIRE(result.hasValue());
    CHECK(result->status == (rateLimited ? 200 : 403));
    CHECK(calls == (rateLimited ? 2 : 1));
}

TEST_CASE("A backend that never answers times out with a clear error", "[http]")
{
    Fixture f;
    f.limits.timeoutMs = 300;
    f.limits.maxAttempts = 2;
    HttpClient client(f.network, f.limits);
    f.server.addFault({.kind = DemoFault::Kind::Hang});

    QElapsedTimer timer;
    timer.start();
    const auto result = f.get(client, f.url());
    REQUIRE_FALSE(result.hasValue());
    CHECK(result.error().category == Core::Error::Category::Network);
    CHECK(result.error().message.contains(u"did not answer within 0.3 seconds"));
    CHECK(timer.elapsed() < 5'000);
}

TEST_CASE("An answer larger than the cap is refused, not buffered", "[http]")
{
    Fixture f;
    HttpClient client(f.network, f.limits); // cap 1 MiB
    const DemoFault huge {.kind = DemoFault::Kind::Huge, .bytes = 4 * 1024 * 1024};
    f.server.addFault(huge);

    const auto result = f.get(client, f.url());
    REQUIRE_FALSE(result.hasValue());
    CHECK(result.error().message.contains(u"larger than 1 MiB"));
}

TEST_CASE("A truncated or cut-off answer is a network error, never a half-read success", "[http]")
{
    Fixture f;
    f.limits.maxAttempts = 1;
    HttpClient client(f.network, f.limits);
    const auto kind = GENERATE(DemoFault::Kind::Truncated, DemoFault::Kind::Disconnect);
    f.server.addFault({.kind = kind});

    const auto result = f.get(client, f.url());
    REQUIRE_FALSE(result.hasValue());
    CHECK(result.error().category == Core::Error::Category::Network);
}

TEST_CASE("Plain http is only allowed to this computer", "[http]")
{
    Fixture f;
    HttpClient client(f.network, f.limits);
    const auto result = f.get(client, QUrl(QStringLiteral("http://jamf.example.com/api")));
    REQUIRE_FALSE(result.hasValue());
    CHECK(result.error().category == Core::Error::Category::Config);
    CHECK(result.error().message.contains(u"https://"));
    CHECK(f.server.requestCount() == 0);
    CHECK_FALSE(
        HttpClient::checkUrl(QUrl(QStringLiteral("http://[::1]:8080/")), QStringLiteral("X")));
    CHECK_FALSE(HttpClient::checkUrl(QUrl(QStringLiteral("https://jamf.example.com/")),
                                     QStringLiteral("X")));
}

TEST_CASE("A certificate problem is a TLS error and is never retried or ignored", "[http]")
{
    Fixture f;
    HttpClient client(f.network, f.limits);
    // https to a server that only speaks plain http: the handshake cannot succeed.
    QUrl url = f.url();
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    const auto result = f.get(client, url);
    REQUIRE_FALSE(result.hasValue());
    CHECK(result.error().category == Core::Error::Category::Tls);
    CHECK(result.error().message.contains(u"[tls] ca_file"));
}

TEST_CASE("No more requests run at once than the backend allows", "[http]")
{
    Fixture f;
    f.limits.maxConcurrent = 3;
    HttpClient client(f.network, f.limits);
    f.server.addFault({.kind = DemoFault::Kind::Latency, .milliseconds = 100});

    QList<QFuture<Core::Result<HttpResponse>>> futures;
    for (int i = 0; i < 10; ++i) {
        HttpRequest request;
        request.url = f.url(QStringLiteral("/item/%1").arg(i));
        futures.append(client.send(request));
    }
    for (const auto &future : futures) {
        const auto result = await(future);
        REQUIRE(result.has_value());
        CHECK(result->hasValue());
    }
    CHECK(client.peakConcurrency() == 3);
    CHECK(f.server.requestCount() == 10);
}

TEST_CASE("Redirects stay on the same server", "[http]")
{
    Fixture f;
    HttpClient client(f.network, f.limits);
    const QString target = GENERATE(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    f.server.setHandler([&](const DemoRequest &request) {
        if (request.path == u"/old") {
            QUrl moved = f.url(QStringLiteral("/new"));
            moved.setHost(target);
            return DemoResponse {302, {{QByteArrayLiteral("Location"), moved.toEncoded()}}, {}};
        }
        return DemoResponse::json(200, QByteArrayLiteral("{\"moved\":true}"));
    });

    const auto result = f.get(client, f.url(QStringLiteral("/old")));
    if (target == u"127.0.0.1") {
        REQUIRE(result.hasValue());
        CHECK(result->body.contains("moved"));
    } else {
        // Another host name: credentials must not follow it.
        REQUIRE_FALSE(result.hasValue());
        CHECK(result.error().message.contains(u"redirect"));
    }
}

TEST_CASE("An extra CA file must exist and hold certificates", "[http][tls]")
{
    CHECK(HttpClient::tlsWithExtraCa(QString()).hasValue());
    const auto missing = HttpClient::tlsWithExtraCa(QStringLiteral("/nonexistent/ca.pem"));
    REQUIRE_FALSE(missing.hasValue());
    CHECK(missing.error().message.contains(u"[tls] ca_file"));

    QTemporaryFile garbage;
    REQUIRE(garbage.open());
    garbage.write("not a certificate");
    garbage.flush();
    const auto empty = HttpClient::tlsWithExtraCa(garbage.fileName());
    REQUIRE_FALSE(empty.hasValue());
    CHECK(empty.error().message.contains(u"no PEM certificate"));
}

TEST_CASE("Retry-After is read as seconds or as an HTTP date", "[http]")
{
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const auto [value, expected] = GENERATE(table<const char *, int>({
        {"3", 3000},
        {" 0 ", 0},
        {"Sat, 28 Nov 2026 12:00:10 GMT", 10'000},
        {"Sat, 28 Nov 2026 11:00:00 GMT", 0},
        {"", -1},
        {"soon", -1},
        {"-5", -1},
    }));
    CAPTURE(value);
    CHECK(parseRetryAfter(QByteArray(value), now) == expected);
}
