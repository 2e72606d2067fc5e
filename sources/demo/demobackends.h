#pragma once

#include "demofeedback.h"
#include "demogoogle.h"
#include "demohttpserver.h"
#include "demojamf.h"
#include "demolandesk.h"
#include "demooidc.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Stethoscope::Sources::Demo {

// The demo company's backends, each on its own ephemeral loopback port in this process: what
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
    QUrl googleUrl() const { return m_googleServer.url(); }
    QString googleSubject() const { return QString::fromLatin1(DemoGoogle::adminSubject); }
    // The MBSDK endpoint, …/MBSDKService/MsgSDK.asmx.
    QUrl landeskUrl() const;
    // DOMAIN\user, as IT would configure it.
    QString landeskUser() const;

    // The demo company's OpenID Connect provider (for auth = sso and --sign-in).
    QUrl oidcIssuer() const { return m_oidcServer.url(); }
    QString oidcClientId() const { return QString::fromLatin1(DemoOidc::clientId); }

    // The demo company's feedback webhook, …/feedback (where "not mine" reports go).
    QUrl feedbackUrl() const;

    // The demo backends' secrets by backend name ("jamf", "google" (the service-account key
    // file), "landesk"). They protect nothing real.
    QByteArray secret(const QString &backend) const;

    DemoHttpServer &jamfServer() { return m_jamfServer; }
    DemoJamf &jamf() { return *m_jamf; }
    DemoHttpServer &googleServer() { return m_googleServer; }
    DemoGoogle &google() { return *m_google; }
    DemoHttpServer &landeskServer() { return m_landeskServer; }
    DemoLandesk &landesk() { return *m_landesk; }
    DemoHttpServer &oidcServer() { return m_oidcServer; }
    DemoOidc &oidc() { return *m_oidc; }
    DemoHttpServer &feedbackServer() { return m_feedbackServer; }
    DemoFeedback &feedback() { return *m_feedback; }

private:
    DemoHttpServer m_jamfServer;
    DemoHttpServer m_googleServer;
    DemoHttpServer m_landeskServer;
    DemoHttpServer m_oidcServer;
    DemoHttpServer m_feedbackServer;
    std::unique_ptr<DemoJamf> m_jamf;
    std::unique_ptr<DemoGoogle> m_google;
    std::unique_ptr<DemoLandesk> m_landesk;
    std::unique_ptr<DemoOidc> m_oidc;
    std::unique_ptr<DemoFeedback> m_feedback;
};

} // namespace Stethoscope::Sources::Demo
