#pragma once

#include "net/secretstore.h"

#include <QString>

namespace Stethoscope::App {

// The secrets of the app in the operating system's keychain (Keychain on macOS, Credential
// Manager on Windows, the Secret Service on Linux), through QtKeychain. Never falls back to a
// plain-text file: without a keychain, reading and writing fail with an error that says so.
// Every call is one QtKeychain job that deletes itself when done; the store keeps no state
// besides the service name, so it may be destroyed while calls are still running.
class KeychainStore final : public Sources::Net::SecretStore
{
public:
    // `service` groups all entries of the app in the keychain; tests pass their own.
    explicit KeychainStore(QString service = QStringLiteral("Stethoscope"));

    QFuture<Core::Result<std::optional<QByteArray>>> read(const QString &key) override;
    QFuture<Core::Result<bool>> write(const QString &key, const QByteArray &secret) override;
    QFuture<Core::Result<bool>> remove(const QString &key) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace Stethoscope::App
