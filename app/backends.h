#pragma once

#include "appsettings.h"
#include "clock.h"
#include "error.h"
#include "source.h"

#include "net/httpclient.h"
#include "net/secretstore.h"
#include "net/tokenprovider.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace Stethoscope::App {

// The backend secrets (API client secret, account password, Google key file), read once
// before the backends are built: from the environment (trials, automation) or from the OS
// keychain (see PrefetchedSecrets).
class BackendSecrets
{
public:
    virtual ~BackendSecrets() = default;
    // The secret, or an empty value when there is none ("not found" is not an error).
    virtual QByteArray secret(const QString &name) const = 0;
};

// STETHOSCOPE_<NAME>_SECRET, then whatever `fallback` holds.
class EnvironmentSecrets final : public BackendSecrets
{
public:
    explicit EnvironmentSecrets(QHash<QString, QByteArray> fallback = {})
        : m_fallback(std::move(fallback))
    { }
    QByteArray secret(const QString &name) const override; // name "jamf" → STETHOSCOPE_JAMF_SECRET

private:
    QHash<QString, QByteArray> m_fallback; // e.g. read from the keychain beforehand
};

// Reads the backend secrets kept in the keychain ("backend/jamf", "backend/google",
// "backend/landesk"). A keychain that cannot be read counts as holding none: the environment
// may still provide them, and a missing secret is reported by name when a backend needs it.
QFuture<QHash<QString, QByteArray>> readBackendSecrets(Sources::Net::SecretStore &keychain);

// The configured backends, built from settings: one HTTP client, token provider and source
// per enabled backend, all sharing the one network access manager.
class Backends : public QObject
{
    Q_OBJECT

public:
    static Core::Result<std::unique_ptr<Backends>>
    create(const AppSettings &settings, const BackendSecrets &secrets,
           QNetworkAccessManager &network, const Core::Clock &clock,
           Sources::Net::EmployeeTokenSource *employee = nullptr);

    ~Backends() override;

    QList<Core::Source *> sources() const;
    // The local source ("local"), when [local] enabled is on; null otherwise.
    Core::Source *localSource() const;
    QStringList disabled() const { return m_disabled; }
    // Gives tokens back where the backend supports it (on quit).
    void release();

private:
    Backends() = default;
    Sources::Net::EmployeeTokenSource &employee();
    Sources::Net::HttpClient &addClient(Sources::Net::BackendLimits limits);
    void addSource(std::unique_ptr<Sources::Net::TokenProvider> tokens,
                   std::unique_ptr<QObject> sourceObject, Core::Source *source);
    std::optional<Core::Error> addJamf(const AppSettings &settings, const BackendSecrets &secrets);
    std::optional<Core::Error> addGoogle(const AppSettings &settings,
                                         const BackendSecrets &secrets);
    std::optional<Core::Error> addLandesk(const AppSettings &settings,
                                          const BackendSecrets &secrets);

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
