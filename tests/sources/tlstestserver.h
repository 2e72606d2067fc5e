#pragma once

// An HTTPS server on 127.0.0.1 with a throwaway self-signed certificate (made with the openssl
// command at test time), for what the plain-http demo servers cannot show: a TLS failure when
// the certificate's CA is not configured, and a redirect from https to plain http when it is.
// Qt 6.4 has no QSslServer, so this is a QTcpServer handing each connection to a QSslSocket.
// It answers every request with 302 to `redirectTo` and keeps what it received.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

namespace Stethoscope::Testing {

class TlsTestServer final : public QTcpServer
{
public:
    // False if the certificate could not be made or the port not opened.
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
            return false;
        m_caFile = cert;
        QFile certFile(cert);
        QFile keyFile(key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        m_key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        return !m_certificate.isNull() && !m_key.isNull() && listen(QHostAddress::LocalHost);
    }

    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(serverPort());
        return url;
    }
    // The certificate, as [tls] ca_file would name it.
    QString caFile() const { return m_caFile; }

    QUrl redirectTo;
    // The requests that got through the handshake, raw.
    QList<QByteArray> received;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n"))
                return;
            received.append(*buffer);
            buffer->clear();
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + redirectTo.toEncoded()
                          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        // A client that refuses the certificate just goes away.
        connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->abort(); });
        socket->startServerEncryption();
    }

private:
    QTemporaryDir m_dir;
    QString m_caFile;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace Stethoscope::Testing
