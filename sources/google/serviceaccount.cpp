#include "serviceaccount.h"

namespace Stethoscope::Sources::Google {

// Placeholder until service-account auth lands.
Core::Result<ServiceAccountKey> ServiceAccountKey::fromJson(QByteArrayView)
{
    return Core::Error::config(QStringLiteral("Service-account keys are not supported yet."));
}

QStringList deviceReadScopes()
{
    return {};
}

GoogleServiceAccount::GoogleServiceAccount(Net::HttpClient &http, const Core::Clock &clock,
                                           ServiceAccountKey key, QString subject,
                                           QStringList scopes, QObject *parent)
    : CachingTokenProvider(http, clock, parent)
    , m_key(std::move(key))
    , m_subject(std::move(subject))
    , m_scopes(std::move(scopes))
{ }

Net::HttpRequest GoogleServiceAccount::tokenRequest() const
{
    return {};
}

Core::Result<Net::CachingTokenProvider::Issued>
GoogleServiceAccount::readToken(const Net::HttpResponse &) const
{
    return Core::Error::parse(QStringLiteral("Not available."));
}

QString GoogleServiceAccount::credentialsRejected() const
{
    return QStringLiteral("Google rejected the service account.");
}

} // namespace Stethoscope::Sources::Google
