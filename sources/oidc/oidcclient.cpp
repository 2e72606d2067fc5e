#include "oidcclient.h"

#include "google/jwt.h"
#include "loopbackreceiver.h"
#include "net/whendone.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcOidc, "stethoscope.sources.oidc", QtWarningMsg)

namespace Stethoscope::Sources::Oidc {

using Core::Error;
using Core::Result;
using Net::HttpRequest;
using Net::HttpResponse;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OidcClient)
};

// base64url of `bytes` random bytes from the system's CSPRNG.
QString randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(Google::Jwt::base64Url(data));
}

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

HttpRequest formPost(const QUrl &url, const QList<std::pair<QString, QString>> &fields,
                     const QString &purpose)
{
    QUrlQuery form;
    for (const auto &[name, value] : fields)
        form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = form.toString(QUrl::FullyEncoded).toLatin1();
    request.purpose = purpose;
    return request;
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

template<typename T> void deliver(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

} // namespace

// One sign-in in progress: the secrets that tie the browser's answer to it.
struct OidcClient::SignIn
{
    TokenPromise promise;
    Discovery discovery;
    QString verifier; // PKCE, RFC 7636: 64 characters
    QString state;
    QString nonce;
    QUrl redirectUri;
};

OidcClient::OidcClient(Net::HttpClient &http, const Core::Clock &clock, OidcConfig config,
                       QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_clock(clock)
    , m_config(std::move(config))
{ }

OidcClient::~OidcClient() = default;

void OidcClient::discover(std::function<void(Result<Discovery>)> next)
{
    if (m_discovery) {
        next(*m_discovery);
        return;
    }
    QUrl url = m_config.issuer;
    url.setPath(withoutTrailingSlash(url.path())
                + QStringLiteral("/.well-known/openid-configuration"));
    HttpRequest request;
    request.url = url;
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.purpose = Text::tr("the sign-in configuration");
    Net::whenDone(m_http.send(request), &m_http, this,
                  [this, next](const Result<HttpResponse> &answer) {
                      Result<Discovery> discovery
                          = readDiscovery(answer, m_config.issuer, m_http.limits().displayName);
                      if (discovery)
                          m_discovery = *discovery;
                      else
                          qCWarning(lcOidc) << "discovery:" << discovery.error().message
                                            << discovery.error().detail;
                      next(std::move(discovery));
                  });
}

QFuture<Result<OidcTokens>> OidcClient::signIn(BrowserOpener openBrowser)
{
    auto flow = std::make_shared<SignIn>();
    flow->promise = std::make_shared<QPromise<Result<OidcTokens>>>();
    flow->promise->start();
    const auto future = flow->promise->future();
    discover([this, flow, openBrowser](Result<Discovery> discovery) {
        if (!discovery)
            return deliver(flow->promise, Result<OidcTokens>(discovery.error()));
        flow->discovery = *discovery;
        this->openBrowser(flow, openBrowser);
    });
    return future;
}

void OidcClient::openBrowser(const std::shared_ptr<SignIn> &flow, const BrowserOpener &open)
{
    flow->verifier = randomText(48);
    flow->state = randomText(24);
    flow->nonce = randomText(24);

    auto *receiver = new LoopbackReceiver(flow->state, m_config.browserTimeoutSeconds * 1000, this);
    if (!receiver->listen()) {
        delete receiver;
        return deliver(flow->promise,
                       Result<OidcTokens>(Error {Error::Category::Network,
                                                 Text::tr("Stethoscope could not wait for the "
                                                          "browser's answer: no local port was "
                                                          "free on 127.0.0.1."),
                                                 {}}));
    }
    flow->redirectUri = receiver->redirectUri();
    connect(receiver, &LoopbackReceiver::finished, this,
            [this, flow](const BrowserAnswer &answer) { browserAnswered(flow, answer); });

    const QByteArray challenge = Google::Jwt::base64Url(
        QCryptographicHash::hash(flow->verifier.toLatin1(), QCryptographicHash::Sha256));
    QUrl url = flow->discovery.authorizationEndpoint;
    QUrlQuery query(url);
    const QList<std::pair<QString, QString>> parameters {
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), m_config.clientId},
        {QStringLiteral("redirect_uri"), flow->redirectUri.toString()},
        {QStringLiteral("scope"), m_config.scopes.join(u' ')},
        {QStringLiteral("state"), flow->state},
        {QStringLiteral("nonce"), flow->nonce},
        {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);

    if (!open(url)) {
        delete receiver;
        return deliver(flow->promise,
                       Result<OidcTokens>(Error::config(
                           Text::tr("Stethoscope could not open a web browser for the sign-in. "
                                    "Check that a default web browser is set."))));
    }
    qCInfo(lcOidc) << "waiting for the browser on" << flow->redirectUri.toString();
}

void OidcClient::browserAnswered(const std::shared_ptr<SignIn> &flow, const BrowserAnswer &answer)
{
    const auto fail = [&flow](Error error) {
        qCWarning(lcOidc) << "sign-in:" << error.message << error.detail;
        deliver(flow->promise, Result<OidcTokens>(std::move(error)));
    };
    switch (answer.kind) {
    case BrowserAnswer::Kind::TimedOut: {
        const int seconds = m_config.browserTimeoutSeconds;
        return fail(
            {Error::Category::Auth,
             seconds >= 60 && seconds % 60 == 0
                 ? Text::tr("The sign-in was not completed in the browser within %n minute(s).",
                            nullptr, seconds / 60)
                 : Text::tr("The sign-in was not completed in the browser within %n second(s).",
                            nullptr, seconds),
             {}});
    }
    case BrowserAnswer::Kind::ProviderError:
        if (answer.error == QLatin1String("access_denied")) {
            return fail({Error::Category::Auth,
                         Text::tr("The sign-in was cancelled or refused in the browser. Sign in "
                                  "again to continue."),
                         answer.description});
        }
        if (answer.error == QLatin1String("invalid_client")
            || answer.error == QLatin1String("unauthorized_client")) {
            return fail(Error::config(Text::tr("The sign-in provider does not know Stethoscope's "
                                               "client ID %1. Check [auth] client_id or ask IT "
                                               "to register Stethoscope.")
                                          .arg(m_config.clientId),
                                      answer.description));
        }
        return fail({Error::Category::Auth,
                     Text::tr("The sign-in provider could not sign you in (%1). Try again, or "
                              "ask IT if it keeps happening.")
                         .arg(answer.error),
                     answer.description});
    case BrowserAnswer::Kind::Code:
        break;
    }
    requestTokens(flow->discovery.tokenEndpoint,
                  {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), answer.code},
                   {QStringLiteral("redirect_uri"), flow->redirectUri.toString()},
                   {QStringLiteral("client_id"), m_config.clientId},
                   {QStringLiteral("code_verifier"), flow->verifier}},
                  flow->nonce, {}, flow->promise);
}

QFuture<Result<OidcTokens>> OidcClient::refresh(const QByteArray &refreshToken)
{
    auto promise = std::make_shared<QPromise<Result<OidcTokens>>>();
    promise->start();
    const auto future = promise->future();
    discover([this, promise, refreshToken](Result<Discovery> discovery) {
        if (!discovery)
            return deliver(promise, Result<OidcTokens>(discovery.error()));
        requestTokens(discovery->tokenEndpoint,
                      {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                       {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                       {QStringLiteral("client_id"), m_config.clientId}},
                      std::nullopt, refreshToken, promise);
    });
    return future;
}

void OidcClient::requestTokens(const QUrl &endpoint, const QList<std::pair<QString, QString>> &form,
                               std::optional<QString> nonce, const QByteArray &previousRefreshToken,
                               TokenPromise promise)
{
    const bool refreshing = !previousRefreshToken.isEmpty();
    const HttpRequest request = formPost(endpoint, form,
                                         refreshing ? Text::tr("renewing the sign-in")
                                                    : Text::tr("completing the sign-in"));
    Net::whenDone(
        m_http.send(request), &m_http, this, [=, this](const Result<HttpResponse> &answer) {
            Result<OidcTokens> tokens = !answer ? Result<OidcTokens>(answer.error())
                : answer->isSuccess()
                ? readTokens(answer->body,
                             {m_discovery ? m_discovery->issuer : m_config.issuer.toString(),
                              m_config.clientId, nonce, m_clock.now(), previousRefreshToken})
                : Result<OidcTokens>(tokenError(*answer, refreshing));
            if (!tokens)
                qCWarning(lcOidc) << (refreshing ? "refresh:" : "token exchange:")
                                  << tokens.error().message << tokens.error().detail;
            deliver(promise, std::move(tokens));
        });
}

Error OidcClient::tokenError(const HttpResponse &response, bool refreshing) const
{
    const QString error = jsonObject(response.body).value(QStringLiteral("error")).toString();
    const QString detail = QStringLiteral("HTTP %1 %2").arg(response.status).arg(error);
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client")) {
        return Error::config(Text::tr("The sign-in provider does not know Stethoscope's client ID "
                                      "%1. Check [auth] client_id or ask IT to register "
                                      "Stethoscope.")
                                 .arg(m_config.clientId),
                             detail);
    }
    if (error == QLatin1String("invalid_grant")) {
        return {Error::Category::Auth,
                refreshing ? Text::tr("Your sign-in has expired; sign in again.")
                           : Text::tr("The sign-in provider did not accept the sign-in. Please "
                                      "sign in again."),
                detail};
    }
    return m_http.httpError(response,
                            refreshing ? Text::tr("renewing the sign-in")
                                       : Text::tr("completing the sign-in"));
}

QFuture<Result<bool>> OidcClient::revoke(const QByteArray &refreshToken)
{
    auto promise = std::make_shared<QPromise<Result<bool>>>();
    promise->start();
    const auto future = promise->future();
    discover([this, promise, refreshToken](Result<Discovery> discovery) {
        if (!discovery)
            return deliver(promise, Result<bool>(discovery.error()));
        if (discovery->revocationEndpoint.isEmpty())
            return deliver(promise, Result<bool>(false)); // nothing to do, and no failure
        // RFC 7009 §2.1.
        const HttpRequest request
            = formPost(discovery->revocationEndpoint,
                       {{QStringLiteral("token"), QString::fromLatin1(refreshToken)},
                        {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                        {QStringLiteral("client_id"), m_config.clientId}},
                       Text::tr("signing out"));
        Net::whenDone(
            m_http.send(request), &m_http, this,
            [this, promise](const Result<HttpResponse> &answer) {
                if (!answer)
                    return deliver(promise, Result<bool>(answer.error()));
                if (answer->isSuccess())
                    return deliver(promise, Result<bool>(true));
                // Only an unknown client is worth its own words; the rest is a plain HTTP failure.
                const Error error = tokenError(*answer, true);
                deliver(promise,
                        Result<bool>(error.category == Error::Category::Config
                                         ? error
                                         : m_http.httpError(*answer, Text::tr("signing out"))));
            });
    });
    return future;
}

} // namespace Stethoscope::Sources::Oidc
