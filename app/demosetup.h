#pragma once

#include "appsettings.h"
#include "backends.h"

#include "demo/demobackends.h"

namespace Stethoscope::App {

// Secrets of the demo company's backends, which run inside this process.
class DemoSecrets final : public BackendSecrets
{
public:
    explicit DemoSecrets(const Sources::Demo::DemoBackends &demo)
        : m_demo(demo)
    { }
    QByteArray secret(const QString &name) const override { return m_demo.secret(name); }

private:
    const Sources::Demo::DemoBackends &m_demo;
};

// Points every backend at the demo company's (stethoscope --demo).
void useDemoBackends(AppSettings &settings, const Sources::Demo::DemoBackends &demo);

} // namespace Stethoscope::App
