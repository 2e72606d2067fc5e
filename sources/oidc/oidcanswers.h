#pragma once

#include "error.h"

#include "net/httpclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Stethoscope::Sources::Oidc {

struct OidcTokens
{
    QByteArray accessToken;
    QByteArray refreshToken; // the one to keep: rotated by a refresh, or empty if none given
    QByteArray idToken;
    QDateTime accessExpiresAt;
    QString email; // the verified identity; empty after a refresh without a new ID token
};

// What {issuer}/.well-known/openid-configuration told us.
struct OidcDiscovery
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; // empty: the provider offers no revocation
};

// Reads the provider's answer to the discovery request (or the transport failure), checking
// that it names the configured issuer and usable endpoints. Pure, so that it can be fuzzed.
Core::Result<OidcDiscovery> readDiscovery(const Core::Result<Net::HttpResponse> &answer,
                                          const QUrl &configuredIssuer, const QString &displayName);

// What a token answer must satisfy.
struct TokenExpectations
{
    QString issuer;
    QString clientId;
    std::optional<QString> nonce; // set while signing in: an ID token is then required
    QDateTime now;
    QByteArray previousRefreshToken; // kept when the provider does not rotate it
};

// Reads a successful token endpoint answer (RFC 6749 §5.1) and checks its ID token. Pure.
Core::Result<OidcTokens> readTokens(const QByteArray &body, const TokenExpectations &expected);

} // namespace Stethoscope::Sources::Oidc
