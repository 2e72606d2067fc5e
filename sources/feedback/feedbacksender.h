#pragma once

#include "clock.h"
#include "error.h"
#include "feedbackqueue.h"
#include "feedbackreport.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Stethoscope::Sources::Net {
class HttpClient;
class EmployeeTokenSource;
struct HttpResponse;
} // namespace Stethoscope::Sources::Net

namespace Stethoscope::Sources::Feedback {

// Delivers feedback reports to IT's webhook, one POST at a time, and keeps every report in a
// persistent queue until the server has taken it:
//
//   2xx                       → delivered: leaves the queue, sent()
//   4xx but 401, 408, 429     → refused for good: leaves the queue, refused() (the app can
//                               offer feedbackMailto() instead)
//   401                       → with an employee token: renewed once and sent again
//   anything else (no answer, 5xx, 408, 429, 401 again, 3xx)
//                             → stays queued for retryPending(); the pass stops there
//
// A pass goes through the queue from the front and stops at the first report that stays:
// the endpoint is struggling, and the rest can wait for the next refresh. That report moves
// to the back, so one report the server keeps choking on cannot hold back the others.
class FeedbackSender : public QObject
{
    Q_OBJECT

public:
    // `employee` null: no Authorization header. The queue file is read here; a damaged one
    // is set aside.
    FeedbackSender(Net::HttpClient &http, QUrl webhook, Net::EmployeeTokenSource *employee,
                   QString queueFile, const Core::Clock &clock, QObject *parent = nullptr);
    ~FeedbackSender() override;

    // Queues the report (saved before anything is sent) and starts sending. Fills in the
    // report's id and time when they are empty.
    void submit(FeedbackReport report);
    // Sends everything queued; the app calls it at each refresh. Does nothing while a POST
    // is in flight: that pass carries on through the queue by itself.
    void retryPending();

    int pendingCount() const { return int(m_pending.size()); }
    const QList<FeedbackReport> &pending() const { return m_pending; }
    bool isSending() const { return m_sending; }

Q_SIGNALS:
    void sent(const Stethoscope::Sources::Feedback::FeedbackReport &report);
    void refused(const Stethoscope::Sources::Feedback::FeedbackReport &report,
                 const Stethoscope::Core::Error &error);
    void pendingChanged(int count);

private:
    void sendNext();
    void post(const QString &id, bool renewedToken);
    void handle(const QString &id, bool renewedToken,
                const Core::Result<Net::HttpResponse> &answer);
    void keep(const QString &id, const QString &why);
    std::optional<FeedbackReport> take(const QString &id);
    void save();

    Net::HttpClient &m_http;
    QUrl m_webhook;
    Net::EmployeeTokenSource *m_employee;
    FeedbackQueue m_queue;
    const Core::Clock &m_clock;
    QList<FeedbackReport> m_pending;
    bool m_sending = false;
};

} // namespace Stethoscope::Sources::Feedback
