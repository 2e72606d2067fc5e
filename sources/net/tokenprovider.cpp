#include "tokenprovider.h"

#include "whendone.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPromise>
#include <QUrlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcTokens, "stethoscope.sources.auth", QtWarningMsg)

namespace Stethoscope::Sources::Net {

using Core::Error;
using Core::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenProvider)
};

// A token is renewed this long before it expires, so that it does not expire in flight.
constexpr qint64 renewMarginSeconds = 60;

QUrl endpoint(const QUrl &server, const QString &path)
{
    QUrl url = server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    return url;
}

Result<QJsonObject> jsonObject(const QByteArray &body, const QString &backend)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::parse(Text::tr("%1 sent a token answer that could not be read.").arg(backend),
                            error.errorString());
    }
    return document.object();
}

} // namespace

CachingTokenProvider::CachingTokenProvider(HttpClient &http, const Core::Clock &clock,
                                           QObject *parent)
    : TokenProvider(parent)
    , m_http(http)
    , m_clock(clock)
{ }

QFuture<Result<QByteArray>> CachingTokenProvider::token(bool renew)
{
    const QDateTime now = m_clock.now();
    if (!renew && m_cached && now.secsTo(m_cached->expiresAt) > renewMarginSeconds)
        return QtFuture::makeReadyFuture(Result<QByteArray>(m_cached->token));
    if (renew)
        m_cached.reset(); // the backend refused it; keep-alive would not help either

    auto waiter = std::make_shared<QPromise<Result<QByteArray>>>();
    waiter->start();
    const QFuture<Result<QByteArray>> future = waiter->future();
    m_waiters.append(waiter);
    if (m_waiters.size() > 1)
        return future; // a request is already in flight; its answer is shared

    const HttpRequest request = tokenRequest();
    whenDone(m_http.send(request), &m_http, this,
             [this, purpose = request.purpose](const Result<HttpResponse> &answer) {
                 Result<QByteArray> outcome = [&]() -> Result<QByteArray> {
                     if (!answer)
                         return answer.error();
                     if (answer->status == 401 || answer->status == 400) {
                         // OAuth servers answer bad client credentials with 400 or 401.
                         m_cached.reset();
                         return Error {Error::Category::Auth, credentialsRejected(),
                                       QStringLiteral("HTTP %1").arg(answer->status)};
                     }
                     if (!answer->isSuccess()) {
                         m_cached.reset();
                         return m_http.httpError(*answer, purpose);
                     }
                     auto issued = readToken(*answer);
                     if (!issued)
                         return issued.error();
                     m_cached = *issued;
                     return issued->token;
                 }();
                 if (!outcome)
                     qCInfo(lcTokens)
                         << m_http.limits().displayName << "token:" << outcome.error().message;
                 const auto waiters = std::exchange(m_waiters, {});
                 for (const auto &waiting : waiters) {
                     waiting->addResult(outcome);
                     waiting->finish();
                 }
             });
    return future;
}

JamfClientCredentials::JamfClientCredentials(HttpClient &http, const Core::Clock &clock,
                                             QUrl server, QString clientId, QByteArray clientSecret,
                                             QObject *parent)
    : CachingTokenProvider(http, clock, parent)
    , m_server(std::move(server))
    , m_clientId(std::move(clientId))
    , m_secret(std::move(clientSecret))
{ }

HttpRequest JamfClientCredentials::tokenRequest() const
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(m_secret));
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = endpoint(m_server, QStringLiteral("/api/oauth/token"));
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = form.toString(QUrl::FullyEncoded).toUtf8();
    request.purpose = Text::tr("the API client token");
    return request;
}

QString JamfClientCredentials::credentialsRejected() const
{
    return Text::tr("Jamf rejected the API client credentials (401). Check [jamf] client_id and "
                    "the client secret.");
}

Result<CachingTokenProvider::Issued>
JamfClientCredentials::readToken(const HttpResponse &response) const
{
    const auto object = jsonObject(response.body, QStringLiteral("Jamf"));
    if (!object)
        return object.error();
    const QString token = object->value(QStringLiteral("access_token")).toString();
    const qint64 lifetime = object->value(QStringLiteral("expires_in")).toInteger(-1);
    if (token.isEmpty() || lifetime <= 0)
        return Error::parse(Text::tr("Jamf sent a token answer without a token or lifetime."));
    return Issued {token.toUtf8(), clock().now().addSecs(lifetime)};
}

JamfUserAccount::JamfUserAccount(HttpClient &http, const Core::Clock &clock, QUrl server,
                                 QString username, QByteArray password, QObject *parent)
    : CachingTokenProvider(http, clock, parent)
    , m_server(std::move(server))
    , m_username(std::move(username))
    , m_password(std::move(password))
{ }

HttpRequest JamfUserAccount::tokenRequest() const
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.purpose = Text::tr("the user account token");
    // A token that is still valid is extended rather than replaced.
    if (cached() && clock().now() < cached()->expiresAt) {
        request.url = endpoint(m_server, QStringLiteral("/api/v1/auth/keep-alive"));
        request.headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + cached()->token});
    } else {
        request.url = endpoint(m_server, QStringLiteral("/api/v1/auth/token"));
        request.headers.append(
            {QByteArrayLiteral("Authorization"),
             QByteArrayLiteral("Basic ") + (m_username.toUtf8() + ':' + m_password).toBase64()});
    }
    return request;
}

QString JamfUserAccount::credentialsRejected() const
{
    return Text::tr("Jamf rejected the account name or password (401). Check [jamf] username and "
                    "the password.");
}

Result<CachingTokenProvider::Issued> JamfUserAccount::readToken(const HttpResponse &response) const
{
    const auto object = jsonObject(response.body, QStringLiteral("Jamf"));
    if (!object)
        return object.error();
    const QString token = object->value(QStringLiteral("token")).toString();
    const QDateTime expires = QDateTime::fromString(
        object->value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
    if (token.isEmpty() || !expires.isValid())
        return Error::parse(Text::tr("Jamf sent a token answer without a token or expiry."));
    return Issued {token.toUtf8(), expires.toUTC()};
}

void JamfUserAccount::release()
{
    if (!cached() || clock().now() >= cached()->expiresAt)
        return;
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = endpoint(m_server, QStringLiteral("/api/v1/auth/invalidate-token"));
    request.headers
        = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + cached()->token}};
    request.purpose = Text::tr("giving up the user account token");
    forget();
    // Fire and forget: on quit, nobody waits for the answer.
    (void)http().send(std::move(request));
}

} // namespace Stethoscope::Sources::Net
