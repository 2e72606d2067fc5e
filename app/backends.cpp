#include "backends.h"

#include "google/googlesource.h"
#include "google/serviceaccount.h"
#include "jamf/jamfsource.h"
#include "landesk/landesksource.h"
#include "local/localsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QTimeZone>

namespace Stethoscope::App {

using Core::Error;
using Core::Result;
using namespace Sources;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backends)
};

// Until sign-in exists, auth = sso has no employee token to give.
class NoEmployeeToken final : public Net::EmployeeTokenSource
{
public:
    QFuture<Result<QByteArray>> employeeToken(bool) override
    {
        return QtFuture::makeReadyFuture(Result<QByteArray>(
            Error {Error::Category::Auth,
                   Text::tr("Sign in to use a backend configured with auth = sso."),
                   {}}));
    }
};

Error missingSecret(const QString &backend, const QString &what)
{
    //: %3 says which secret ("the API client's secret"); %2 names it for the command line.
    return Error::config(Text::tr("No %1 secret is stored: put %3 into the keychain with "
                                  "stethoscope --set-secret %2, or set STETHOSCOPE_%4_SECRET.")
                             .arg(backend, backend.toLower(), what, backend.toUpper()));
}

} // namespace

QByteArray EnvironmentSecrets::secret(const QString &name) const
{
    const QByteArray variable = "STETHOSCOPE_" + name.toUpper().toLatin1() + "_SECRET";
    const QByteArray fromEnvironment = qgetenv(variable.constData());
    return !fromEnvironment.isEmpty() ? fromEnvironment : m_fallback.value(name);
}

QFuture<QHash<QString, QByteArray>> readBackendSecrets(Net::SecretStore &keychain)
{
    struct Pending
    {
        QPromise<QHash<QString, QByteArray>> promise;
        QHash<QString, QByteArray> found;
        int waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->promise.start();
    const QStringList names {QStringLiteral("jamf"), QStringLiteral("google"),
                             QStringLiteral("landesk")};
    pending->waiting = int(names.size());
    for (const QString &name : names) {
        // No context object: the continuation only touches the shared state it owns.
        keychain.read(QStringLiteral("backend/") + name)
            .then([pending, name](const Result<std::optional<QByteArray>> &stored) {
                if (stored && stored->has_value())
                    pending->found.insert(name, **stored);
                if (--pending->waiting == 0) {
                    pending->promise.addResult(pending->found);
                    pending->promise.finish();
                }
            });
    }
    return pending->promise.future();
}

Backends::~Backends() = default;

Net::EmployeeTokenSource &Backends::employee()
{
    if (m_employee)
        return *m_employee;
    if (!m_noEmployee)
        m_noEmployee = std::make_unique<NoEmployeeToken>();
    return *m_noEmployee;
}

Net::HttpClient &Backends::addClient(Net::BackendLimits limits)
{
    m_clients.push_back(std::make_unique<Net::HttpClient>(*m_network, std::move(limits), m_tls));
    return *m_clients.back();
}

void Backends::addSource(std::unique_ptr<Net::TokenProvider> tokens,
                         std::unique_ptr<QObject> sourceObject, Core::Source *source)
{
    if (tokens)
        m_tokens.push_back(std::move(tokens));
    m_sources.append(source);
    m_sourceObjects.push_back(std::move(sourceObject));
}

std::optional<Error> Backends::addJamf(const AppSettings &settings, const BackendSecrets &secrets)
{
    const auto url = settings.url(Keys::jamfUrl, QStringLiteral("https://example.jamfcloud.com"));
    if (!url)
        return url.error();
    if (const auto problem = Net::HttpClient::checkUrl(*url, QStringLiteral("Jamf")))
        return problem;
    const auto auth = settings.choice(
        Keys::jamfAuth,
        {QStringLiteral("client-credentials"), QStringLiteral("password"), QStringLiteral("sso")});
    if (!auth)
        return auth.error();
    const auto pageSize = settings.number(Keys::jamfPageSize, 1, 2000);
    if (!pageSize)
        return pageSize.error();

    auto &http = addClient({QStringLiteral("Jamf"), 5});
    std::unique_ptr<Net::TokenProvider> tokens;
    if (*auth == u"sso") {
        tokens = std::make_unique<Net::SsoTokenProvider>(employee());
    } else {
        const QByteArray secret = secrets.secret(QStringLiteral("jamf"));
        const bool client = *auth == u"client-credentials";
        const SettingKey &who = client ? Keys::jamfClientId : Keys::jamfUsername;
        if (settings.text(who).isEmpty()) {
            return Error::config(Text::tr("%1 is needed when %2 is %3.")
                                     .arg(iniName(who), iniName(Keys::jamfAuth), *auth));
        }
        if (secret.isEmpty()) {
            return missingSecret(QStringLiteral("Jamf"),
                                 Text::tr("the API client secret or the account password"));
        }
        if (client) {
            tokens = std::make_unique<Net::JamfClientCredentials>(http, *m_clock, *url,
                                                                  settings.text(who), secret);
        } else {
            tokens = std::make_unique<Net::JamfUserAccount>(http, *m_clock, *url,
                                                            settings.text(who), secret);
        }
    }
    Jamf::JamfConfig config;
    config.server = *url;
    config.pageSize = *pageSize;
    auto source = std::make_unique<Jamf::JamfSource>(http, *tokens, config, *m_clock);
    Core::Source *raw = source.get();
    addSource(std::move(tokens), std::move(source), raw);
    return std::nullopt;
}

std::optional<Error> Backends::addGoogle(const AppSettings &settings, const BackendSecrets &secrets)
{
    const auto apiUrl
        = settings.url(Keys::googleApiUrl, QStringLiteral("https://admin.googleapis.com"));
    if (!apiUrl)
        return apiUrl.error();
    if (const auto problem = Net::HttpClient::checkUrl(*apiUrl, QStringLiteral("Google")))
        return problem;
    const auto auth = settings.choice(Keys::googleAuth,
                                      {QStringLiteral("service-account"), QStringLiteral("sso")});
    if (!auth)
        return auth.error();

    auto &http = addClient({QStringLiteral("Google"), 5});
    std::unique_ptr<Net::TokenProvider> tokens;
    if (*auth == u"sso") {
        tokens = std::make_unique<Net::SsoTokenProvider>(employee());
    } else {
        const QString subject = settings.text(Keys::googleSubject);
        if (subject.isEmpty()) {
            return Error::config(Text::tr("%1 is needed: the administrator the service account "
                                          "acts for (domain-wide delegation).")
                                     .arg(iniName(Keys::googleSubject)));
        }
        QByteArray keyJson;
        const QString keyFile = settings.text(Keys::googleServiceAccountFile);
        if (!keyFile.isEmpty()) {
            QFile file(keyFile);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error::config(
                    Text::tr("%1: %2 cannot be read: %3.")
                        .arg(iniName(Keys::googleServiceAccountFile), keyFile, file.errorString()));
            }
            keyJson = file.readAll();
        } else {
            keyJson = secrets.secret(QStringLiteral("google"));
        }
        if (keyJson.isEmpty()) {
            return Error::config(Text::tr("%1 must name the service account's key file (JSON).")
                                     .arg(iniName(Keys::googleServiceAccountFile)));
        }
        auto key = Google::ServiceAccountKey::fromJson(keyJson);
        if (!key)
            return key.error();
        tokens = std::make_unique<Google::GoogleServiceAccount>(http, *m_clock, *key, subject);
    }
    Google::GoogleConfig config;
    config.apiUrl = *apiUrl;
    config.customer = settings.text(Keys::googleCustomer);
    auto source = std::make_unique<Google::GoogleSource>(http, *tokens, config, *m_clock);
    Core::Source *raw = source.get();
    addSource(std::move(tokens), std::move(source), raw);
    return std::nullopt;
}

std::optional<Error> Backends::addLandesk(const AppSettings &settings,
                                          const BackendSecrets &secrets)
{
    const auto url = settings.url(
        Keys::landeskUrl, QStringLiteral("https://epm.example.com/MBSDKService/MsgSDK.asmx"));
    if (!url)
        return url.error();
    if (const auto problem = Net::HttpClient::checkUrl(*url, QStringLiteral("LANDESK")))
        return problem;
    const auto auth
        = settings.choice(Keys::landeskAuth,
                          {QStringLiteral("ntlm"), QStringLiteral("basic"), QStringLiteral("sso")});
    if (!auth)
        return auth.error();

    Landesk::LandeskConfig config = Landesk::LandeskConfig::withDefaults();
    config.url = *url;
    config.filterTemplate = settings.text(Keys::landeskFilter);
    config.queryName = settings.text(Keys::landeskQuery);
    // Which machines are whose is site-specific: no default would be right everywhere.
    if (config.filterTemplate.isEmpty() == config.queryName.isEmpty()) {
        return Error::config(Text::tr("Set exactly one of %1 and %2: how LANDESK finds the "
                                      "employee's machines.")
                                 .arg(iniName(Keys::landeskFilter), iniName(Keys::landeskQuery)));
    }
    const QString zone = settings.text(Keys::landeskTimezone);
    config.timeZone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
    if (!config.timeZone.isValid()) {
        return Error::config(Text::tr("%1 is \"%2\", which is not a time zone like Europe/Berlin.")
                                 .arg(iniName(Keys::landeskTimezone), zone));
    }
    const auto override = [&settings](const SettingKey &key, QString &field) {
        if (!settings.text(key).isEmpty())
            field = settings.text(key);
    };
    override(Keys::landeskScreenLockVulnerability, config.vulnerabilities.screenLock);
    override(Keys::landeskAutoUpdateVulnerability, config.vulnerabilities.autoUpdate);
    override(Keys::landeskBitlockerStatusColumn, config.columns.bitlockerStatus);
    override(Keys::landeskBitlockerPercentColumn, config.columns.bitlockerPercent);
    override(Keys::landeskFirewallProfileColumn, config.columns.firewallProfile);
    override(Keys::landeskFirewallEnabledColumn, config.columns.firewallEnabled);
    override(Keys::landeskOsVersionColumn, config.columns.osVersion);
    override(Keys::landeskOsBuildColumn, config.columns.osBuild);
    override(Keys::landeskSerialColumn, config.columns.serial);
    override(Keys::landeskModelColumn, config.columns.model);
    override(Keys::landeskLastInventoryColumn, config.columns.lastInventory);

    auto &http = addClient({QStringLiteral("LANDESK"), 4});
    std::unique_ptr<Net::TokenProvider> tokens;
    if (*auth == u"sso") {
        tokens = std::make_unique<Net::SsoTokenProvider>(employee());
    } else {
        const QString user = settings.text(Keys::landeskUsername);
        const QByteArray password = secrets.secret(QStringLiteral("landesk"));
        // NTLM without a user name means the signed-in Windows user's own credentials.
        if ((*auth == u"basic" || !user.isEmpty()) && password.isEmpty())
            return missingSecret(QStringLiteral("LANDESK"), Text::tr("the account password"));
        if (*auth == u"basic" && user.isEmpty()) {
            return Error::config(
                Text::tr("%1 is needed when %2 is basic.")
                    .arg(iniName(Keys::landeskUsername), iniName(Keys::landeskAuth)));
        }
        http.setCredentials(user, password);
    }
    auto source = std::make_unique<Landesk::LandeskSource>(http, config, *m_clock, tokens.get());
    Core::Source *raw = source.get();
    addSource(std::move(tokens), std::move(source), raw);
    return std::nullopt;
}

Result<std::unique_ptr<Backends>> Backends::create(const AppSettings &settings,
                                                   const BackendSecrets &secrets,
                                                   QNetworkAccessManager &network,
                                                   const Core::Clock &clock,
                                                   Net::EmployeeTokenSource *employee)
{
    std::unique_ptr<Backends> backends(new Backends);
    backends->m_network = &network;
    backends->m_clock = &clock;
    backends->m_employee = employee;
    auto tls = Net::HttpClient::tlsWithExtraCa(settings.caFile());
    if (!tls)
        return tls.error();
    backends->m_tls = *tls;

    using Adder = std::optional<Error> (Backends::*)(const AppSettings &, const BackendSecrets &);
    const std::pair<const SettingKey *, Adder> all[] = {
        {&Keys::jamfEnabled, &Backends::addJamf},
        {&Keys::googleEnabled, &Backends::addGoogle},
        {&Keys::landeskEnabled, &Backends::addLandesk},
    };
    const QStringList ids {QStringLiteral("jamf"), QStringLiteral("google"),
                           QStringLiteral("landesk")};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto enabled = settings.flag(*all[i].first);
        if (!enabled)
            return enabled.error();
        if (!*enabled) {
            backends->m_disabled.append(ids[i]);
            continue;
        }
        if (const auto problem = (backends.get()->*all[i].second)(settings, secrets))
            return *problem;
    }
    // This computer, read live. Not a backend: when off it is simply not there.
    const auto local = settings.flag(Keys::localEnabled);
    if (!local)
        return local.error();
    if (*local) {
        auto source = std::make_unique<Local::LocalSource>(clock);
        Core::Source *raw = source.get();
        backends->addSource(nullptr, std::move(source), raw);
    }
    return backends;
}

QList<Core::Source *> Backends::sources() const
{
    return m_sources;
}

Core::Source *Backends::localSource() const
{
    for (Core::Source *source : m_sources) {
        if (source->id() == u"local")
            return source;
    }
    return nullptr;
}

void Backends::release()
{
    for (const auto &tokens : m_tokens)
        tokens->release();
}

} // namespace Stethoscope::App
