#include "demooidc.h"

namespace Stethoscope::Sources::Demo {

// Placeholder until the demo provider lands: every request is answered 501.
DemoOidc::DemoOidc(QString email)
    : m_email(std::move(email))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

DemoResponse DemoOidc::handle(const DemoRequest &)
{
    return DemoResponse::json(501, QByteArrayLiteral("{\"error\":\"not implemented\"}"));
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

void DemoOidc::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

} // namespace Stethoscope::Sources::Demo
