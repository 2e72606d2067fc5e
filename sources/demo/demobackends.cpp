#include "demobackends.h"

namespace Stethoscope::Sources::Demo {

DemoBackends::DemoBackends(SampleFleet fleet, QObject *parent)
    : QObject(parent)
    , m_jamf(std::make_unique<DemoJamf>(std::move(fleet)))
{
    m_jamfServer.setHandler(
        [jamf = m_jamf.get()](const DemoRequest &request) { return jamf->handle(request); });
}

DemoBackends::~DemoBackends() = default;

bool DemoBackends::start()
{
    return m_jamfServer.listen();
}

QByteArray DemoBackends::secret(const QString &backend)
{
    if (backend == u"jamf")
        return QByteArray(DemoJamf::clientSecret);
    return {};
}

} // namespace Stethoscope::Sources::Demo
