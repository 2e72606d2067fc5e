#include "oidcanswers.h"

#include "idtoken.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stethoscope::Sources::Oidc {

using Core::Error;
using Core::Result;
using Net::HttpResponse;

namespace {

// The same translation context as the client: these texts were written for it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OidcClient)
};

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

} // namespace

Result<OidcDiscovery> readDiscovery(const Result<HttpResponse> &answer,
                                    const QUrl &configuredIssuer, const QString &displayName)
{
    const QString configured = configuredIssuer.toString();
    if (!answer) {
        if (answer.error().category != Error::Category::Network)
            return answer.error(); // TLS and configuration errors already say what to do
        return Error {Error::Category::Network,
                      Text::tr("The sign-in provider at %1 could not be reached. Check the "
                               "network connection and [auth] issuer.")
                          .arg(configured),
                      answer.error().message + u' ' + answer.error().detail};
    }
    if (!answer->isSuccess()) {
        return Error::config(Text::tr("The sign-in provider at %1 has no OpenID Connect "
                                      "configuration (HTTP %2). Check [auth] issuer.")
                                 .arg(configured)
                                 .arg(answer->status));
    }
    const QJsonObject object = QJsonDocument::fromJson(answer->body).object();
    OidcDiscovery discovery {
        object.value(QStringLiteral("issuer")).toString(),
        QUrl(object.value(QStringLiteral("authorization_endpoint")).toString(), QUrl::StrictMode),
        QUrl(object.value(QStringLiteral("token_endpoint")).toString(), QUrl::StrictMode),
        QUrl(object.value(QStringLiteral("revocation_endpoint")).toString(), QUrl::StrictMode)};
    if (!discovery.authorizationEndpoint.isValid() || !discovery.tokenEndpoint.isValid()
        || discovery.authorizationEndpoint.isEmpty() || discovery.tokenEndpoint.isEmpty()) {
        return Error::parse(Text::tr("The sign-in provider at %1 sent a configuration that could "
                                     "not be read.")
                                .arg(configured),
                            QStringLiteral("authorization_endpoint or token_endpoint missing"));
    }
    // OpenID Connect Discovery §4.3: the issuer must be exactly the one we asked (a trailing
    // slash aside, which people add to settings without meaning anything by it).
    if (withoutTrailingSlash(discovery.issuer) != withoutTrailingSlash(configured)) {
        return Error::config(Text::tr("The sign-in provider calls itself %1, but [auth] issuer "
                                      "is %2. Set [auth] issuer to exactly the provider's issuer.")
                                 .arg(discovery.issuer, configured));
    }
    for (const QUrl &endpoint : {discovery.authorizationEndpoint, discovery.tokenEndpoint}) {
        if (auto error = Net::HttpClient::checkUrl(endpoint, displayName))
            return *error;
    }
    return discovery;
}

Result<OidcTokens> readTokens(const QByteArray &body, const TokenExpectations &expected)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    OidcTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString().toLatin1();
    tokens.idToken = object.value(QStringLiteral("id_token")).toString().toLatin1();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString().toLatin1();
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = expected.previousRefreshToken; // not rotated: the old one stays
    // expires_in is optional (RFC 6749 §5.1); without it assume an hour, and a 401 renews sooner.
    const qint64 lifetime = object.value(QStringLiteral("expires_in")).toInteger(3600);
    tokens.accessExpiresAt = expected.now.addSecs(lifetime > 0 ? lifetime : 3600);
    const bool signingIn = expected.nonce.has_value();
    if (tokens.accessToken.isEmpty() || (signingIn && tokens.idToken.isEmpty())) {
        return Error::parse(Text::tr("The sign-in provider sent an answer without the expected "
                                     "tokens."),
                            QStringLiteral("access_token or id_token missing"));
    }
    if (!tokens.idToken.isEmpty()) {
        const auto email = checkIdToken(
            tokens.idToken, {expected.issuer, expected.clientId, expected.nonce, expected.now});
        if (!email)
            return email.error();
        tokens.email = *email;
    }
    return tokens;
}

} // namespace Stethoscope::Sources::Oidc
