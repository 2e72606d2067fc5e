#pragma once

#include "clock.h"
#include "error.h"
#include "httpclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QUrl>

#include <memory>
#include <optional>

namespace Stethoscope::Sources::Net {

// Supplies the bearer token a backend's requests carry. A token is cached until shortly
// before it expires; a caller that got 401 with a token asks again with `renew`, once.
// Concurrent callers share one request for a new token.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QFuture<Core::Result<QByteArray>> token(bool renew = false) = 0;
    // Gives the token up (on quit), where the backend supports it.
    virtual void release() { }
};

// The signed-in employee's own token (auth = sso): the sign-in flow provides it. Tests and
// the demo use a fixed one.
class EmployeeTokenSource
{
public:
    virtual ~EmployeeTokenSource() = default;
    virtual QFuture<Core::Result<QByteArray>> employeeToken(bool renew) = 0;
};

class SsoTokenProvider final : public TokenProvider
{
    Q_OBJECT

public:
    explicit SsoTokenProvider(EmployeeTokenSource &source, QObject *parent = nullptr)
        : TokenProvider(parent)
        , m_source(source)
    { }
    QFuture<Core::Result<QByteArray>> token(bool renew) override
    {
        return m_source.employeeToken(renew);
    }

private:
    EmployeeTokenSource &m_source;
};

// A token provider that fetches from an HTTP endpoint and caches: the shared part of the
// Jamf API client and Jamf user account flows.
class CachingTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    CachingTokenProvider(HttpClient &http, const Core::Clock &clock, QObject *parent = nullptr);

    QFuture<Core::Result<QByteArray>> token(bool renew = false) override;

protected:
    struct Issued
    {
        QByteArray token;
        QDateTime expiresAt;
    };
    // One request for a new token, and how to read the answer.
    virtual HttpRequest tokenRequest() const = 0;
    virtual Core::Result<Issued> readToken(const HttpResponse &response) const = 0;
    // What to tell the person when the token endpoint refuses the credentials (401, 400).
    virtual QString credentialsRejected() const = 0;

    HttpClient &http() const { return m_http; }
    const Core::Clock &clock() const { return m_clock; }
    const std::optional<Issued> &cached() const { return m_cached; }
    void forget() { m_cached.reset(); }

private:
    HttpClient &m_http;
    const Core::Clock &m_clock;
    std::optional<Issued> m_cached;
    // Everyone waiting for the token request in flight. (A QFuture in Qt 6.4 takes only one
    // continuation, so each waiter gets a promise of its own.)
    QList<std::shared_ptr<QPromise<Core::Result<QByteArray>>>> m_waiters;
};

// Jamf Pro API client: POST /api/oauth/token with client credentials.
class JamfClientCredentials final : public CachingTokenProvider
{
    Q_OBJECT

public:
    JamfClientCredentials(HttpClient &http, const Core::Clock &clock, QUrl server, QString clientId,
                          QByteArray clientSecret, QObject *parent = nullptr);

protected:
    HttpRequest tokenRequest() const override;
    Core::Result<Issued> readToken(const HttpResponse &response) const override;
    QString credentialsRejected() const override;

private:
    QUrl m_server;
    QString m_clientId;
    QByteArray m_secret;
};

// Jamf Pro user account: POST /api/v1/auth/token with Basic credentials → bearer token;
// renewed with keep-alive while valid, invalidated on release().
class JamfUserAccount final : public CachingTokenProvider
{
    Q_OBJECT

public:
    JamfUserAccount(HttpClient &http, const Core::Clock &clock, QUrl server, QString username,
                    QByteArray password, QObject *parent = nullptr);

    void release() override;

protected:
    HttpRequest tokenRequest() const override;
    Core::Result<Issued> readToken(const HttpResponse &response) const override;
    QString credentialsRejected() const override;

private:
    QUrl m_server;
    QString m_username;
    QByteArray m_password;
};

} // namespace Stethoscope::Sources::Net
