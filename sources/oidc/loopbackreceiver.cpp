#include "loopbackreceiver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcOidc)

namespace Stethoscope::Sources::Oidc {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OidcClient)
};

// A browser's request line and headers fit easily; anything bigger is not a browser.
constexpr qsizetype maxRequestBytes = 16 * 1024;
// A connection that does not finish its request in this time is dropped, so an idle local
// client cannot hold sockets open for the whole sign-in.
constexpr int connectionIdleMs = 10'000;

const QString callbackPath = QStringLiteral("/callback");

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    default:
        return QByteArrayLiteral("Bad Request");
    }
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QString expectedState, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_state(std::move(expectedState))
    , m_timeoutMs(timeoutMs)
    , m_server(new QTcpServer(this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] { finish(BrowserAnswer {}); });
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::accept);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen()
{
    // Only this machine may answer: 127.0.0.1, never every interface.
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_timeout->start(m_timeoutMs);
    return true;
}

QUrl LoopbackReceiver::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(callbackPath);
    return url;
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

void LoopbackReceiver::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] {
            --m_connections;
            deleteWhenDone();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        QTimer::singleShot(connectionIdleMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::read(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll(); // one request per connection; the rest is ignored
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype lineEnd = buffer.indexOf("\r\n");
    const QList<QByteArray> requestLine
        = lineEnd < 0 ? QList<QByteArray>() : buffer.left(lineEnd).split(' ');
    const bool looksLikeHttp = requestLine.size() == 3 && requestLine.at(2).startsWith("HTTP/1.")
        && requestLine.at(1).startsWith('/');
    if ((lineEnd >= 0 && !looksLikeHttp) || buffer.size() > maxRequestBytes) {
        qCDebug(lcOidc) << "loopback: a request that is not HTTP, answered 400";
        answer(socket, 400, Text::tr("Bad request"), Text::tr("This is not a sign-in answer."));
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty("buffer", buffer); // wait for the rest of the headers
        return;
    }

    if (requestLine.at(0) != "GET") {
        answer(socket, 405, Text::tr("Bad request"), Text::tr("This is not a sign-in answer."));
        return;
    }
    const QUrl target = QUrl::fromEncoded(requestLine.at(1));
    if (target.path() != callbackPath) {
        // Browsers ask for /favicon.ico and the like; that is no reason to give up.
        answer(socket, 404, Text::tr("Not found"), Text::tr("Nothing here."));
        return;
    }
    const QUrlQuery query(target);
    const auto parameter = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (m_done || parameter("state") != m_state) {
        // Not the answer to the sign-in in progress (an old tab, or someone else's request):
        // refused, and the sign-in keeps waiting for the real one.
        qCInfo(lcOidc) << "loopback: a callback with an unknown state, refused";
        answer(socket, 400, Text::tr("Sign-in not recognised"),
               Text::tr("This answer does not belong to the sign-in in progress in Stethoscope. "
                        "Please start the sign-in again from Stethoscope."));
        return;
    }

    BrowserAnswer result;
    if (!parameter("error").isEmpty()) {
        result.kind = BrowserAnswer::Kind::ProviderError;
        result.error = parameter("error");
        result.description = parameter("error_description");
        answer(socket, 200, Text::tr("Sign-in not completed"),
               Text::tr("The sign-in did not complete. You can close this tab and return to "
                        "Stethoscope."));
    } else if (!parameter("code").isEmpty()) {
        result.kind = BrowserAnswer::Kind::Code;
        result.code = parameter("code");
        answer(socket, 200, Text::tr("Signed in"),
               Text::tr("You are signed in; you can close this tab."));
    } else {
        answer(socket, 400, Text::tr("Bad request"),
               Text::tr("The sign-in answer has neither a code nor an error."));
        return;
    }
    finish(result);
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QString &title,
                              const QString &text)
{
    socket->setProperty("answered", true);
    socket->setProperty("buffer", QVariant());
    const QByteArray body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                           "<title>%1</title></head><body><h1>%1</h1><p>%2</p>"
                                           "</body></html>")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                  + QByteArray::number(body.size())
                  + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost(); // after the bytes are written
}

void LoopbackReceiver::finish(const BrowserAnswer &answer)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    // No new connections; the one carrying the answer still gets its page.
    m_server->close();
    Q_EMIT finished(answer);
    deleteWhenDone();
}

void LoopbackReceiver::deleteWhenDone()
{
    // The connection that carried the answer must live until the browser has the page.
    if (m_done && m_connections == 0)
        deleteLater();
}

} // namespace Stethoscope::Sources::Oidc
