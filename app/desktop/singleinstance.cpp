#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInstance, "stethoscope.desktop.instance", QtWarningMsg)

namespace Stethoscope::Desktop {

namespace {

constexpr QByteArrayView activateMessage = "activate\n";
constexpr QByteArrayView alertsMessage = "alerts\n";
constexpr int connectTimeoutMs = 1000;

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    // Per user: the home directory tells users apart on every platform; hashed, so the name
    // stays short and free of path characters.
    const QByteArray user = QDir::homePath().toUtf8();
    m_name
        = QStringLiteral("stethoscope-%1-%2")
              .arg(
                  key,
                  QString::fromLatin1(
                      QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16)));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim(Request request)
{
    const QByteArrayView message = request == Request::ShowAlerts ? alertsMessage : activateMessage;
    {
        QLocalSocket other;
        other.connectToServer(m_name);
        if (other.waitForConnected(connectTimeoutMs)) {
            other.write(message.data(), message.size());
            other.waitForBytesWritten(connectTimeoutMs);
            other.disconnectFromServer();
            return false;
        }
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Left behind by a crashed instance (nobody answered above): take it over.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            qCWarning(lcInstance).noquote()
                << "Cannot listen for other launches:" << m_server->errorString();
            return true; // still run; a second launch may then start a second instance
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                // One word per launch; anything else is ignored.
                const QByteArray said = socket->readAll();
                if (said.contains("activate"))
                    emit activationRequested();
                else if (said.contains("alerts"))
                    emit alertsRequested();
            });
        }
    });
    return true;
}

} // namespace Stethoscope::Desktop
