#pragma once

#include "demohttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

#include <functional>

namespace Stethoscope::Sources::Demo {

// The demo company's OpenID Connect provider: discovery, authorize (signs the demo employee in
// at once and redirects with a code), token (authorization code with PKCE verification,
// refresh), revocation, and the ID token claims a client checks (iss, aud, exp, nonce, email,
// email_verified).
class DemoOidc
{
public:
    static constexpr auto clientId = "stethoscope-desktop";

    explicit DemoOidc(QString email = QStringLiteral("alice@example.com"));

    DemoResponse handle(const DemoRequest &request);
    void setIssuer(const QUrl &issuer); // the server's own URL, once it listens

    // Test controls.
    void setSignedInEmail(const QString &email, bool verified = true);
    void setAccessTokenLifetime(int seconds); // default 3600
    void setClock(std::function<QDateTime()> now);

private:
    QUrl m_issuer;
    QString m_email;
    bool m_verified = true;
    int m_lifetime = 3600;
    std::function<QDateTime()> m_now;
};

} // namespace Stethoscope::Sources::Demo
