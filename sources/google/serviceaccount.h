#pragma once

#include "error.h"

#include "net/tokenprovider.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Stethoscope::Sources::Google {

// A Google service-account key file (JSON, as the Cloud console downloads it).
struct ServiceAccountKey
{
    QString clientEmail;
    QByteArray privateKeyPem; // PKCS#8 PEM
    QString privateKeyId;
    QUrl tokenUri;

    static Core::Result<ServiceAccountKey> fromJson(QByteArrayView json);
};

// The read-only scopes the source needs.
QStringList deviceReadScopes();

// Service-account auth with domain-wide delegation: an RS256-signed JWT (iss = the service
// account, sub = the admin subject, scope, aud = token_uri, iat, exp ≤ 1 h) exchanged at the
// token URI for an access token (grant type urn:ietf:params:oauth:grant-type:jwt-bearer).
class GoogleServiceAccount final : public Net::CachingTokenProvider
{
    Q_OBJECT

public:
    GoogleServiceAccount(Net::HttpClient &http, const Core::Clock &clock, ServiceAccountKey key,
                         QString subject, QStringList scopes = deviceReadScopes(),
                         QObject *parent = nullptr);

protected:
    Net::HttpRequest tokenRequest() const override;
    Core::Result<Issued> readToken(const Net::HttpResponse &response) const override;
    QString credentialsRejected() const override;

private:
    ServiceAccountKey m_key;
    QString m_subject;
    QStringList m_scopes;
};

} // namespace Stethoscope::Sources::Google
