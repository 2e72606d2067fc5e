#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QTcpServer;

namespace Stethoscope::Sources::Demo {

// One HTTP request as the demo backends see it.
struct DemoRequest
{
    QByteArray method; // "GET", "POST" …
    QString path; // decoded, without the query: "/api/v3/computers-inventory"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    // Which TCP connection carried the request: connection-bound handshakes (NTLM) need it.
    quint64 connectionId = 0;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

struct DemoResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // Content-Length is added by the server
    QByteArray body;

    static DemoResponse json(int status, QByteArray body)
    {
        return {status,
                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                std::move(body)};
    }
};

// A fault the server injects into the answers to requests whose path starts with
// `pathPrefix` (empty: every request), for the next `count` such requests (-1: until cleared).
struct DemoFault
{
    enum class Kind
    {
        Latency, // answer normally, `milliseconds` late
        Status, // answer `status` (e.g. 503, 429) with `body` (or a short one) and `retryAfter`
        Malformed, // 200 with a body that is not JSON/XML
        Truncated, // announce the full Content-Length, send half, close the connection
        Huge, // 200 with a body of `bytes` bytes
        SlowDrip, // send the normal answer a few bytes every `milliseconds`
        Hang, // accept the request and never answer
        Disconnect, // close the connection without answering
        Redirect, // answer 302 Found with `location` (another server, or plain http)
    };

    Kind kind = Kind::Latency;
    QString pathPrefix {};
    int count = -1;
    int milliseconds = 0;
    int status = 503;
    QByteArray retryAfter {}; // value of the Retry-After header, if any
    qint64 bytes = 64 * 1024 * 1024;
    QByteArray body {}; // Status: the body, e.g. Google's 403 rateLimitExceeded
    QUrl location {}; // Redirect: where to
};

// A small HTTP/1.1 server on a loopback address and an ephemeral port, for the demo
// backends and the tests. One handler answers every request; faults are layered on top.
// Keep-alive connections are supported; chunked request bodies are not needed.
class DemoHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<DemoResponse(const DemoRequest &)>;

    explicit DemoHttpServer(QObject *parent = nullptr);
    ~DemoHttpServer() override;

    // Listens on 127.0.0.1 at an ephemeral port. False if that failed.
    bool listen();
    // "http://127.0.0.1:<port>"
    QUrl url() const;

    void setHandler(Handler handler);
    void addFault(const DemoFault &fault);
    void clearFaults();

    // Every request received so far, in order (for tests).
    QList<DemoRequest> requests() const;
    int requestCount() const;

private:
    struct Private;
    Private *d;
};

} // namespace Stethoscope::Sources::Demo
