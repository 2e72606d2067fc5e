#pragma once

#include "demohttpserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>

namespace Stethoscope::Sources::Demo {

// The demo company's OpenID Connect provider, as a pure request → response function
// (DemoHttpServer carries it):
//   GET  /.well-known/openid-configuration
//   GET  /authorize   signs the demo employee in at once and answers 302 to
//                     redirect_uri?code=…&state=… (or ?error=access_denied when told to refuse)
//   POST /token       authorization_code with PKCE (S256) verification; refresh_token with
//                     rotation (the old refresh token stops working)
//   POST /revoke      RFC 7009
// ID tokens are signed HS256 with a demo secret: a realistic shape, not a security boundary.
class DemoOidc
{
public:
    static constexpr auto clientId = "stethoscope-desktop";

    explicit DemoOidc(QString email = QStringLiteral("alice@example.com"));

    DemoResponse handle(const DemoRequest &request);
    void setIssuer(const QUrl &issuer); // the server's own URL, once it listens

    // Whether `token` is an access token this provider issued and that has not expired.
    bool isAccessTokenValid(const QByteArray &token) const;

    // Test controls.
    void setSignedInEmail(const QString &email, bool verified = true);
    void setAccessTokenLifetime(int seconds); // default 3600
    void setRefreshTokenLifetime(int seconds); // default 30 days
    void setRefuseSignIn(bool refuse); // /authorize redirects with error=access_denied
    void setClock(std::function<QDateTime()> now);

private:
    struct Grant
    {
        QString redirectUri;
        QByteArray codeChallenge;
        QString nonce;
        QDateTime expiresAt;
    };
    struct Session
    {
        QString email;
        bool verified = true;
        QDateTime expiresAt;
    };

    DemoResponse discovery() const;
    DemoResponse authorize(const DemoRequest &request);
    DemoResponse token(const DemoRequest &request);
    DemoResponse revoke(const DemoRequest &request);
    DemoResponse issueTokens(const Session &session, const QString &nonce);
    QByteArray idToken(const Session &session, const QString &nonce) const;

    QUrl m_issuer;
    QString m_email;
    bool m_verified = true;
    bool m_refuse = false;
    int m_lifetime = 3600;
    int m_refreshLifetime = 30 * 24 * 3600;
    std::function<QDateTime()> m_now;
    QHash<QByteArray, Grant> m_codes; // authorization code → what it was issued for
    QHash<QByteArray, Session> m_refreshTokens;
    QHash<QByteArray, QDateTime> m_accessTokens; // → expiry
};

} // namespace Stethoscope::Sources::Demo
