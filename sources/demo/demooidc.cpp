#include "demooidc.h"

#include "google/jwt.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Stethoscope::Sources::Demo {

using Google::Jwt::base64Url;

namespace {

// Signs the demo ID tokens. A real provider signs with RS256 and publishes its keys; the client
// does not verify the signature (the token comes straight from the token endpoint), so a
// shared demo secret is enough to give the tokens their real shape.
constexpr auto signingSecret = "stethoscope-demo-oidc-signing-secret";
// How long an authorization code may be exchanged, as real providers allow (about a minute).
constexpr int codeLifetimeSeconds = 60;

QByteArray randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return base64Url(data);
}

DemoResponse jsonAnswer(int status, const QJsonObject &body)
{
    DemoResponse response
        = DemoResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

// RFC 6749 §5.2 error answers of the token endpoint.
DemoResponse oauthError(int status, const char *error, const QString &description)
{
    return jsonAnswer(status,
                      {{QStringLiteral("error"), QLatin1String(error)},
                       {QStringLiteral("error_description"), description}});
}

DemoResponse page(int status, const QString &text)
{
    return {status,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")}},
            text.toUtf8()};
}

// Native apps redirect to a loopback listener over plain http (RFC 8252 §7.3).
bool isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0)
        return false;
    const QHostAddress host(url.host());
    return !host.isNull() && host.isLoopback();
}

DemoResponse redirect(QUrl target, const QList<std::pair<QString, QString>> &parameters)
{
    QUrlQuery query(target);
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    target.setQuery(query);
    return {302, {{QByteArrayLiteral("Location"), target.toEncoded()}}, {}};
}

} // namespace

DemoOidc::DemoOidc(QString email)
    : m_email(std::move(email))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

DemoResponse DemoOidc::handle(const DemoRequest &request)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (get && request.path == QLatin1String("/.well-known/openid-configuration"))
        return discovery();
    if (get && request.path == QLatin1String("/authorize"))
        return authorize(request);
    if (post && request.path == QLatin1String("/token"))
        return token(request);
    if (post && request.path == QLatin1String("/revoke"))
        return revoke(request);
    return page(404, QStringLiteral("Not found."));
}

DemoResponse DemoOidc::discovery() const
{
    const QString base = m_issuer.toString(QUrl::StripTrailingSlash);
    return jsonAnswer(
        200,
        {{QStringLiteral("issuer"), base},
         {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/authorize")},
         {QStringLiteral("token_endpoint"), base + QStringLiteral("/token")},
         {QStringLiteral("revocation_endpoint"), base + QStringLiteral("/revoke")},
         {QStringLiteral("response_types_supported"), QJsonArray {QStringLiteral("code")}},
         {QStringLiteral("grant_types_supported"),
          QJsonArray {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
         {QStringLiteral("code_challenge_methods_supported"), QJsonArray {QStringLiteral("S256")}},
         {QStringLiteral("id_token_signing_alg_values_supported"),
          QJsonArray {QStringLiteral("HS256")}},
         {QStringLiteral("scopes_supported"),
          QJsonArray {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
                      QStringLiteral("offline_access")}}});
}

DemoResponse DemoOidc::authorize(const DemoRequest &request)
{
    const auto parameter = [&request](const char *name) {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    // An unknown client or a redirect target that is not ours is never redirected to
    // (RFC 6749 §4.1.2.1): the person sees the provider's own error page instead.
    if (parameter("client_id") != QLatin1String(clientId))
        return page(400, QStringLiteral("Unknown client_id."));
    const QUrl redirectUri(parameter("redirect_uri"), QUrl::StrictMode);
    if (!isLoopbackRedirect(redirectUri))
        return page(400, QStringLiteral("redirect_uri must be a loopback http address."));

    const QString state = parameter("state");
    const auto fail = [&](const char *error) {
        return redirect(
            redirectUri,
            {{QStringLiteral("error"), QLatin1String(error)}, {QStringLiteral("state"), state}});
    };
    if (parameter("response_type") != QLatin1String("code"))
        return fail("unsupported_response_type");
    if (parameter("code_challenge_method") != QLatin1String("S256")
        || parameter("code_challenge").isEmpty())
        return fail("invalid_request");
    if (!parameter("scope").split(u' ').contains(QLatin1String("openid")))
        return fail("invalid_scope");
    if (m_refuse)
        return fail("access_denied");

    const QByteArray code = randomToken(24);
    m_codes.insert(code,
                   Grant {redirectUri.toString(), parameter("code_challenge").toLatin1(),
                          parameter("nonce"), m_now().addSecs(codeLifetimeSeconds)});
    return redirect(
        redirectUri,
        {{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("state"), state}});
}

DemoResponse DemoOidc::token(const DemoRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (field("client_id") != QLatin1String(clientId))
        return oauthError(401, "invalid_client", QStringLiteral("Unknown client."));

    const QString grantType = field("grant_type");
    if (grantType == QLatin1String("authorization_code")) {
        // A code works once, whatever happens next.
        const auto grant = m_codes.take(field("code").toLatin1());
        if (grant.redirectUri.isEmpty() || grant.expiresAt <= m_now())
            return oauthError(400, "invalid_grant", QStringLiteral("Unknown or expired code."));
        if (field("redirect_uri") != grant.redirectUri)
            return oauthError(400, "invalid_grant", QStringLiteral("redirect_uri mismatch."));
        const QByteArray challenge = base64Url(QCryptographicHash::hash(
            field("code_verifier").toLatin1(), QCryptographicHash::Sha256));
        if (field("code_verifier").size() < 43 || challenge != grant.codeChallenge)
            return oauthError(400, "invalid_grant", QStringLiteral("PKCE verification failed."));
        return issueTokens(Session {m_email, m_verified, m_now().addSecs(m_refreshLifetime)},
                           grant.nonce);
    }
    if (grantType == QLatin1String("refresh_token")) {
        // Rotation: the refresh token just used stops working.
        const auto session = m_refreshTokens.take(field("refresh_token").toLatin1());
        if (session.email.isEmpty() || session.expiresAt <= m_now()) {
            return oauthError(400, "invalid_grant",
                              QStringLiteral("The refresh token is unknown, revoked or expired."));
        }
        return issueTokens(session, {});
    }
    return oauthError(400, "unsupported_grant_type", QStringLiteral("Unsupported grant type."));
}

DemoResponse DemoOidc::revoke(const DemoRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("client_id")) != QLatin1String(clientId))
        return oauthError(401, "invalid_client", QStringLiteral("Unknown client."));
    const QByteArray token = form.queryItemValue(QStringLiteral("token")).toLatin1();
    m_refreshTokens.remove(token);
    m_accessTokens.remove(token);
    // RFC 7009 §2.2: an unknown token is answered 200 as well.
    return {200, {}, {}};
}

DemoResponse DemoOidc::issueTokens(const Session &session, const QString &nonce)
{
    const QByteArray access = randomToken(32);
    const QByteArray refresh = randomToken(32);
    m_accessTokens.insert(access, m_now().addSecs(m_lifetime));
    m_refreshTokens.insert(refresh, session);
    return jsonAnswer(200,
                      {{QStringLiteral("access_token"), QString::fromLatin1(access)},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), m_lifetime},
                       {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)},
                       {QStringLiteral("id_token"), QString::fromLatin1(idToken(session, nonce))}});
}

QByteArray DemoOidc::idToken(const Session &session, const QString &nonce) const
{
    const qint64 now = m_now().toSecsSinceEpoch();
    QJsonObject claims {{QStringLiteral("iss"), m_issuer.toString(QUrl::StripTrailingSlash)},
                        {QStringLiteral("sub"), session.email.section(u'@', 0, 0)},
                        {QStringLiteral("aud"), QLatin1String(clientId)},
                        {QStringLiteral("iat"), now},
                        {QStringLiteral("exp"), now + m_lifetime},
                        {QStringLiteral("email"), session.email},
                        {QStringLiteral("email_verified"), session.verified}};
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("HS256")},
                              {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = QMessageAuthenticationCode::hash(input, QByteArray(signingSecret),
                                                                  QCryptographicHash::Sha256);
    return input + '.' + base64Url(signature);
}

bool DemoOidc::isAccessTokenValid(const QByteArray &token) const
{
    const auto it = m_accessTokens.constFind(token);
    return it != m_accessTokens.constEnd() && *it > m_now();
}

void DemoOidc::setIssuer(const QUrl &issuer)
{
    m_issuer = issuer;
}

void DemoOidc::setSignedInEmail(const QString &email, bool verified)
{
    m_email = email;
    m_verified = verified;
}

void DemoOidc::setAccessTokenLifetime(int seconds)
{
    m_lifetime = seconds;
}

void DemoOidc::setRefreshTokenLifetime(int seconds)
{
    m_refreshLifetime = seconds;
}

void DemoOidc::setRefuseSignIn(bool refuse)
{
    m_refuse = refuse;
}

void DemoOidc::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

} // namespace Stethoscope::Sources::Demo
