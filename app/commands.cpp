#include "commands.h"

#include "browser.h"
#include "employeesession.h"
#include "evaluator.h"
#include "policy.h"
#include "practicecatalog.h"
#include "statusservice.h"
#include "textreport.h"

#include "oidc/oidcclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace Stethoscope::App {

using Core::Error;
using Core::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

const QStringList backendNames {QStringLiteral("jamf"), QStringLiteral("google"),
                                QStringLiteral("landesk")};

Result<Core::Policy> loadPolicy(const QString &path)
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

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

struct Command::Parts
{
    std::unique_ptr<Sources::Net::HttpClient> oidcHttp;
    std::unique_ptr<Sources::Oidc::OidcClient> oidc;
    std::unique_ptr<EmployeeSession> session;
    std::unique_ptr<EnvironmentSecrets> secrets;
    std::unique_ptr<Backends> backends;
    Core::PracticeCatalog catalog = Core::PracticeCatalog::builtin();
    std::unique_ptr<Core::Evaluator> evaluator;
    std::unique_ptr<Core::StatusService> status;
};

Command::Command(CommandContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , d(std::make_unique<Parts>())
{ }

Command::~Command()
{
    // The status service and sources go before the backends' clients they use.
    d->status.reset();
    d->backends.reset();
}

void Command::finish(int code)
{
    out().flush();
    err().flush();
    QCoreApplication::exit(code);
}

void Command::fail(const Error &error, int code)
{
    err() << error.message << Qt::endl;
    finish(code);
}

bool Command::prepareSignIn()
{
    AppSettings &settings = m_context.settings;
    const auto mode
        = settings.choice(Keys::authMode, {QStringLiteral("none"), QStringLiteral("oidc")});
    if (!mode) {
        fail(mode.error(), ConfigError);
        return false;
    }
    if (*mode != u"oidc") {
        fail(Error::config(Text::tr("Sign-in is off (%1 = none). Set %1 = oidc with %2 and %3.")
                               .arg(iniName(Keys::authMode), iniName(Keys::authIssuer),
                                    iniName(Keys::authClientId))),
             ConfigError);
        return false;
    }
    const auto issuer
        = settings.url(Keys::authIssuer, QStringLiteral("https://login.example.com/realms/staff"));
    if (!issuer) {
        fail(issuer.error(), ConfigError);
        return false;
    }
    if (settings.text(Keys::authClientId).isEmpty()) {
        fail(Error::config(Text::tr("%1 is needed to sign in.").arg(iniName(Keys::authClientId))),
             ConfigError);
        return false;
    }
    Sources::Oidc::OidcConfig config;
    config.issuer = *issuer;
    config.clientId = settings.text(Keys::authClientId);
    config.scopes = settings.text(Keys::authScopes)
                        .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    auto tls = Sources::Net::HttpClient::tlsWithExtraCa(settings.caFile());
    if (!tls) {
        fail(tls.error(), ConfigError);
        return false;
    }
    d->oidcHttp = std::make_unique<Sources::Net::HttpClient>(
        m_context.network, Sources::Net::BackendLimits {Text::tr("The sign-in provider"), 2}, *tls);
    d->oidc = std::make_unique<Sources::Oidc::OidcClient>(*d->oidcHttp, m_context.clock, config);
    d->session = std::make_unique<EmployeeSession>(*d->oidc, m_context.keychain, m_context.clock);
    return true;
}

void Command::signIn()
{
    if (!prepareSignIn())
        return;
    err() << Text::tr("Opening the browser to sign in…") << Qt::endl;
    d->session->signIn(&openInBrowser).then(this, [this](const Result<QString> &email) {
        if (!email) {
            fail(email.error(), SignInNeeded);
            return;
        }
        out() << Text::tr("Signed in as %1.").arg(*email) << Qt::endl;
        finish(Success);
    });
}

void Command::signOut()
{
    if (!prepareSignIn())
        return;
    d->session->signOut().then(this, [this](const Result<bool> &done) {
        if (!done) {
            fail(done.error(), ConfigError);
            return;
        }
        out() << Text::tr("Signed out.") << Qt::endl;
        finish(Success);
    });
}

void Command::setSecret(const QString &name)
{
    if (!backendNames.contains(name)) {
        fail(Error::config(Text::tr("--set-secret takes one of %1, not \"%2\".")
                               .arg(backendNames.join(QStringLiteral(", ")), name)),
             ConfigError);
        return;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        fail(Error::config(Text::tr("Standard input cannot be read.")), ConfigError);
        return;
    }
    QByteArray secret = input.readAll();
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        fail(Error::config(Text::tr("No secret arrived on standard input; nothing was stored.")),
             ConfigError);
        return;
    }
    m_context.keychain.write(QStringLiteral("backend/") + name, secret)
        .then(this, [this, name](const Result<bool> &written) {
            if (!written) {
                fail(written.error(), ConfigError);
                return;
            }
            out() << Text::tr("Stored the %1 secret in the keychain.").arg(name) << Qt::endl;
            finish(Success);
        });
}

void Command::report(const QString &format)
{
    AppSettings &settings = m_context.settings;
    auto policy = loadPolicy(settings.policyFile());
    if (!policy) {
        fail(policy.error(), ConfigError);
        return;
    }
    policy->extendCatalog(d->catalog);
    d->evaluator = std::make_unique<Core::Evaluator>(d->catalog, *policy);

    const auto withSecrets = [this, format] {
        if (m_context.demoSecrets) {
            runReport(format, *m_context.demoSecrets);
        } else if (!needsKeychain(m_context.settings)) {
            d->secrets = std::make_unique<EnvironmentSecrets>();
            runReport(format, *d->secrets);
        } else {
            readBackendSecrets(m_context.keychain)
                .then(this, [this, format](const QHash<QString, QByteArray> &stored) {
                    d->secrets = std::make_unique<EnvironmentSecrets>(stored);
                    runReport(format, *d->secrets);
                });
        }
    };

    const auto mode
        = settings.choice(Keys::authMode, {QStringLiteral("none"), QStringLiteral("oidc")});
    if (!mode) {
        fail(mode.error(), ConfigError);
        return;
    }
    if (*mode == u"none") {
        withSecrets();
        return;
    }
    // Signed in: the identity is the verified e-mail of the session, silently renewed.
    if (!prepareSignIn())
        return;
    d->session->restore().then(this, [this, withSecrets](const Result<QString> &email) {
        if (!email) {
            fail(email.error(), SignInNeeded);
            return;
        }
        if (email->isEmpty()) {
            fail(Error {Error::Category::Auth,
                        Text::tr("You are not signed in. Run stethoscope --sign-in first."),
                        {}},
                 SignInNeeded);
            return;
        }
        m_context.settings.setOverride(Keys::identityEmail, *email);
        withSecrets();
    });
}

void Command::runReport(const QString &format, const BackendSecrets &secrets)
{
    auto backends = Backends::create(m_context.settings, secrets, m_context.network,
                                     m_context.clock, d->session.get());
    if (!backends) {
        fail(backends.error(), ConfigError);
        return;
    }
    d->backends = std::move(backends).value();
    if (d->backends->sources().isEmpty()) {
        fail(Error::config(Text::tr("No backend is configured. Give a configuration with "
                                    "--config, or run with --demo to see the demo company.")),
             ConfigError);
        return;
    }
    d->status = std::make_unique<Core::StatusService>(*d->evaluator, m_context.clock);
    d->status->setSources(d->backends->sources(), d->backends->disabled());
    d->status->setUser(m_context.settings.email());
    connect(d->status.get(), &Core::StatusService::refreshed, this,
            [this, format](const Core::Snapshot &snapshot) {
                if (format == u"json")
                    out() << QString::fromUtf8(snapshot.toJson());
                else
                    out() << renderTextReport(snapshot, d->catalog, m_context.clock.now());
                const auto &results = d->status->lastResults();
                const bool anyAnswered
                    = std::any_of(results.begin(), results.end(),
                                  [](const auto &result) { return result.records.hasValue(); });
                d->backends->release();
                finish(anyAnswered ? Success : AllSourcesFailed);
            });
    d->status->refresh();
}

} // namespace Stethoscope::App
