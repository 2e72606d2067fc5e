#include "catch.h"

#include "await.h"

#include "demo/demohttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>

using namespace Stethoscope::Sources::Demo;
using Stethoscope::Testing::spinUntil;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 elapsedMs = 0;
};

Answer fetch(QNetworkAccessManager &network, QNetworkRequest request,
             const QByteArray &method = QByteArrayLiteral("GET"), const QByteArray &body = {})
{
    request.setTransferTimeout(5'000);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    REQUIRE(spinUntil([reply] { return reply->isFinished(); }));
    Answer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   reply->readAll(), reply->error(), timer.elapsed()};
    reply->deleteLater();
    return answer;
}

struct Fixture
{
    QNetworkAccessManager network;
    DemoHttpServer server;

    Fixture()
    {
        server.setHandler([](const DemoRequest &request) {
            return DemoResponse::json(
                200, QByteArrayLiteral("{\"path\":\"") + request.path.toUtf8() + "\"}");
        });
        REQUIRE(server.listen());
    }

    QNetworkRequest request(const QString &pathAndQuery) const
    {
        return QNetworkRequest(server.url().resolved(QUrl(pathAndQuery)));
    }
};

} // namespace

TEST_CASE("The handler sees the method, path, query, headers and body", "[demoserver]")
{
    Fixture f;
    QNetworkRequest request = f.request(QStringLiteral("/api/a%20b?filter=x%3D%3D%22y%22&page=2"));
    request.setRawHeader("X-Custom", "yes");
    const Answer answer = fetch(f.network, request, "POST", "hello body");
    CHECK(answer.status == 200);
    REQUIRE(f.server.requestCount() == 1);
    const DemoRequest seen = f.server.requests().front();
    CHECK(seen.method == "POST");
    CHECK(seen.path == u"/api/a b");
    CHECK(seen.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded) == u"x==\"y\"");
    CHECK(seen.query.queryItemValue(QStringLiteral("page")) == u"2");
    CHECK(seen.header("x-custom") == "yes");
    CHECK(seen.body == "hello body");
}

TEST_CASE("Several requests are answered in order over kept-alive connections", "[demoserver]")
{
    Fixture f;
    for (int i = 0; i < 5; ++i) {
        const Answer answer = fetch(f.network, f.request(QStringLiteral("/n/%1").arg(i)));
        CHECK(answer.status == 200);
        CHECK(answer.body == QByteArrayLiteral("{\"path\":\"/n/") + QByteArray::number(i) + "\"}");
    }
    CHECK(f.server.requestCount() == 5);
}

TEST_CASE("A fault with a count affects only that many matching requests", "[demoserver]")
{
    Fixture f;
    f.server.addFault({.kind = DemoFault::Kind::Status,
                       .pathPrefix = QStringLiteral("/slow"),
                       .count = 2,
                       .status = 503});
    CHECK(fetch(f.network, f.request(QStringLiteral("/other"))).status == 200);
    CHECK(fetch(f.network, f.request(QStringLiteral("/slow/1"))).status == 503);
    CHECK(fetch(f.network, f.request(QStringLiteral("/slow/2"))).status == 503);
    CHECK(fetch(f.network, f.request(QStringLiteral("/slow/3"))).status == 200);
}

TEST_CASE("Latency and slow drip delay the answer but deliver all of it", "[demoserver]")
{
    Fixture f;
    SECTION("latency")
    {
        f.server.addFault({.kind = DemoFault::Kind::Latency, .milliseconds = 300});
        const Answer answer = fetch(f.network, f.request(QStringLiteral("/late")));
        CHECK(answer.status == 200);
        CHECK(answer.body == "{\"path\":\"/late\"}");
        CHECK(answer.elapsedMs >= 290);
    }
    SECTION("slow drip")
    {
        f.server.addFault({.kind = DemoFault::Kind::SlowDrip, .milliseconds = 20});
        const Answer answer = fetch(f.network, f.request(QStringLiteral("/drip")));
        CHECK(answer.status == 200);
        CHECK(answer.body == "{\"path\":\"/drip\"}");
        CHECK(answer.elapsedMs >= 100); // ~100 bytes at 16 bytes per 20 ms
    }
}

TEST_CASE("A huge body is streamed in full", "[demoserver]")
{
    Fixture f;
    f.server.addFault({.kind = DemoFault::Kind::Huge, .bytes = 3 * 1024 * 1024});
    const Answer answer = fetch(f.network, f.request(QStringLiteral("/huge")));
    CHECK(answer.status == 200);
    CHECK(answer.body.size() == 3 * 1024 * 1024);
}

TEST_CASE("Garbage is refused and the server keeps serving", "[demoserver]")
{
    Fixture f;
    const QByteArray garbage = GENERATE(QByteArrayLiteral("\x16\x03\x01\x02\x00garbage"),
                                        QByteArrayLiteral("GET nowhere\r\n\r\n"),
                                        QByteArrayLiteral("GET / HTTP/1.1\r\nno colon\r\n\r\n"),
                                        QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: "
                                                          "-4\r\n\r\n"));
    QTcpSocket raw;
    raw.connectToHost(f.server.url().host(), quint16(f.server.url().port()));
    REQUIRE(raw.waitForConnected(5'000));
    raw.write(garbage);
    QByteArray reply;
    REQUIRE(spinUntil([&] {
        reply += raw.readAll();
        return raw.state() == QAbstractSocket::UnconnectedState || reply.contains("\r\n\r\n");
    }));
    CHECK(reply.startsWith("HTTP/1.1 400"));

    CHECK(fetch(f.network, f.request(QStringLiteral("/still-alive"))).status == 200);
}
