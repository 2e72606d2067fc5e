#pragma once

#include "clock.h"
#include "error.h"

#include "net/secretstore.h"
#include "net/tokenprovider.h"
#include "oidc/oidcclient.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPromise>

#include <memory>
#include <optional>

namespace Stethoscope::App {

// The signed-in employee: who they are (the ID token's verified e-mail) and the access token
// that auth = sso backends send. The refresh token lives only in the secret store (the OS
// keychain); the access token only in memory.
class EmployeeSession : public QObject, public Sources::Net::EmployeeTokenSource
{
    Q_OBJECT

public:
    static constexpr auto refreshTokenKey = "oidc/refresh-token";

    EmployeeSession(Sources::Oidc::OidcClient &oidc, Sources::Net::SecretStore &secrets,
                    const Core::Clock &clock, QObject *parent = nullptr);

    // Signs in silently with the stored refresh token. An empty e-mail means signed out
    // (nothing stored), which is not an error.
    QFuture<Core::Result<QString>> restore();
    QFuture<Core::Result<QString>> signIn(Sources::Oidc::OidcClient::BrowserOpener openBrowser);
    // Forgets the session here and at the provider (where it offers revocation).
    QFuture<Core::Result<bool>> signOut();

    QString email() const { return m_email; }
    bool isSignedIn() const { return !m_email.isEmpty(); }

    QFuture<Core::Result<QByteArray>> employeeToken(bool renew) override;

signals:
    void signedInChanged(const QString &email);

private:
    // Stores the tokens (refresh token to the keychain) and answers with the e-mail.
    QFuture<Core::Result<QString>> adopt(const Core::Result<Sources::Oidc::OidcTokens> &tokens);
    void forget();

    Sources::Oidc::OidcClient &m_oidc;
    Sources::Net::SecretStore &m_secrets;
    const Core::Clock &m_clock;
    // Callers waiting for the renewal in flight: with rotating refresh tokens, two renewals at
    // once would spend the same refresh token twice and end the session.
    QList<std::shared_ptr<QPromise<Core::Result<QByteArray>>>> m_renewalWaiters;
    QString m_email;
    QByteArray m_accessToken;
    QDateTime m_accessExpiresAt;
};

} // namespace Stethoscope::App
