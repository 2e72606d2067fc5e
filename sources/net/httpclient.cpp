#include "httpclient.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHttp, "stethoscope.sources.http", QtWarningMsg)

namespace Stethoscope::Sources::Net {

using Core::Error;
using Core::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Google answers a rate limit with 403 and a reason in the body rather than with 429.
bool isRateLimitBody(const QByteArray &body)
{
    return body.contains("rateLimitExceeded") || body.contains("userRateLimitExceeded")
        || body.contains("quotaExceeded");
}

bool isTransientStatus(const HttpResponse &response)
{
    const int status = response.status;
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504
        || (status == 403 && isRateLimitBody(response.body));
}

} // namespace

struct HttpClient::Call
{
    HttpRequest request;
    QPromise<Result<HttpResponse>> promise;
    int attempt = 0; // attempts made so far
    bool tooLarge = false;
    bool timedOut = false;
    bool refusedRedirect = false;
};

HttpClient::HttpClient(QNetworkAccessManager &network, BackendLimits limits, QSslConfiguration tls,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(std::move(limits))
    , m_tls(std::move(tls))
{
    connect(&m_network, &QNetworkAccessManager::authenticationRequired, this,
            &HttpClient::authenticate);
}

void HttpClient::setCredentials(QString user, QByteArray password)
{
    m_user = std::move(user);
    m_password = std::move(password);
}

void HttpClient::authenticate(QNetworkReply *reply, QAuthenticator *authenticator)
{
    // The network access manager is shared: answer only for this client's own requests.
    if (!m_ours.contains(reply) || m_challenged.contains(reply))
        return;
    m_challenged.insert(reply);
    authenticator->setUser(m_user);
    authenticator->setPassword(QString::fromUtf8(m_password));
}

HttpClient::~HttpClient()
{
    // Nothing of ours outlives us: running requests are aborted, and whoever still waits — for
    // a queued request, a running one or a retry — learns that the answer will not come. (A
    // promise left to die with a reply later would run its continuation against objects that
    // are gone by then.)
    const auto replies = m_ours;
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    m_queue.clear();
    const auto waiting = std::exchange(m_calls, {});
    for (const auto &call : waiting) {
        call->promise.addResult(
            Error {Error::Category::Network,
                   Text::tr("%1: the request was cancelled.").arg(m_limits.displayName),
                   {}});
        call->promise.finish();
    }
}

QFuture<Result<HttpResponse>> HttpClient::send(HttpRequest request)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->promise.start();
    QFuture<Result<HttpResponse>> future = call->promise.future();
    if (const auto problem = checkUrl(call->request.url, m_limits.displayName)) {
        call->promise.addResult(*problem);
        call->promise.finish();
        return future;
    }
    m_calls.append(call);
    enqueue(std::move(call));
    return future;
}

void HttpClient::enqueue(std::shared_ptr<Call> call)
{
    m_queue.append(std::move(call));
    startNext();
}

void HttpClient::startNext()
{
    while (m_active < m_limits.maxConcurrent && !m_queue.isEmpty()) {
        ++m_active;
        m_peak = std::max(m_peak, m_active);
        attempt(m_queue.takeFirst());
    }
}

void HttpClient::attempt(std::shared_ptr<Call> call)
{
    ++call->attempt;
    call->tooLarge = call->timedOut = call->refusedRedirect = false;

    QNetworkRequest request(call->request.url);
    for (const auto &[name, value] : std::as_const(call->request.headers))
        request.setRawHeader(name, value);
    request.setSslConfiguration(m_tls);
    // Redirects are checked one by one: never to another host, never from https to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);

    QNetworkReply *reply = call->request.body.isEmpty() && call->request.method == "GET"
        ? m_network.get(request)
        : m_network.sendCustomRequest(request, call->request.method, call->request.body);
    m_ours.insert(reply);
    connect(reply, &QObject::destroyed, this, [this, reply] {
        m_ours.remove(reply);
        m_challenged.remove(reply);
    });
    qCDebug(lcHttp) << m_limits.displayName << call->request.method
                    << call->request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                    << "attempt" << call->attempt;

    // The whole transfer has a deadline, so a server that drips bytes cannot hold us forever.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    deadline->start(m_limits.timeoutMs);

    const QUrl original = call->request.url;
    connect(reply, &QNetworkReply::redirected, reply, [call, reply, original](const QUrl &target) {
        const bool sameHost = target.host().compare(original.host(), Qt::CaseInsensitive) == 0
            && target.port(-1) == original.port(-1);
        const bool downgrade = original.scheme() == u"https" && target.scheme() != u"https";
        if (sameHost && !downgrade) {
            emit reply->redirectAllowed();
        } else {
            call->refusedRedirect = true;
            reply->abort();
        }
    });
    const auto checkSize = [this, call, reply](qint64 received, qint64 total) {
        if (received > m_limits.maxBodyBytes || total > m_limits.maxBodyBytes) {
            call->tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, reply, checkSize);
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { finishAttempt(call, reply); });
}

void HttpClient::finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    const QString host = call->request.url.host();
    const QString name = m_limits.displayName;
    const auto error = reply->error();

    if (call->tooLarge) {
        complete(call,
                 Error {Error::Category::Backend,
                        Text::tr("%1 sent an answer larger than %2 MiB; it was refused.")
                            .arg(name)
                            .arg(m_limits.maxBodyBytes / (1024 * 1024)),
                        call->request.purpose});
        return;
    }
    if (call->refusedRedirect) {
        complete(call,
                 Error {Error::Category::Backend,
                        Text::tr("%1 redirected to another server or to plain http; the "
                                 "redirect was not followed. Check its address.")
                            .arg(name),
                        host});
        return;
    }
    if (call->timedOut) {
        retryOrFinish(call,
                      Error {Error::Category::Network,
                             Text::tr("%1 at %2 did not answer within %3 seconds.")
                                 .arg(name, host)
                                 .arg(m_limits.timeoutMs / 1000.0, 0, 'g', 3),
                             call->request.purpose},
                      -1);
        return;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors 201–299, 302 and 401–499 are HTTP error statuses; the rest are transport failures
    // (a truncated body, for one, may come with a valid status).
    const bool httpStatusError = (error >= QNetworkReply::ContentAccessDenied
                                  && error <= QNetworkReply::UnknownContentError)
        || error == QNetworkReply::ProtocolInvalidOperationError // 400 Bad Request
        || (error >= QNetworkReply::InternalServerError
            && error <= QNetworkReply::UnknownServerError);
    if (statusAttribute.isValid() && (error == QNetworkReply::NoError || httpStatusError)) {
        // An HTTP answer, successful or not.
        HttpResponse response;
        response.status = statusAttribute.toInt();
        for (const auto &[header, value] : reply->rawHeaderPairs())
            response.headers.insert(header.toLower(), value);
        response.body = reply->readAll();
        if (response.body.size() > m_limits.maxBodyBytes) {
            complete(call,
                     Error {Error::Category::Backend,
                            Text::tr("%1 sent an answer larger than %2 MiB; it was refused.")
                                .arg(name)
                                .arg(m_limits.maxBodyBytes / (1024 * 1024)),
                            call->request.purpose});
            return;
        }
        if (isTransientStatus(response)) {
            const int retryAfter
                = parseRetryAfter(response.header("retry-after"), QDateTime::currentDateTimeUtc());
            retryOrFinish(call, std::move(response), retryAfter);
            return;
        }
        complete(call, std::move(response));
        return;
    }

    // No HTTP answer: the transport failed.
    const bool tls = error == QNetworkReply::SslHandshakeFailedError;
    // An answer that began (its status arrived) and then broke off was not "unreachable".
    const bool cutOff = statusAttribute.isValid() || !reply->rawHeaderList().isEmpty();
    const Error failure = tls
        ? Error {Error::Category::Tls,
                 Text::tr("%1 at %2 could not be reached securely: %3. Stethoscope does not "
                          "accept certificates it cannot verify; IT can add the company's CA "
                          "certificate with [tls] ca_file.")
                     .arg(name, host, reply->errorString()),
                 {}}
        : cutOff
        ? Error {Error::Category::Network,
                 Text::tr("The answer from %1 at %2 was cut off: %3.")
                     .arg(name, host, reply->errorString()),
                 call->request.purpose}
        : Error {
            Error::Category::Network,
            Text::tr("%1 could not be reached at %2: %3.").arg(name, host, reply->errorString()),
            call->request.purpose};
    if (tls)
        complete(call, failure); // a TLS failure does not heal by retrying
    else
        retryOrFinish(call, failure, -1);
}

void HttpClient::retryOrFinish(const std::shared_ptr<Call> &call, Result<HttpResponse> result,
                               int retryAfterMs)
{
    if (call->attempt >= m_limits.maxAttempts) {
        complete(call, std::move(result));
        return;
    }
    const int wait = backoffMs(call->attempt, retryAfterMs);
    qCInfo(lcHttp) << m_limits.displayName << "transient failure, retry" << call->attempt << "in"
                   << wait << "ms";
    // The slot stays taken while waiting: a struggling backend gets no extra load.
    QTimer::singleShot(wait, this, [this, call] { attempt(call); });
}

void HttpClient::complete(const std::shared_ptr<Call> &call, Result<HttpResponse> result)
{
    m_calls.removeOne(call);
    call->promise.addResult(std::move(result));
    call->promise.finish();
    --m_active;
    startNext();
}

int HttpClient::backoffMs(int attempt, int retryAfterMs) const
{
    if (retryAfterMs >= 0)
        return std::min(retryAfterMs, m_limits.backoffMaxMs);
    const qint64 ceiling = std::min<qint64>(
        qint64(m_limits.backoffBaseMs) << std::min(attempt - 1, 20), m_limits.backoffMaxMs);
    // Jitter between half and all of the ceiling, so that many clients do not retry in step.
    const qint64 floor = ceiling / 2;
    return int(floor + QRandomGenerator::global()->bounded(ceiling - floor + 1));
}

Error HttpClient::httpError(const HttpResponse &response, const QString &purpose) const
{
    const QString name = m_limits.displayName;
    const int status = response.status;
    if (status == 401) {
        return {Error::Category::Auth, Text::tr("%1 rejected the credentials (401).").arg(name),
                purpose};
    }
    if (status == 403 && isRateLimitBody(response.body)) {
        return {Error::Category::RateLimited,
                Text::tr("%1 is limiting requests right now (403); try again later.").arg(name),
                purpose};
    }
    if (status == 403) {
        return {Error::Category::Auth,
                Text::tr("%1 refused access to %2 (403). The account may lack a privilege.")
                    .arg(name, purpose),
                {}};
    }
    if (status == 429) {
        return {Error::Category::RateLimited,
                Text::tr("%1 is limiting requests right now (429); try again later.").arg(name),
                purpose};
    }
    if (status == 404) {
        return {Error::Category::Backend,
                Text::tr("%1 does not know %2 (404). Check its address.").arg(name, purpose),
                {}};
    }
    if (status >= 500) {
        return {Error::Category::Backend,
                Text::tr("%1 had a server error (%2) while answering for %3.")
                    .arg(name)
                    .arg(status)
                    .arg(purpose),
                {}};
    }
    return {Error::Category::Backend,
            Text::tr("%1 answered %2 for %3.").arg(name).arg(status).arg(purpose),
            {}};
}

Result<QSslConfiguration> HttpClient::tlsWithExtraCa(const QString &caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return tls;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::config(Text::tr("The CA file %1 ([tls] ca_file) cannot be read: %2.")
                                 .arg(caFile, file.errorString()));
    }
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return Error::config(
            Text::tr("The CA file %1 ([tls] ca_file) holds no PEM certificate.").arg(caFile));
    }
    tls.addCaCertificates(certificates);
    return tls;
}

std::optional<Error> HttpClient::checkUrl(const QUrl &url, const QString &displayName)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return Error::config(Text::tr("%1 is set to \"%2\", which is not a valid URL.")
                                 .arg(displayName, url.toDisplayString(QUrl::RemoveUserInfo)));
    }
    if (url.scheme() == u"https")
        return std::nullopt;
    if (url.scheme() == u"http" && isLoopbackHost(url.host()))
        return std::nullopt;
    return Error::config(
        Text::tr("%1 is set to an address that does not start with https:// (plain "
                 "http is only allowed to this computer).")
            .arg(displayName));
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600) * 1000);
    // An HTTP date: "Wed, 21 Oct 2026 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(utc);
    return ms < 0 ? 0 : int(std::min<qint64>(ms, 24 * 3600 * 1000));
}

} // namespace Stethoscope::Sources::Net
