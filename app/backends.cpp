#include "backends.h"

#include "jamf/jamfsource.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace Stethoscope::App {

using Core::Error;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backends)
};

// Until sign-in exists, auth = sso has no employee token to give.
class NoEmployeeToken final : public Sources::Net::EmployeeTokenSource
{
public:
    QFuture<Core::Result<QByteArray>> employeeToken(bool) override
    {
        return QtFuture::makeReadyFuture(Core::Result<QByteArray>(
            Error {Error::Category::Auth,
                   Text::tr("Sign in to use a backend configured with auth = sso."),
                   {}}));
    }
};

} // namespace

QByteArray EnvironmentSecrets::secret(const QString &name) const
{
    const QByteArray variable = "STETHOSCOPE_" + name.toUpper().toLatin1() + "_SECRET";
    return qgetenv(variable.constData());
}

Backends::~Backends() = default;

Core::Result<std::unique_ptr<Backends>>
Backends::create(const AppSettings &settings, const SecretStore &secrets,
                 QNetworkAccessManager &network, const Core::Clock &clock,
                 Sources::Net::EmployeeTokenSource *employee)
{
    std::unique_ptr<Backends> backends(new Backends);
    auto tls = Sources::Net::HttpClient::tlsWithExtraCa(settings.caFile());
    if (!tls)
        return tls.error();

    const auto jamf = settings.jamf();
    if (!jamf)
        return jamf.error();
    if (!jamf->enabled) {
        backends->m_disabled.append(QStringLiteral("jamf"));
    } else {
        if (const auto problem
            = Sources::Net::HttpClient::checkUrl(jamf->url, QStringLiteral("Jamf")))
            return *problem;
        auto http = std::make_unique<Sources::Net::HttpClient>(
            network, Sources::Net::BackendLimits {QStringLiteral("Jamf"), 5}, *tls);
        std::unique_ptr<Sources::Net::TokenProvider> tokens;
        const QByteArray secret = secrets.secret(QStringLiteral("jamf"));
        if (jamf->auth != JamfAuth::Sso && secret.isEmpty()) {
            return Error::config(Text::tr("No Jamf secret is stored. Set STETHOSCOPE_JAMF_SECRET "
                                          "to the API client secret or account password."));
        }
        switch (jamf->auth) {
        case JamfAuth::ClientCredentials:
            tokens = std::make_unique<Sources::Net::JamfClientCredentials>(*http, clock, jamf->url,
                                                                           jamf->clientId, secret);
            break;
        case JamfAuth::Password:
            tokens = std::make_unique<Sources::Net::JamfUserAccount>(*http, clock, jamf->url,
                                                                     jamf->username, secret);
            break;
        case JamfAuth::Sso:
            if (!employee) {
                backends->m_noEmployee = std::make_unique<NoEmployeeToken>();
                employee = backends->m_noEmployee.get();
            }
            tokens = std::make_unique<Sources::Net::SsoTokenProvider>(*employee);
            break;
        }
        Sources::Jamf::JamfConfig config;
        config.server = jamf->url;
        config.pageSize = jamf->pageSize;
        auto source = std::make_unique<Sources::Jamf::JamfSource>(*http, *tokens, config, clock);
        backends->m_sources.append(source.get());
        backends->m_sourceObjects.push_back(std::move(source));
        backends->m_tokens.push_back(std::move(tokens));
        backends->m_clients.push_back(std::move(http));
    }
    // LANDESK and Google arrive with their own sources.
    backends->m_disabled.append(QStringLiteral("landesk"));
    backends->m_disabled.append(QStringLiteral("google"));
    return backends;
}

QList<Core::Source *> Backends::sources() const
{
    return m_sources;
}

void Backends::release()
{
    for (const auto &tokens : m_tokens)
        tokens->release();
}

} // namespace Stethoscope::App
