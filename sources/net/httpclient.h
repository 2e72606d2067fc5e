#pragma once

#include "error.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkReply;

namespace Stethoscope::Sources::Net {

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // What the request is for, in words for an error message: "the computer list".
    QString purpose;
};

struct HttpResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// How one backend is talked to. Every backend has its own client with its own limits.
struct BackendLimits
{
    QString displayName; // "Jamf", in error messages
    int maxConcurrent = 5; // Jamf asks for at most 5 connections
    int maxAttempts = 4; // first try + retries for transient failures
    int timeoutMs = 30'000; // per attempt, the whole transfer
    int backoffBaseMs = 500; // first retry after 0.5–1 × this, doubling each time
    int backoffMaxMs = 30'000; // no wait is longer, even when Retry-After asks for more
    qint64 maxBodyBytes = 32 * 1024 * 1024;
};

// The one request helper every backend uses. It adds what each request needs and no backend
// should do by hand: a timeout, retries with exponential backoff and jitter for transient
// failures (connection errors, timeouts, 5xx, 429, Google-style 403 rate limits) honouring
// Retry-After, a response size cap, a concurrency cap, TLS that is never relaxed, plain http
// only to loopback, and redirects that never leave the host or downgrade to http.
//
// Transport failures become a Core::Error; any HTTP answer (after retries) is a response, so
// that the backend decides what a 401 or 404 means. httpError() maps a failed status to words.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    HttpClient(QNetworkAccessManager &network, BackendLimits limits,
               QSslConfiguration tls = QSslConfiguration::defaultConfiguration(),
               QObject *parent = nullptr);
    ~HttpClient() override;

    QFuture<Core::Result<HttpResponse>> send(HttpRequest request);

    // Credentials for servers that challenge (NTLM, Negotiate, Basic): answered once per
    // request, so wrong credentials end in a 401 rather than a loop. With no user name, Qt
    // uses the signed-in Windows user's own credentials where the platform offers that.
    void setCredentials(QString user, QByteArray password);

    const BackendLimits &limits() const { return m_limits; }
    // Requests in flight or waiting for a slot (for tests and diagnostics).
    int activeRequests() const { return m_active; }
    int peakConcurrency() const { return m_peak; }

    // The error for a response that did not succeed, e.g. "Jamf rejected the credentials (401)."
    Core::Error httpError(const HttpResponse &response, const QString &purpose) const;

    // A TLS configuration with the system's trust store plus the certificates of `caFile`
    // (PEM). An unreadable or empty file is a configuration error.
    static Core::Result<QSslConfiguration> tlsWithExtraCa(const QString &caFile);

    // Whether `url` may be used at all: https anywhere, http only to a loopback address.
    static std::optional<Core::Error> checkUrl(const QUrl &url, const QString &displayName);

private:
    struct Call;
    void enqueue(std::shared_ptr<Call> call);
    void startNext();
    void attempt(std::shared_ptr<Call> call);
    void finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryOrFinish(const std::shared_ptr<Call> &call, Core::Result<HttpResponse> result,
                       int retryAfterMs);
    void complete(const std::shared_ptr<Call> &call, Core::Result<HttpResponse> result);
    int backoffMs(int attempt, int retryAfterMs) const;

    QNetworkAccessManager &m_network;
    BackendLimits m_limits;
    QSslConfiguration m_tls;
    void authenticate(QNetworkReply *reply, QAuthenticator *authenticator);

    QList<std::shared_ptr<Call>> m_queue;
    QList<std::shared_ptr<Call>> m_calls; // every call not answered yet: queued, running, waiting
    QSet<QNetworkReply *> m_ours; // replies of this client still running
    QSet<QNetworkReply *> m_challenged; // replies that already got the credentials
    QString m_user;
    QByteArray m_password;
    int m_active = 0;
    int m_peak = 0;
};

// Parses a Retry-After header (delta seconds or an HTTP date) into milliseconds; -1 if absent
// or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace Stethoscope::Sources::Net
