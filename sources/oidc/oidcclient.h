#pragma once

#include "clock.h"
#include "error.h"

#include "net/httpclient.h"
#include "oidcanswers.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Stethoscope::Sources::Oidc {

struct BrowserAnswer;

struct OidcConfig
{
    QUrl issuer; // https://login.example.com/realms/staff
    QString clientId;
    QStringList scopes {QStringLiteral("openid"), QStringLiteral("email"),
                        QStringLiteral("profile"), QStringLiteral("offline_access")};
    int browserTimeoutSeconds = 300; // how long to wait for the person in the browser
};

// OpenID Connect authorization-code flow with PKCE (S256), state and nonce, in the system
// browser with a loopback redirect on an ephemeral port (RFC 8252). Discovery from
// {issuer}/.well-known/openid-configuration. The browser is opened through `openBrowser`
// (QDesktopServices in the app; tests stand in for it), so this layer needs no GUI.
//
// Nothing secret is logged: no token, code, verifier, state or nonce.
class OidcClient : public QObject
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<bool(const QUrl &)>;

    OidcClient(Net::HttpClient &http, const Core::Clock &clock, OidcConfig config,
               QObject *parent = nullptr);
    ~OidcClient() override;

    QFuture<Core::Result<OidcTokens>> signIn(BrowserOpener openBrowser);
    // A fresh access token. A rotated refresh token comes back in the result and replaces the
    // old one; "invalid_grant" means the sign-in is over (Auth error).
    QFuture<Core::Result<OidcTokens>> refresh(const QByteArray &refreshToken);
    // Revokes where the provider offers revocation (true); succeeds with false when it does not.
    QFuture<Core::Result<bool>> revoke(const QByteArray &refreshToken);

private:
    using Discovery = OidcDiscovery;
    struct SignIn;
    using TokenPromise = std::shared_ptr<QPromise<Core::Result<OidcTokens>>>;

    void discover(std::function<void(Core::Result<Discovery>)> next);
    void openBrowser(const std::shared_ptr<SignIn> &flow, const BrowserOpener &open);
    void browserAnswered(const std::shared_ptr<SignIn> &flow, const BrowserAnswer &answer);
    void requestTokens(const QUrl &endpoint, const QList<std::pair<QString, QString>> &form,
                       std::optional<QString> nonce, const QByteArray &previousRefreshToken,
                       TokenPromise promise);
    Core::Error tokenError(const Net::HttpResponse &response, bool refreshing) const;

    Net::HttpClient &m_http;
    const Core::Clock &m_clock;
    OidcConfig m_config;
    std::optional<Discovery> m_discovery; // cached after the first success
};

} // namespace Stethoscope::Sources::Oidc
