#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Stethoscope::Sources::Oidc {

// The browser's answer to a sign-in, as the loopback listener saw it.
struct BrowserAnswer
{
    enum class Kind
    {
        Code, // the provider signed the person in: `code`
        ProviderError, // the provider refused: `error`, `description`
        TimedOut, // nothing valid arrived in time
    };
    Kind kind = Kind::TimedOut;
    QString code;
    QString error;
    QString description;
};

// Waits on 127.0.0.1 at an ephemeral port for the browser to come back from the sign-in page
// (RFC 8252 §7.3). Exactly one request counts: GET /callback with our `state`. Anything else —
// another path, a foreign state, bytes that are not HTTP — is answered (404/400) and ignored,
// so that a stray or hostile local request can neither end nor hijack the sign-in. After the
// answer or the timeout the listener closes, and the object deletes itself once the last
// connection is done (so the browser still gets its page).
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    LoopbackReceiver(QString expectedState, int timeoutMs, QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    bool listen();
    // http://127.0.0.1:<port>/callback
    QUrl redirectUri() const;
    bool isListening() const;

Q_SIGNALS:
    // Emitted once; the receiver deletes itself afterwards.
    void finished(const Stethoscope::Sources::Oidc::BrowserAnswer &answer);

private:
    void accept();
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void finish(const BrowserAnswer &answer);
    void deleteWhenDone();

    QString m_state;
    int m_timeoutMs;
    QTcpServer *m_server;
    QTimer *m_timeout;
    bool m_done = false;
    int m_connections = 0; // open connections; the object outlives them
};

} // namespace Stethoscope::Sources::Oidc
