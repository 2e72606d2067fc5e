#pragma once

#include "error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Stethoscope::Sources::Oidc {

// What the ID token must say for the sign-in to count.
struct IdTokenExpectations
{
    QString issuer;
    QString clientId;
    std::optional<QString> nonce; // none after a refresh: the provider need not repeat it
    QDateTime now;
};

// Checks the claims of an ID token and returns the signed-in person's verified e-mail address.
// The signature is not verified: the token comes straight from the token endpoint over TLS to
// us (OpenID Connect Core §3.1.3.7, item 6), so the TLS server check already vouches for it.
Core::Result<QString> checkIdToken(const QByteArray &idToken, const IdTokenExpectations &expected);

} // namespace Stethoscope::Sources::Oidc
