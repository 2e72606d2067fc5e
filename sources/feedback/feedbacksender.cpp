#include "feedbacksender.h"

#include "net/httpclient.h"
#include "net/tokenprovider.h"

#include <QCoreApplication>
#include <QFuture>
#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFeedback, "stethoscope.sources.feedback", QtWarningMsg)

namespace Stethoscope::Sources::Feedback {

using Core::Error;
using Core::Result;
using Net::HttpRequest;
using Net::HttpResponse;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Feedback)
};

QString purpose()
{
    return Text::tr("your feedback");
}

// 4xx is the server saying no to this report, and saying it again will not change the
// answer — except for the ones that are about the moment: credentials (401), a request
// timeout (408) and rate limiting (429).
bool isRefusal(int status)
{
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
}

} // namespace

FeedbackSender::FeedbackSender(Net::HttpClient &http, QUrl webhook,
                               Net::EmployeeTokenSource *employee, QString queueFile,
                               const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_webhook(std::move(webhook))
    , m_employee(employee)
    , m_queue(std::move(queueFile))
    , m_clock(clock)
    , m_pending(m_queue.load())
{
    if (!m_pending.isEmpty())
        qCInfo(lcFeedback) << m_pending.size() << "feedback report(s) waiting to be sent";
}

FeedbackSender::~FeedbackSender() = default;

void FeedbackSender::submit(FeedbackReport report)
{
    if (report.id.isEmpty())
        report.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!report.reportedAt.isValid())
        report.reportedAt = m_clock.now().toUTC();
    m_pending.append(std::move(report));
    save(); // before anything goes out: a crash in between loses nothing
    emit pendingChanged(pendingCount());
    sendNext();
}

void FeedbackSender::retryPending()
{
    sendNext();
}

void FeedbackSender::sendNext()
{
    if (m_sending || m_pending.isEmpty())
        return;
    m_sending = true;
    post(m_pending.constFirst().id, false);
}

void FeedbackSender::post(const QString &id, bool renewedToken)
{
    const auto send = [this, id, renewedToken](const QByteArray &token) {
        const auto report = std::find_if(m_pending.cbegin(), m_pending.cend(),
                                         [&id](const FeedbackReport &r) { return r.id == id; });
        if (report == m_pending.cend()) {
            m_sending = false;
            sendNext();
            return;
        }
        HttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = m_webhook;
        request.headers
            = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
               {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
        if (!token.isEmpty())
            request.headers.append(
                {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token});
        request.body = feedbackJson(*report);
        request.purpose = purpose();
        m_http.send(std::move(request))
            .then(this,
                  [this, id, renewedToken](const Result<HttpResponse> &answer) {
                      handle(id, renewedToken, answer);
                  })
            .onCanceled(this,
                        [this, id] { keep(id, QStringLiteral("the request was cancelled")); });
    };

    if (!m_employee) {
        send({});
        return;
    }
    m_employee->employeeToken(renewedToken)
        .then(this,
              [this, id, send](const Result<QByteArray> &token) {
                  if (!token) {
                      keep(id, QStringLiteral("no employee token: ") + token.error().message);
                      return;
                  }
                  if (token->isEmpty()) {
                      keep(id, QStringLiteral("no employee token"));
                      return;
                  }
                  send(*token);
              })
        // A token request that ends without an answer must not leave the queue stuck.
        .onCanceled(this,
                    [this, id] { keep(id, QStringLiteral("the token request was cancelled")); });
}

void FeedbackSender::handle(const QString &id, bool renewedToken,
                            const Result<HttpResponse> &answer)
{
    if (!answer) {
        keep(id, answer.error().message);
        return;
    }
    const int status = answer->status;
    if (answer->isSuccess()) {
        const auto report = take(id);
        m_sending = false;
        if (report)
            emit sent(*report);
        sendNext();
        return;
    }
    if (status == 401 && m_employee && !renewedToken) {
        qCInfo(lcFeedback) << "the feedback endpoint refused the employee token, renewing once";
        post(id, true);
        return;
    }
    if (isRefusal(status)) {
        const Error error = m_http.httpError(*answer, purpose());
        qCWarning(lcFeedback).noquote()
            << "the feedback endpoint refused a report for good:" << error.message;
        const auto report = take(id);
        m_sending = false;
        if (report)
            emit refused(*report, error);
        sendNext();
        return;
    }
    keep(id, m_http.httpError(*answer, purpose()).message);
}

void FeedbackSender::keep(const QString &id, const QString &why)
{
    qCInfo(lcFeedback).noquote() << "feedback kept for a later try:" << why;
    const auto it = std::find_if(m_pending.cbegin(), m_pending.cend(),
                                 [&id](const FeedbackReport &r) { return r.id == id; });
    const qsizetype index = it - m_pending.cbegin();
    if (it != m_pending.cend() && index != m_pending.size() - 1) {
        m_pending.move(index, m_pending.size() - 1);
        save();
    }
    m_sending = false;
}

std::optional<FeedbackReport> FeedbackSender::take(const QString &id)
{
    const auto it = std::find_if(m_pending.cbegin(), m_pending.cend(),
                                 [&id](const FeedbackReport &r) { return r.id == id; });
    if (it == m_pending.cend())
        return std::nullopt;
    FeedbackReport report = *it;
    m_pending.erase(it);
    save();
    emit pendingChanged(pendingCount());
    return report;
}

void FeedbackSender::save()
{
    if (const auto error = m_queue.save(m_pending))
        qCWarning(lcFeedback).noquote() << error->message;
}

} // namespace Stethoscope::Sources::Feedback
