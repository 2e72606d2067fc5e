#pragma once

#include "clock.h"
#include "error.h"

#include "net/httpclient.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Stethoscope::Sources::Oidc {

struct OidcConfig
{
    QUrl issuer; // https://login.example.com/realms/staff
    QString clientId;
    QStringList scopes {QStringLiteral("openid"), QStringLiteral("email"),
                        QStringLiteral("profile"), QStringLiteral("offline_access")};
    int browserTimeoutSeconds = 300; // how long to wait for the person in the browser
};

struct OidcTokens
{
    QByteArray accessToken;
    QByteArray refreshToken; // may be empty when the provider gives none
    QByteArray idToken;
    QDateTime accessExpiresAt;
    QString email; // the verified identity
};

// OpenID Connect authorization-code flow with PKCE (S256), state and nonce, in the system
// browser with a loopback redirect on an ephemeral port (RFC 8252). Discovery from
// {issuer}/.well-known/openid-configuration. The browser is opened through `openBrowser`
// (QDesktopServices in the app; tests stand in for it), so this layer needs no GUI.
class OidcClient : public QObject
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<bool(const QUrl &)>;

    OidcClient(Net::HttpClient &http, const Core::Clock &clock, OidcConfig config,
               QObject *parent = nullptr);
    ~OidcClient() override;

    QFuture<Core::Result<OidcTokens>> signIn(BrowserOpener openBrowser);
    QFuture<Core::Result<OidcTokens>> refresh(const QByteArray &refreshToken);
    // Revokes where the provider offers revocation; succeeds (false) when it does not.
    QFuture<Core::Result<bool>> revoke(const QByteArray &refreshToken);

private:
    Net::HttpClient &m_http;
    const Core::Clock &m_clock;
    OidcConfig m_config;
};

} // namespace Stethoscope::Sources::Oidc
