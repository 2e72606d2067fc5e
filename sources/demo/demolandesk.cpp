#include "demolandesk.h"

namespace Stethoscope::Sources::Demo {

// Placeholder until the LANDESK demo lands: every request is answered 501.
DemoLandesk::DemoLandesk(SampleFleet fleet)
    : m_fleet(std::move(fleet))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

DemoResponse DemoLandesk::handle(const DemoRequest &)
{
    return {501, {}, QByteArrayLiteral("not implemented")};
}

void DemoLandesk::setGetBindingEnabled(bool enabled)
{
    m_getBinding = enabled;
}

void DemoLandesk::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

} // namespace Stethoscope::Sources::Demo
