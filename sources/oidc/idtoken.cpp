#include "idtoken.h"

#include "google/jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Stethoscope::Sources::Oidc {

using Core::Error;

namespace {

// A time claim in seconds since the epoch. JSON numbers are doubles, and one far beyond any
// real time is clamped first: converting it to qint64 as it is would be undefined.
qint64 epochSeconds(const QJsonValue &value)
{
    return qint64(std::clamp(value.toDouble(), -1e15, 1e15));
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OidcClient)
};

// Clocks of a laptop and a provider may differ by this much before we call it wrong.
constexpr qint64 clockSkewSeconds = 5 * 60;

Error refused(const QString &message, const QString &detail)
{
    return {Error::Category::Auth, message, detail};
}

Error clockOff(const QString &detail)
{
    return refused(Text::tr("Your computer's clock seems to be off, so the sign-in cannot be "
                            "trusted. Check the date, time and time zone settings and sign in "
                            "again."),
                   detail);
}

} // namespace

Core::Result<QString> checkIdToken(const QByteArray &idToken, const IdTokenExpectations &expected)
{
    const QList<QByteArray> parts = idToken.split('.');
    QJsonParseError parseError {};
    const QJsonDocument document = parts.size() == 3
        ? QJsonDocument::fromJson(Google::Jwt::fromBase64Url(parts.at(1)), &parseError)
        : QJsonDocument();
    if (!document.isObject()) {
        return Error::parse(
            Text::tr("The sign-in provider sent an ID token that could not be read."),
            QStringLiteral("ID token: %1 parts, %2")
                .arg(parts.size())
                .arg(parseError.errorString()));
    }
    const QJsonObject claims = document.object();

    const QString issuer = claims.value(QStringLiteral("iss")).toString();
    if (issuer != expected.issuer) {
        return refused(
            Text::tr("The sign-in answer came from %1 instead of %2. Check [auth] "
                     "issuer.")
                .arg(issuer.isEmpty() ? Text::tr("an unnamed provider") : issuer, expected.issuer),
            QStringLiteral("iss mismatch"));
    }

    // "aud" is a string or an array of strings.
    const QJsonValue audience = claims.value(QStringLiteral("aud"));
    const bool forUs = audience.isArray()
        ? audience.toArray().contains(QJsonValue(expected.clientId))
        : audience.toString() == expected.clientId;
    if (!forUs) {
        return refused(Text::tr("The sign-in provider issued the sign-in for another "
                                "application, not for client ID %1. Check [auth] client_id.")
                           .arg(expected.clientId),
                       QStringLiteral("aud mismatch"));
    }

    const qint64 now = expected.now.toSecsSinceEpoch();
    const QJsonValue expires = claims.value(QStringLiteral("exp"));
    if (!expires.isDouble())
        return Error::parse(Text::tr("The sign-in provider sent an ID token without an expiry."),
                            QStringLiteral("exp missing"));
    if (epochSeconds(expires) + clockSkewSeconds <= now)
        return clockOff(QStringLiteral("ID token expired %1 s ago by our clock")
                            .arg(now - epochSeconds(expires)));
    const QJsonValue issuedAt = claims.value(QStringLiteral("iat"));
    if (issuedAt.isDouble() && epochSeconds(issuedAt) - clockSkewSeconds > now)
        return clockOff(QStringLiteral("ID token issued %1 s in the future by our clock")
                            .arg(epochSeconds(issuedAt) - now));

    if (expected.nonce && claims.value(QStringLiteral("nonce")).toString() != *expected.nonce) {
        return refused(Text::tr("The sign-in answer does not belong to this sign-in. Please "
                                "sign in again."),
                       QStringLiteral("nonce mismatch"));
    }

    const QString email = claims.value(QStringLiteral("email")).toString().trimmed();
    if (email.isEmpty()) {
        return refused(Text::tr("The sign-in provider did not share your e-mail address, so "
                                "Stethoscope cannot tell which devices are yours. Ask IT to "
                                "allow the \"email\" scope for Stethoscope."),
                       QStringLiteral("email claim missing"));
    }
    // Absent means the provider vouches for the addresses it hands out; only false refuses.
    const QJsonValue verified = claims.value(QStringLiteral("email_verified"));
    if (verified == QJsonValue(false)
        || (verified.isString() && verified.toString() == QLatin1String("false"))) {
        return refused(Text::tr("Your e-mail address %1 is not verified with the sign-in "
                                "provider, so Stethoscope cannot rely on it. Verify it there or "
                                "ask IT.")
                           .arg(email),
                       QStringLiteral("email_verified is false"));
    }
    return email;
}

} // namespace Stethoscope::Sources::Oidc
