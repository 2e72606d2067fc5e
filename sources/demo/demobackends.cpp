#include "demobackends.h"

namespace Stethoscope::Sources::Demo {

DemoBackends::DemoBackends(SampleFleet fleet, QObject *parent)
    : QObject(parent)
    , m_jamf(std::make_unique<DemoJamf>(fleet))
    , m_google(std::make_unique<DemoGoogle>(fleet))
    , m_landesk(std::make_unique<DemoLandesk>(std::move(fleet)))
    , m_oidc(std::make_unique<DemoOidc>())
    , m_feedback(std::make_unique<DemoFeedback>())
{
    m_oidcServer.setHandler(
        [oidc = m_oidc.get()](const DemoRequest &request) { return oidc->handle(request); });
    m_jamfServer.setHandler(
        [jamf = m_jamf.get()](const DemoRequest &request) { return jamf->handle(request); });
    m_googleServer.setHandler(
        [google = m_google.get()](const DemoRequest &request) { return google->handle(request); });
    m_landeskServer.setHandler([landesk = m_landesk.get()](const DemoRequest &request) {
        return landesk->handle(request);
    });
    m_feedbackServer.setHandler([feedback = m_feedback.get()](const DemoRequest &request) {
        return feedback->handle(request);
    });
}

DemoBackends::~DemoBackends() = default;

bool DemoBackends::start()
{
    if (!m_jamfServer.listen() || !m_googleServer.listen() || !m_landeskServer.listen()
        || !m_oidcServer.listen() || !m_feedbackServer.listen()) {
        return false;
    }
    m_oidc->setIssuer(m_oidcServer.url());
    return true;
}

QUrl DemoBackends::landeskUrl() const
{
    QUrl url = m_landeskServer.url();
    url.setPath(QStringLiteral("/MBSDKService/MsgSDK.asmx"));
    return url;
}

QUrl DemoBackends::feedbackUrl() const
{
    QUrl url = m_feedbackServer.url();
    url.setPath(QStringLiteral("/feedback"));
    return url;
}

QString DemoBackends::landeskUser() const
{
    return QString::fromLatin1(DemoLandesk::domain) + u'\\'
        + QString::fromLatin1(DemoLandesk::username);
}

QByteArray DemoBackends::secret(const QString &backend) const
{
    if (backend == u"jamf")
        return QByteArray(DemoJamf::clientSecret);
    if (backend == u"google") {
        QUrl tokenUri = m_googleServer.url();
        tokenUri.setPath(QStringLiteral("/token"));
        return DemoGoogle::serviceAccountJson(tokenUri);
    }
    if (backend == u"landesk")
        return QByteArray(DemoLandesk::password);
    return {};
}

} // namespace Stethoscope::Sources::Demo
