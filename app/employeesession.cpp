#include "employeesession.h"

#include <QCoreApplication>
#include <QPromise>

namespace Stethoscope::App {

using Core::Error;
using Core::Result;
using Sources::Oidc::OidcTokens;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeSession)
};

// An access token is renewed this long before it expires.
constexpr qint64 renewMarginSeconds = 60;

template<typename T> std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T> void fulfil(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

} // namespace

EmployeeSession::EmployeeSession(Sources::Oidc::OidcClient &oidc,
                                 Sources::Net::SecretStore &secrets, const Core::Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_oidc(oidc)
    , m_secrets(secrets)
    , m_clock(clock)
{ }

QFuture<Result<QString>> EmployeeSession::restore()
{
    auto promise = startedPromise<Result<QString>>();
    m_secrets.read(QString::fromLatin1(refreshTokenKey))
        .then(this, [this, promise](const Result<std::optional<QByteArray>> &stored) {
            if (!stored) {
                fulfil(promise, Result<QString>(stored.error()));
                return;
            }
            if (!stored->has_value() || (*stored)->isEmpty()) {
                fulfil(promise, Result<QString>(QString())); // signed out
                return;
            }
            m_oidc.refresh(**stored).then(this, [this, promise](const Result<OidcTokens> &tokens) {
                adopt(tokens).then(
                    this, [promise](const Result<QString> &email) { fulfil(promise, email); });
            });
        });
    return promise->future();
}

QFuture<Result<QString>>
EmployeeSession::signIn(Sources::Oidc::OidcClient::BrowserOpener openBrowser)
{
    auto promise = startedPromise<Result<QString>>();
    m_oidc.signIn(std::move(openBrowser))
        .then(this, [this, promise](const Result<OidcTokens> &tokens) {
            adopt(tokens).then(this,
                               [promise](const Result<QString> &email) { fulfil(promise, email); });
        });
    return promise->future();
}

QFuture<Result<QString>> EmployeeSession::adopt(const Result<OidcTokens> &tokens)
{
    auto promise = startedPromise<Result<QString>>();
    if (!tokens) {
        if (tokens.error().category == Error::Category::Auth)
            forget(); // the provider refused: the stored session is over
        fulfil(promise, Result<QString>(tokens.error()));
        return promise->future();
    }
    m_email = tokens->email;
    m_accessToken = tokens->accessToken;
    m_accessExpiresAt = tokens->accessExpiresAt;
    emit signedInChanged(m_email);
    if (tokens->refreshToken.isEmpty()) {
        fulfil(promise, Result<QString>(m_email));
        return promise->future();
    }
    m_secrets.write(QString::fromLatin1(refreshTokenKey), tokens->refreshToken)
        .then(this, [this, promise](const Result<bool> &written) {
            if (!written)
                fulfil(promise, Result<QString>(written.error()));
            else
                fulfil(promise, Result<QString>(m_email));
        });
    return promise->future();
}

QFuture<Result<bool>> EmployeeSession::signOut()
{
    auto promise = startedPromise<Result<bool>>();
    const QString key = QString::fromLatin1(refreshTokenKey);
    m_secrets.read(key).then(
        this, [this, promise, key](const Result<std::optional<QByteArray>> &stored) {
            const auto removeLocally = [this, promise, key] {
                m_secrets.remove(key).then(this, [this, promise](const Result<bool> &removed) {
                    forget();
                    fulfil(promise, removed);
                });
            };
            if (!stored || !stored->has_value()) {
                removeLocally();
                return;
            }
            // Revocation is a courtesy: signing out here must work even when the provider is
            // unreachable.
            m_oidc.revoke(**stored).then(
                this, [removeLocally](const Result<bool> &) { removeLocally(); });
        });
    return promise->future();
}

void EmployeeSession::forget()
{
    const bool wasSignedIn = isSignedIn();
    m_email.clear();
    m_accessToken.clear();
    m_accessExpiresAt = {};
    if (wasSignedIn)
        emit signedInChanged(QString());
}

QFuture<Result<QByteArray>> EmployeeSession::employeeToken(bool renew)
{
    if (!renew && !m_accessToken.isEmpty()
        && m_clock.now().secsTo(m_accessExpiresAt) > renewMarginSeconds) {
        return QtFuture::makeReadyFuture(Result<QByteArray>(m_accessToken));
    }
    auto waiter = startedPromise<Result<QByteArray>>();
    m_renewalWaiters.append(waiter);
    if (m_renewalWaiters.size() > 1)
        return waiter->future(); // a renewal is already in flight; share it
    restore().then(this, [this](const Result<QString> &email) {
        Result<QByteArray> outcome = [&]() -> Result<QByteArray> {
            if (!email)
                return email.error();
            if (email->isEmpty()) {
                return Error {Error::Category::Auth,
                              Text::tr("You are not signed in. Sign in to see your devices."),
                              {}};
            }
            return m_accessToken;
        }();
        const auto waiters = std::exchange(m_renewalWaiters, {});
        for (const auto &waiting : waiters)
            fulfil(waiting, outcome);
    });
    return waiter->future();
}

} // namespace Stethoscope::App
