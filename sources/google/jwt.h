#pragma once

#include "error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

// RS256 signatures for service-account JWTs (RFC 7515/7519), on OpenSSL 3's EVP API: Qt has
// no public RSA signing. Key material stays in the caller's buffers and OpenSSL's own
// structures, which are freed (and wiped by OpenSSL) before these functions return.
namespace Stethoscope::Sources::Google::Jwt {

// Base64url without padding, as JWS wants it.
QByteArray base64Url(QByteArrayView data);
// The inverse; empty for text that is not base64url.
QByteArray fromBase64Url(QByteArrayView text);

// Whether `pem` holds an RSA private key OpenSSL can read (PKCS#8 "BEGIN PRIVATE KEY").
bool isRsaPrivateKey(QByteArrayView pem);
// The public half of a PEM private key, as a PEM "BEGIN PUBLIC KEY"; empty if unreadable.
QByteArray publicKeyPem(QByteArrayView privatePem);

// header.claims.signature, each part base64url; the header gets "alg": "RS256", "typ": "JWT".
Core::Result<QByteArray> signRs256(QJsonObject header, const QJsonObject &claims,
                                   QByteArrayView privatePem);

// A JWT whose RS256 signature verified against `publicPem`, split into its parts.
struct Verified
{
    QJsonObject header;
    QJsonObject claims;
};
// Empty for anything malformed, signed with another algorithm or by another key.
std::optional<Verified> verifyRs256(QByteArrayView jwt, QByteArrayView publicPem);

} // namespace Stethoscope::Sources::Google::Jwt
