#pragma once

#include "demohttpserver.h"
#include "samplefleet.h"

#include <functional>
#include <QDateTime>

namespace Stethoscope::Sources::Demo {

// The demo company's LANDESK / Ivanti EPM MBSDK web service (MsgSDK.asmx) over the sample
// fleet: the HTTP-GET binding and SOAP 1.1, XML answers, behind an NTLM handshake (a
// connection-bound challenge/response that is really verified).
class DemoLandesk
{
public:
    static constexpr auto domain = "EXAMPLE";
    static constexpr auto username = "svc-stethoscope";
    static constexpr auto password = "demo-landesk-password";

    explicit DemoLandesk(SampleFleet fleet);

    DemoResponse handle(const DemoRequest &request);

    void setGetBindingEnabled(bool enabled); // false: GET answers 500, SOAP still works
    void setClock(std::function<QDateTime()> now);

private:
    SampleFleet m_fleet;
    std::function<QDateTime()> m_now;
    bool m_getBinding = true;
};

} // namespace Stethoscope::Sources::Demo
