#pragma once

#include "demohttpserver.h"
#include "demojamf.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Stethoscope::Sources::Demo {

// The demo company's backends, running in this process on ephemeral loopback ports: what
// `stethoscope --demo`, the integration tests and the benchmarks talk to.
class DemoBackends : public QObject
{
    Q_OBJECT

public:
    explicit DemoBackends(SampleFleet fleet = SampleFleet::builtin(), QObject *parent = nullptr);
    ~DemoBackends() override;

    bool start();

    QUrl jamfUrl() const { return m_jamfServer.url(); }
    QString jamfClientId() const { return QString::fromLatin1(DemoJamf::clientId); }
    // The demo backends' secrets by backend name ("jamf"); they protect nothing real.
    static QByteArray secret(const QString &backend);

    DemoHttpServer &jamfServer() { return m_jamfServer; }
    DemoJamf &jamf() { return *m_jamf; }

private:
    DemoHttpServer m_jamfServer;
    std::unique_ptr<DemoJamf> m_jamf;
};

} // namespace Stethoscope::Sources::Demo
