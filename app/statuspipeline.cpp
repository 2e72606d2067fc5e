#include "statuspipeline.h"

#include "employeesession.h"
#include "evaluator.h"
#include "policy.h"
#include "statusservice.h"

#include "oidc/oidcclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace Stethoscope::App {

using Core::Error;
using Core::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatusPipeline)
};

Result<Core::Policy> readPolicy(const QString &path)
{
    if (path.isEmpty())
        return Core::Policy::builtin();
    QFile policyFile(path);
    if (!policyFile.open(QIODevice::ReadOnly)) {
        return Error::config(
            Text::tr("Cannot read the policy file %1: %2").arg(path, policyFile.errorString()));
    }
    return Core::Policy::fromJson(policyFile.readAll());
}

// Whether an enabled backend needs a secret the environment does not hold, so that the
// keychain must be asked (and is not disturbed otherwise).
bool needsKeychain(const AppSettings &settings)
{
    const auto environment = QProcessEnvironment::systemEnvironment();
    const auto missing = [&](const QString &name) {
        return environment.value(QStringLiteral("STETHOSCOPE_%1_SECRET").arg(name.toUpper()))
            .isEmpty();
    };
    const auto enabled = [&](const SettingKey &key) {
        const auto on = settings.flag(key);
        return on && *on;
    };
    return (enabled(Keys::jamfEnabled) && settings.text(Keys::jamfAuth) != u"sso"
            && missing(QStringLiteral("jamf")))
        || (enabled(Keys::googleEnabled) && settings.text(Keys::googleAuth) != u"sso"
            && settings.text(Keys::googleServiceAccountFile).isEmpty()
            && missing(QStringLiteral("google")))
        || (enabled(Keys::landeskEnabled) && settings.text(Keys::landeskAuth) != u"sso"
            && missing(QStringLiteral("landesk")));
}

} // namespace

struct StatusPipeline::Parts
{
    std::unique_ptr<Core::Evaluator> evaluator;
    std::unique_ptr<Sources::Net::HttpClient> oidcHttp;
    std::unique_ptr<Sources::Oidc::OidcClient> oidc;
    std::unique_ptr<EmployeeSession> session;
    std::unique_ptr<EnvironmentSecrets> secrets;
    std::unique_ptr<Backends> backends;
    std::unique_ptr<Core::StatusService> status;
};

StatusPipeline::StatusPipeline(CommandContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , d(std::make_unique<Parts>())
{ }

StatusPipeline::~StatusPipeline()
{
    // The status service and sources go before the backends' clients they use.
    d->status.reset();
    d->backends.reset();
}

EmployeeSession *StatusPipeline::session() const
{
    return d->session.get();
}
Backends *StatusPipeline::backends() const
{
    return d->backends.get();
}
Core::StatusService *StatusPipeline::status() const
{
    return d->status.get();
}

std::optional<Error> StatusPipeline::loadPolicy()
{
    auto policy = readPolicy(m_context.settings.policyFile());
    if (!policy)
        return policy.error();
    policy->extendCatalog(m_catalog);
    d->evaluator = std::make_unique<Core::Evaluator>(m_catalog, *policy);
    return std::nullopt;
}

Result<bool> StatusPipeline::signInEnabled() const
{
    const auto mode = m_context.settings.choice(Keys::authMode,
                                                {QStringLiteral("none"), QStringLiteral("oidc")});
    if (!mode)
        return mode.error();
    return *mode == u"oidc";
}

std::optional<Error> StatusPipeline::prepareSignIn()
{
    const AppSettings &settings = m_context.settings;
    const auto enabled = signInEnabled();
    if (!enabled)
        return enabled.error();
    if (!*enabled) {
        return Error::config(Text::tr("Sign-in is off (%1 = none). Set %1 = oidc with %2 and %3.")
                                 .arg(iniName(Keys::authMode), iniName(Keys::authIssuer),
                                      iniName(Keys::authClientId)));
    }
    const auto issuer
        = settings.url(Keys::authIssuer, QStringLiteral("https://login.example.com/realms/staff"));
    if (!issuer)
        return issuer.error();
    if (settings.text(Keys::authClientId).isEmpty())
        return Error::config(Text::tr("%1 is needed to sign in.").arg(iniName(Keys::authClientId)));
    Sources::Oidc::OidcConfig config;
    config.issuer = *issuer;
    config.clientId = settings.text(Keys::authClientId);
    config.scopes = settings.text(Keys::authScopes)
                        .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    auto tls = Sources::Net::HttpClient::tlsWithExtraCa(settings.caFile());
    if (!tls)
        return tls.error();
    d->oidcHttp = std::make_unique<Sources::Net::HttpClient>(
        m_context.network, Sources::Net::BackendLimits {Text::tr("The sign-in provider"), 2}, *tls);
    d->oidc = std::make_unique<Sources::Oidc::OidcClient>(*d->oidcHttp, m_context.clock, config);
    d->session = std::make_unique<EmployeeSession>(*d->oidc, m_context.keychain, m_context.clock);
    return std::nullopt;
}

void StatusPipeline::buildBackends(std::function<void(std::optional<Error>)> done)
{
    if (m_context.demoSecrets) {
        done(createBackends(*m_context.demoSecrets));
    } else if (!needsKeychain(m_context.settings)) {
        d->secrets = std::make_unique<EnvironmentSecrets>();
        done(createBackends(*d->secrets));
    } else {
        readBackendSecrets(m_context.keychain)
            .then(this, [this, done](const QHash<QString, QByteArray> &stored) {
                d->secrets = std::make_unique<EnvironmentSecrets>(stored);
                done(createBackends(*d->secrets));
            });
    }
}

std::optional<Error> StatusPipeline::createBackends(const BackendSecrets &secrets)
{
    if (!d->evaluator) {
        if (auto error = loadPolicy())
            return error;
    }
    auto backends = Backends::create(m_context.settings, secrets, m_context.network,
                                     m_context.clock, d->session.get());
    if (!backends)
        return backends.error();
    d->status.reset();
    d->backends = std::move(backends).value();
    d->status = std::make_unique<Core::StatusService>(*d->evaluator, m_context.clock);
    d->status->setSources(d->backends->sources(), d->backends->disabled());
    d->status->setUser(m_context.settings.email());
    return std::nullopt;
}

} // namespace Stethoscope::App
