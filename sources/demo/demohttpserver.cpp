#include "demohttpserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Stethoscope::Sources::Demo {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 8 * 1024 * 1024;
constexpr qint64 hugeChunk = 64 * 1024;
constexpr qsizetype dripBytes = 16;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

// Status line and headers, with Content-Length `length` (which may differ from the body sent,
// for the truncation and huge-body faults).
QByteArray head(const DemoResponse &response, qint64 length, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) != 0)
            out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    return out + "\r\n";
}

DemoResponse errorResponse(int status, const char *message)
{
    return DemoResponse::json(status, QByteArrayLiteral("{\"error\":\"") + message + "\"}");
}

} // namespace

// One client connection: bytes not yet parsed, and whether an answer is still being produced
// (requests on a keep-alive connection are answered strictly in order). A child of its
// socket, so that it lives exactly as long as the socket and the timers that use both.
struct Connection : QObject
{
    Connection(QTcpSocket *s, quint64 serial)
        : QObject(s)
        , socket(s)
        , id(serial)
    { }
    QPointer<QTcpSocket> socket;
    quint64 id = 0;
    QByteArray buffer;
    bool busy = false;
};

struct DemoHttpServer::Private
{
    DemoHttpServer *q = nullptr;
    QTcpServer server;
    Handler handler;
    QList<DemoFault> faults;
    QList<DemoRequest> log;
    quint64 nextConnectionId = 0;

    void accept();
    void readFrom(Connection *connection);
    void processBuffered(Connection *connection);
    std::optional<DemoRequest> parseOne(Connection *connection, bool &malformed);
    void answer(Connection *connection, const DemoRequest &request, bool close);
    DemoResponse handle(const DemoRequest &request) const;
    std::optional<DemoFault> takeFault(const QString &path);
    void send(Connection *connection, const DemoResponse &response, bool close);
    void finish(Connection *connection, bool close);
    void fail(Connection *connection, int status, const char *message);
};

void DemoHttpServer::Private::accept()
{
    while (QTcpSocket *socket = server.nextPendingConnection()) {
        auto *connection = new Connection(socket, ++nextConnectionId);
        QObject::connect(socket, &QTcpSocket::readyRead, connection,
                         [this, connection] { readFrom(connection); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void DemoHttpServer::Private::readFrom(Connection *connection)
{
    connection->buffer += connection->socket->readAll();
    // A client that keeps sending while an answer is pending cannot make the buffer grow
    // without bound.
    if (connection->buffer.size() > 2 * (maxHeaderBytes + maxBodyBytes)) {
        connection->socket->abort();
        return;
    }
    processBuffered(connection);
}

void DemoHttpServer::Private::processBuffered(Connection *connection)
{
    while (connection->socket && !connection->busy) {
        bool malformed = false;
        const auto request = parseOne(connection, malformed);
        if (malformed)
            return;
        if (!request)
            return; // wait for more bytes
        const bool close = request->header("connection").toLower() == "close";
        answer(connection, *request, close);
    }
}

std::optional<DemoRequest> DemoHttpServer::Private::parseOne(Connection *connection,
                                                             bool &malformed)
{
    QByteArray &buffer = connection->buffer;
    // A request starts with a method in capitals; anything else (a TLS handshake, noise) is
    // refused at once rather than waited on.
    if (!buffer.isEmpty() && (buffer.front() < 'A' || buffer.front() > 'Z')) {
        malformed = true;
        fail(connection, 400, "not an HTTP request");
        return std::nullopt;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > maxHeaderBytes) {
            malformed = true;
            fail(connection, 400, "request headers too large");
        }
        return std::nullopt;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")
        || !requestLine[1].startsWith('/')) {
        malformed = true;
        fail(connection, 400, "malformed request line");
        return std::nullopt;
    }
    DemoRequest request;
    request.method = requestLine[0];
    request.connectionId = connection->id;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            malformed = true;
            fail(connection, 400, "malformed header");
            return std::nullopt;
        }
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    qint64 length = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        length = request.header("content-length").toLongLong(&ok);
        if (!ok || length < 0) {
            malformed = true;
            fail(connection, 400, "bad Content-Length");
            return std::nullopt;
        }
        if (length > maxBodyBytes) {
            malformed = true;
            fail(connection, 413, "request body too large");
            return std::nullopt;
        }
    }
    if (buffer.size() < end + 4 + length)
        return std::nullopt; // the body is still arriving
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);

    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    return request;
}

DemoResponse DemoHttpServer::Private::handle(const DemoRequest &request) const
{
    return handler ? handler(request) : errorResponse(404, "no such path");
}

std::optional<DemoFault> DemoHttpServer::Private::takeFault(const QString &path)
{
    for (qsizetype i = 0; i < faults.size(); ++i) {
        DemoFault &fault = faults[i];
        if (!path.startsWith(fault.pathPrefix) || fault.count == 0)
            continue;
        const DemoFault taken = fault;
        if (fault.count > 0 && --fault.count == 0)
            faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

void DemoHttpServer::Private::answer(Connection *connection, const DemoRequest &request, bool close)
{
    log.append(request);
    connection->busy = true;
    QTcpSocket *socket = connection->socket;
    const auto fault = takeFault(request.path);
    if (!fault) {
        send(connection, handle(request), close);
        return;
    }
    switch (fault->kind) {
    case DemoFault::Kind::Latency: {
        // The connection is the timer's context: a client that gives up cancels the answer.
        QTimer::singleShot(fault->milliseconds, connection, [this, connection, request, close] {
            send(connection, handle(request), close);
        });
        return;
    }
    case DemoFault::Kind::Status: {
        DemoResponse response = fault->body.isEmpty()
            ? errorResponse(fault->status, "injected fault")
            : DemoResponse::json(fault->status, fault->body);
        if (!fault->retryAfter.isEmpty())
            response.headers.append({QByteArrayLiteral("Retry-After"), fault->retryAfter});
        send(connection, response, close);
        return;
    }
    case DemoFault::Kind::Malformed:
        send(
            connection,
            DemoResponse::json(200, QByteArrayLiteral("{\"totalCount\": 3, \"results\": [{\"id\"")),
            close);
        return;
    case DemoFault::Kind::Truncated: {
        const DemoResponse response = handle(request);
        socket->write(head(response, response.body.size(), true));
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    case DemoFault::Kind::Huge: {
        const DemoResponse response {
            200,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")}},
            {}};
        socket->write(head(response, fault->bytes, close));
        // Refill as the socket drains, so 64 MiB never sit in memory at once.
        auto remaining = std::make_shared<qint64>(fault->bytes);
        const auto refill = [this, connection, socket, remaining, close] {
            while (*remaining > 0 && socket->bytesToWrite() < 4 * hugeChunk) {
                const qint64 chunk = std::min(*remaining, hugeChunk);
                socket->write(QByteArray(chunk, 'x'));
                *remaining -= chunk;
            }
            if (*remaining == 0 && socket->bytesToWrite() == 0) {
                *remaining = -1; // done, once
                finish(connection, close);
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, connection, refill);
        refill();
        return;
    }
    case DemoFault::Kind::SlowDrip: {
        const DemoResponse response = handle(request);
        auto pending = std::make_shared<QByteArray>(head(response, response.body.size(), close)
                                                    + response.body);
        auto *timer = new QTimer(connection);
        QObject::connect(timer, &QTimer::timeout, connection,
                         [this, connection, socket, pending, timer, close] {
                             socket->write(pending->left(dripBytes));
                             pending->remove(0, dripBytes);
                             if (pending->isEmpty()) {
                                 timer->deleteLater();
                                 finish(connection, close);
                             }
                         });
        timer->start(std::max(1, fault->milliseconds));
        return;
    }
    case DemoFault::Kind::Hang:
        return; // busy forever: the client's deadline is what ends this
    case DemoFault::Kind::Disconnect:
        socket->disconnectFromHost();
        return;
    case DemoFault::Kind::Redirect: {
        DemoResponse response {302, {}, {}};
        response.headers.append({QByteArrayLiteral("Location"), fault->location.toEncoded()});
        send(connection, response, close);
        return;
    }
    }
}

void DemoHttpServer::Private::send(Connection *connection, const DemoResponse &response, bool close)
{
    if (!connection->socket)
        return;
    connection->socket->write(head(response, response.body.size(), close) + response.body);
    finish(connection, close);
}

void DemoHttpServer::Private::finish(Connection *connection, bool close)
{
    if (!connection->socket)
        return;
    if (close) {
        connection->socket->disconnectFromHost();
        return;
    }
    connection->busy = false;
    // Pipelined requests that arrived meanwhile are answered next, asynchronously, so that a
    // long pipeline cannot recurse.
    QTimer::singleShot(0, connection, [this, connection] { processBuffered(connection); });
}

void DemoHttpServer::Private::fail(Connection *connection, int status, const char *message)
{
    connection->buffer.clear();
    connection->busy = true;
    send(connection, errorResponse(status, message), true);
}

DemoHttpServer::DemoHttpServer(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    connect(&d->server, &QTcpServer::newConnection, this, [this] { d->accept(); });
}

DemoHttpServer::~DemoHttpServer()
{
    d->server.close();
    // The accepted sockets are children of the QTcpServer; silence them before they go.
    for (QTcpSocket *socket : d->server.findChildren<QTcpSocket *>()) {
        socket->disconnect();
        socket->abort();
    }
    delete d;
}

bool DemoHttpServer::listen()
{
    return d->server.isListening() || d->server.listen(QHostAddress::LocalHost, 0);
}

QUrl DemoHttpServer::url() const
{
    if (!d->server.isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->server.serverPort());
    return url;
}

void DemoHttpServer::setHandler(Handler handler)
{
    d->handler = std::move(handler);
}

void DemoHttpServer::addFault(const DemoFault &fault)
{
    d->faults.append(fault);
}

void DemoHttpServer::clearFaults()
{
    d->faults.clear();
}

QList<DemoRequest> DemoHttpServer::requests() const
{
    return d->log;
}

int DemoHttpServer::requestCount() const
{
    return int(d->log.size());
}

} // namespace Stethoscope::Sources::Demo
