#include "demogoogle.h"

namespace Stethoscope::Sources::Demo {

// Placeholder until the Google demo lands: every request is answered 501.
DemoGoogle::DemoGoogle(SampleFleet fleet)
    : m_fleet(std::move(fleet))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

DemoResponse DemoGoogle::handle(const DemoRequest &)
{
    return DemoResponse::json(501, QByteArrayLiteral("{\"error\":\"not implemented\"}"));
}

QByteArray DemoGoogle::serviceAccountJson(const QUrl &)
{
    return {};
}

void DemoGoogle::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void DemoGoogle::setPageSize(int maxResults)
{
    m_maxPage = maxResults;
}

} // namespace Stethoscope::Sources::Demo
