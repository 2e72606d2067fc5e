#pragma once

#include "appsettings.h"
#include "clock.h"
#include "error.h"
#include "source.h"

#include "net/httpclient.h"
#include "net/tokenprovider.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace Stethoscope::App {

// Where secrets come from. The keychain-backed store arrives with sign-in; until then, and
// for trials and automation, environment variables (STETHOSCOPE_JAMF_SECRET …). Never an INI.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // The secret, or an empty value when there is none ("not found" is not an error).
    virtual QByteArray secret(const QString &name) const = 0;
};

class EnvironmentSecrets final : public SecretStore
{
public:
    QByteArray secret(const QString &name) const override; // name "jamf" → STETHOSCOPE_JAMF_SECRET
};

// The configured backends, built from settings: one HTTP client, token provider and source
// per enabled backend, all sharing the one network access manager.
class Backends : public QObject
{
    Q_OBJECT

public:
    static Core::Result<std::unique_ptr<Backends>>
    create(const AppSettings &settings, const SecretStore &secrets, QNetworkAccessManager &network,
           const Core::Clock &clock, Sources::Net::EmployeeTokenSource *employee = nullptr);

    ~Backends() override;

    QList<Core::Source *> sources() const;
    QStringList disabled() const { return m_disabled; }
    // Gives tokens back where the backend supports it (on quit).
    void release();

private:
    Backends() = default;
    Sources::Net::EmployeeTokenSource &employee();
    Sources::Net::HttpClient &addClient(Sources::Net::BackendLimits limits);
    void addSource(std::unique_ptr<Sources::Net::TokenProvider> tokens,
                   std::unique_ptr<QObject> sourceObject, Core::Source *source);
    std::optional<Core::Error> addJamf(const AppSettings &settings, const SecretStore &secrets);
    std::optional<Core::Error> addGoogle(const AppSettings &settings, const SecretStore &secrets);
    std::optional<Core::Error> addLandesk(const AppSettings &settings, const SecretStore &secrets);

    QNetworkAccessManager *m_network = nullptr;
    const Core::Clock *m_clock = nullptr;
    Sources::Net::EmployeeTokenSource *m_employee = nullptr;
    QSslConfiguration m_tls;
    // Destroyed bottom-up: sources before the token providers and clients they use.
    std::vector<std::unique_ptr<Sources::Net::HttpClient>> m_clients;
    std::unique_ptr<Sources::Net::EmployeeTokenSource> m_noEmployee;
    std::vector<std::unique_ptr<Sources::Net::TokenProvider>> m_tokens;
    std::vector<std::unique_ptr<QObject>> m_sourceObjects;
    QList<Core::Source *> m_sources;
    QStringList m_disabled;
};

} // namespace Stethoscope::App
