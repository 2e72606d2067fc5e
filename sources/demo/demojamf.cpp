#include "demojamf.h"

namespace Stethoscope::Sources::Demo {

// Placeholder until the Jamf demo lands: every request is answered 501.
DemoJamf::DemoJamf(SampleFleet fleet)
    : m_fleet(std::move(fleet))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

DemoResponse DemoJamf::handle(const DemoRequest &)
{
    return DemoResponse::json(501, QByteArrayLiteral("{\"error\":\"not implemented\"}"));
}

void DemoJamf::setTokenLifetime(int seconds)
{
    m_tokenLifetime = seconds;
}

void DemoJamf::expireAllTokens()
{
    m_tokens.clear();
}

void DemoJamf::setComputersV3Available(bool available)
{
    m_v3 = available;
}

void DemoJamf::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

} // namespace Stethoscope::Sources::Demo
