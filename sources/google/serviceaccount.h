#pragma once

#include "clock.h"
#include "error.h"

#include "net/httpclient.h"
#include "net/tokenprovider.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Stethoscope::Sources::Google {

// A Google service-account key file (JSON, as the Cloud console downloads it).
struct ServiceAccountKey
{
    QString clientEmail;
    QString clientId; // optional; named in the domain-wide delegation advice
    QByteArray privateKeyPem; // PKCS#8 PEM
    QString privateKeyId;
    QUrl tokenUri;

    static Core::Result<ServiceAccountKey> fromJson(QByteArrayView json);
};

// The read-only scopes the source needs.
QStringList deviceReadScopes();

// An access token as the token endpoint issued it.
struct IssuedToken
{
    QByteArray token;
    QDateTime expiresAt;
};

// Reads the token endpoint's answer, turning Google's OAuth errors into advice a person can
// follow: invalid_grant (clock, subject, revoked key), unauthorized_client (domain-wide
// delegation). Pure, for the tests.
Core::Result<IssuedToken> readTokenAnswer(const Net::HttpResponse &response,
                                          const ServiceAccountKey &key, const QString &subject,
                                          const QDateTime &now);

// Service-account auth with domain-wide delegation: an RS256-signed JWT (iss = the service
// account, sub = the admin subject, scope, aud = token_uri, iat, exp = iat + 1 h) exchanged at
// the token URI for an access token (grant type urn:ietf:params:oauth:grant-type:jwt-bearer).
//
// Not a CachingTokenProvider: Google says in the body of its 400/401 *why* it refused
// (invalid_grant or unauthorized_client), and the advice differs, so this provider reads those
// answers itself. The caching follows the same rules: reused until a minute before expiry,
// dropped on `renew`, one request shared by concurrent callers.
class GoogleServiceAccount final : public Net::TokenProvider
{
    Q_OBJECT

public:
    GoogleServiceAccount(Net::HttpClient &http, const Core::Clock &clock, ServiceAccountKey key,
                         QString subject, QStringList scopes = deviceReadScopes(),
                         QObject *parent = nullptr);
    ~GoogleServiceAccount() override;

    QFuture<Core::Result<QByteArray>> token(bool renew = false) override;

    // The signed assertion for a token request at `now` (for the tests).
    Core::Result<QByteArray> assertion(const QDateTime &now) const;

private:
    void finish(const Core::Result<QByteArray> &outcome);

    Net::HttpClient &m_http;
    const Core::Clock &m_clock;
    ServiceAccountKey m_key;
    QString m_subject;
    QStringList m_scopes;
    std::optional<IssuedToken> m_cached;
    // Each waiter has its own promise: a Qt 6.4 QFuture takes only one continuation.
    QList<std::shared_ptr<QPromise<Core::Result<QByteArray>>>> m_waiters;
};

} // namespace Stethoscope::Sources::Google
