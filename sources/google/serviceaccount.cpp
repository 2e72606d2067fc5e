#include "serviceaccount.h"

#include "jwt.h"

#include "net/whendone.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcGoogleAuth, "stethoscope.sources.google.auth", QtWarningMsg)

namespace Stethoscope::Sources::Google {

using Core::Error;
using Core::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GoogleServiceAccount)
};

// A token is renewed this long before it expires, so that it does not expire in flight.
constexpr qint64 renewMarginSeconds = 60;
// Google accepts assertions valid for at most an hour.
constexpr qint64 assertionLifetimeSeconds = 3600;

Error keyFileError(const QString &problem)
{
    return Error::config(Text::tr("The Google service-account key file %1. Download a new JSON "
                                  "key for the service account in the Google Cloud console.")
                             .arg(problem));
}

QString googleSaid(const QString &description)
{
    // Google's descriptions are short and carry no secret; cap them all the same.
    return description.left(200);
}

} // namespace

Result<ServiceAccountKey> ServiceAccountKey::fromJson(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return keyFileError(Text::tr("is not JSON"));
    const QJsonObject object = document.object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (!type.isEmpty() && type != u"service_account") {
        return keyFileError(
            Text::tr("is of type \"%1\", not \"service_account\" (an OAuth client file will not "
                     "do)")
                .arg(type.left(40)));
    }
    ServiceAccountKey key;
    for (const char *name : {"client_email", "private_key", "private_key_id", "token_uri"}) {
        if (object.value(QLatin1String(name)).toString().trimmed().isEmpty())
            return keyFileError(Text::tr("has no \"%1\"").arg(QLatin1String(name)));
    }
    key.clientEmail = object.value(QStringLiteral("client_email")).toString().trimmed();
    key.clientId = object.value(QStringLiteral("client_id")).toString().trimmed();
    key.privateKeyId = object.value(QStringLiteral("private_key_id")).toString().trimmed();
    key.privateKeyPem = object.value(QStringLiteral("private_key")).toString().toUtf8();
    key.tokenUri
        = QUrl(object.value(QStringLiteral("token_uri")).toString().trimmed(), QUrl::StrictMode);
    if (!key.tokenUri.isValid() || key.tokenUri.isRelative())
        return keyFileError(Text::tr("has a \"token_uri\" that is not a URL"));
    if (!Jwt::isRsaPrivateKey(key.privateKeyPem))
        return keyFileError(Text::tr("has a \"private_key\" that is not a PKCS#8 RSA key"));
    return key;
}

QStringList deviceReadScopes()
{
    return {
        QStringLiteral("https://www.googleapis.com/auth/admin.directory.device.mobile.readonly"),
        QStringLiteral("https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly")};
}

Result<IssuedToken> readTokenAnswer(const Net::HttpResponse &response, const ServiceAccountKey &key,
                                    const QString &subject, const QDateTime &now)
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (response.isSuccess()) {
        const QString token = body.value(QStringLiteral("access_token")).toString();
        const qint64 lifetime = body.value(QStringLiteral("expires_in")).toInteger(-1);
        if (token.isEmpty() || lifetime <= 0) {
            return Error::parse(
                Text::tr("Google sent a token answer without a token or lifetime."));
        }
        return IssuedToken {token.toUtf8(), now.addSecs(lifetime)};
    }

    const QString code = body.value(QStringLiteral("error")).toString();
    const QString description
        = googleSaid(body.value(QStringLiteral("error_description")).toString());
    const QString detail
        = QStringLiteral("HTTP %1 %2: %3").arg(response.status).arg(code, description);
    QString message;
    if (code == u"invalid_grant" && description.contains(u"Invalid JWT Signature")) {
        message = Text::tr("Google does not accept the signature of service-account key %1 "
                           "(invalid_grant: %2). The key was probably deleted or replaced in the "
                           "Google Cloud console; create a new JSON key for %3 and use that file.")
                      .arg(key.privateKeyId, description, key.clientEmail);
    } else if (code == u"invalid_grant") {
        message = Text::tr("Google refused the service-account sign-in (invalid_grant: %1). Check "
                           "that this computer's clock is right, that the admin subject %2 is an "
                           "existing administrator of the domain, and that key %3 of %4 has not "
                           "been deleted.")
                      .arg(description, subject, key.privateKeyId, key.clientEmail);
    } else if (code == u"unauthorized_client") {
        message
            = Text::tr("Google does not let %1 act for %2 with the device scopes "
                       "(unauthorized_client). In the Google Admin console, under Security › "
                       "API controls › Domain-wide delegation, allow client ID %3 the scopes "
                       "%4.")
                  .arg(key.clientEmail, subject,
                       key.clientId.isEmpty() ? Text::tr("of the service account") : key.clientId,
                       deviceReadScopes().join(u','));
    } else {
        message = Text::tr("Google rejected the service account %1 (%2). Check the key file and "
                           "that the service account still exists.")
                      .arg(key.clientEmail,
                           code.isEmpty() ? QString::number(response.status) : code.left(40));
    }
    return Error {Error::Category::Auth, message, detail};
}

GoogleServiceAccount::GoogleServiceAccount(Net::HttpClient &http, const Core::Clock &clock,
                                           ServiceAccountKey key, QString subject,
                                           QStringList scopes, QObject *parent)
    : TokenProvider(parent)
    , m_http(http)
    , m_clock(clock)
    , m_key(std::move(key))
    , m_subject(std::move(subject))
    , m_scopes(std::move(scopes))
{ }

GoogleServiceAccount::~GoogleServiceAccount()
{
    // Our copy of the key does not outlive us in freed memory.
    if (m_key.privateKeyPem.isDetached())
        OPENSSL_cleanse(m_key.privateKeyPem.data(), size_t(m_key.privateKeyPem.size()));
}

Result<QByteArray> GoogleServiceAccount::assertion(const QDateTime &now) const
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    const QJsonObject header {{QStringLiteral("kid"), m_key.privateKeyId}};
    const QJsonObject claims {
        {QStringLiteral("iss"), m_key.clientEmail},
        {QStringLiteral("sub"), m_subject},
        {QStringLiteral("scope"), m_scopes.join(u' ')},
        {QStringLiteral("aud"), m_key.tokenUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + assertionLifetimeSeconds},
    };
    return Jwt::signRs256(header, claims, m_key.privateKeyPem);
}

QFuture<Result<QByteArray>> GoogleServiceAccount::token(bool renew)
{
    const QDateTime now = m_clock.now();
    if (!renew && m_cached && now.secsTo(m_cached->expiresAt) > renewMarginSeconds)
        return QtFuture::makeReadyFuture(Result<QByteArray>(m_cached->token));
    if (renew)
        m_cached.reset(); // Google refused it

    auto waiter = std::make_shared<QPromise<Result<QByteArray>>>();
    waiter->start();
    const QFuture<Result<QByteArray>> future = waiter->future();
    m_waiters.append(waiter);
    if (m_waiters.size() > 1)
        return future; // a request is in flight; its answer is shared

    const Result<QByteArray> jwt = assertion(now);
    if (!jwt) {
        finish(jwt.error());
        return future;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    form.addQueryItem(QStringLiteral("assertion"), QString::fromLatin1(*jwt));
    Net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_key.tokenUri;
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = form.toString(QUrl::FullyEncoded).toLatin1();
    request.purpose = Text::tr("the service-account token");
    const QString purpose = request.purpose;
    Net::whenDone(m_http.send(std::move(request)), &m_http, this,
                  [this, purpose](const Result<Net::HttpResponse> &answer) {
                      if (!answer) {
                          finish(answer.error());
                          return;
                      }
                      if (!answer->isSuccess() && answer->status != 400 && answer->status != 401) {
                          finish(m_http.httpError(*answer, purpose));
                          return;
                      }
                      const auto issued = readTokenAnswer(*answer, m_key, m_subject, m_clock.now());
                      if (!issued) {
                          finish(issued.error());
                          return;
                      }
                      m_cached = *issued;
                      finish(issued->token);
                  });
    return future;
}

void GoogleServiceAccount::finish(const Result<QByteArray> &outcome)
{
    if (!outcome)
        qCInfo(lcGoogleAuth) << "token:" << outcome.error().message;
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &waiting : waiters) {
        waiting->addResult(outcome);
        waiting->finish();
    }
}

} // namespace Stethoscope::Sources::Google
