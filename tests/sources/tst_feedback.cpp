#include "catch.h"

#include "await.h"

#include "demo/demobackends.h"
#include "feedback/feedbackqueue.h"
#include "feedback/feedbackreport.h"
#include "feedback/feedbacksender.h"
#include "net/httpclient.h"
#include "net/tokenprovider.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

using namespace Stethoscope;
using namespace Stethoscope::Sources;
using Feedback::FeedbackReport;
using Feedback::FeedbackResponse;
using Feedback::FeedbackSender;
using Stethoscope::Testing::spinUntil;

namespace {

const QString alice = QStringLiteral("alice@example.com");

FeedbackReport sampleReport(const QString &id
                            = QStringLiteral("3f2c9a1e-8b7d-4c21-9e0a-5d6f7a8b9c0d"))
{
    FeedbackReport report;
    report.id = id;
    report.reporter = alice;
    report.response = FeedbackResponse::NotMine;
    report.deviceId = QStringLiteral("serial:C02ZK1ABMD6M");
    report.deviceName = QStringLiteral("old-imac");
    report.identifiers.serial = QStringLiteral("C02ZK1ABMD6M");
    report.identifiers.addMac(u"a4:83:e7:12:34:56");
    report.identifiers.addMac(u"3c:22:fb:aa:bb:cc");
    report.identifiers.udid = QStringLiteral("00008030-001A2B3C4D5E6F70");
    report.identifiers.imei = QStringLiteral("356938035643809");
    report.identifiers.meid = QStringLiteral("A0000049A5E4B2");
    report.identifiers.googleDeviceId = QStringLiteral("g-1f2e3d");
    report.sources = {QStringLiteral("google"), QStringLiteral("jamf")};
    report.appVersion = QStringLiteral("1.4.0");
    report.reportedAt = QDateTime({2024, 5, 6}, {7, 8, 9}, Qt::UTC);
    return report;
}

// The signed-in employee's token: the first one handed out is stale; a renewed one is the
// one the endpoint accepts (unless told that renewing does not help either).
QString text(const QJsonValue &value)
{
    return value.toString();
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

// Every message logged while it lives, with the project's categories turned up to debug.
} // namespace

TEST_CASE("The feedback body has the documented shape, every field present", "[feedback]")
{
    const FeedbackReport report = sampleReport();
    const QJsonDocument document = QJsonDocument::fromJson(Feedback::feedbackJson(report));
    REQUIRE(document.isObject());
    const QJsonObject body = document.object();

    CHECK(body.keys()
          == QStringList {QStringLiteral("app_version"), QStringLiteral("device"),
                          QStringLiteral("report_id"), QStringLiteral("reported_at"),
                          QStringLiteral("reporter"), QStringLiteral("response"),
                          QStringLiteral("schema")});
    CHECK(body.value(QStringLiteral("schema")).toInt() == 1);
    CHECK(text(body.value(QStringLiteral("report_id"))) == u"3f2c9a1e-8b7d-4c21-9e0a-5d6f7a8b9c0d");
    CHECK(text(body.value(QStringLiteral("reporter"))) == alice);
    CHECK(text(body.value(QStringLiteral("response"))) == u"not-mine");
    CHECK(text(body.value(QStringLiteral("app_version"))) == u"1.4.0");
    CHECK(text(body.value(QStringLiteral("reported_at"))) == u"2024-05-06T07:08:09Z");

    const QJsonObject device = body.value(QStringLiteral("device")).toObject();
    CHECK(device.keys()
          == QStringList {QStringLiteral("id"), QStringLiteral("identifiers"),
                          QStringLiteral("name"), QStringLiteral("sources")});
    CHECK(text(device.value(QStringLiteral("id"))) == u"serial:C02ZK1ABMD6M");
    CHECK(text(device.value(QStringLiteral("name"))) == u"old-imac");
    CHECK(strings(device.value(QStringLiteral("sources")))
          == QStringList {QStringLiteral("google"), QStringLiteral("jamf")});

    const QJsonObject ids = device.value(QStringLiteral("identifiers")).toObject();
    CHECK(ids.keys()
          == QStringList {QStringLiteral("google_device_id"), QStringLiteral("imei"),
                          QStringLiteral("mac_addresses"), QStringLiteral("meid"),
                          QStringLiteral("serial"), QStringLiteral("udid")});
    CHECK(text(ids.value(QStringLiteral("serial"))) == u"C02ZK1ABMD6M");
    CHECK(
        strings(ids.value(QStringLiteral("mac_addresses")))
        == QStringList {QStringLiteral("3C:22:FB:AA:BB:CC"), QStringLiteral("A4:83:E7:12:34:56")});
    CHECK(text(ids.value(QStringLiteral("udid"))) == u"00008030-001A2B3C4D5E6F70");
    CHECK(text(ids.value(QStringLiteral("imei"))) == u"356938035643809");
    CHECK(text(ids.value(QStringLiteral("meid"))) == u"A0000049A5E4B2");
    CHECK(text(ids.value(QStringLiteral("google_device_id"))) == u"g-1f2e3d");

    // Compact, one line, the same bytes every time.
    CHECK_FALSE(Feedback::feedbackJson(report).contains('\n'));
    CHECK(Feedback::feedbackJson(report) == Feedback::feedbackJson(sampleReport()));
    // It reads back as the same report (the queue file relies on this).
    const auto back = Feedback::feedbackFromObject(body);
    REQUIRE(back.hasValue());
    CHECK(*back == report);
}

TEST_CASE("What is not known about the device is null, never left out", "[feedback]")
{
    FeedbackReport report = sampleReport();
    report.response = FeedbackResponse::NoLongerUsed;
    report.deviceName.reset();
    report.identifiers = {};
    report.sources = {QStringLiteral("google")};
    const QJsonObject body = QJsonDocument::fromJson(Feedback::feedbackJson(report)).object();
    CHECK(text(body.value(QStringLiteral("response"))) == u"no-longer-used");
    const QJsonObject device = body.value(QStringLiteral("device")).toObject();
    CHECK(device.value(QStringLiteral("name")).isNull());
    const QJsonObject ids = device.value(QStringLiteral("identifiers")).toObject();
    CHECK(ids.size() == 6);
    for (const QString &key :
         {QStringLiteral("serial"), QStringLiteral("udid"), QStringLiteral("imei"),
          QStringLiteral("meid"), QStringLiteral("google_device_id")}) {
        INFO(key.toStdString());
        CHECK(ids.value(key).isNull());
    }
    CHECK(ids.value(QStringLiteral("mac_addresses")).toArray().isEmpty());
    const auto back = Feedback::feedbackFromObject(body);
    REQUIRE(back.hasValue());
    CHECK(*back == report);
}

TEST_CASE("The mailto fallback carries the same facts, percent-encoded", "[feedback]")
{
    FeedbackReport report = sampleReport();
    // Characters that would break a hand-built link: query separators, '+', a literal
    // percent escape, a fragment mark, and text outside ASCII.
    report.deviceName = QStringLiteral("Zoë's Mac & co=1 #2 + 100%41");
    const QUrl link = Feedback::feedbackMailto(QStringLiteral("it-help@example.com"), report);

    REQUIRE(link.isValid());
    CHECK(link.scheme() == u"mailto");
    CHECK(link.path() == u"it-help@example.com");
    CHECK_FALSE(link.hasFragment());

    const QByteArray encoded = link.toEncoded();
    const QByteArray query = encoded.mid(encoded.indexOf('?') + 1);
    CHECK_FALSE(query.contains(' '));
    CHECK_FALSE(query.contains('+')); // a '+' could be read as a space
    CHECK_FALSE(query.contains('\n'));
    CHECK(query.count('&') == 1); // only the one between subject and body
    CHECK(query.contains("%0D%0A")); // RFC 6068 line breaks

    const QUrlQuery items(link);
    CHECK(items.queryItems(QUrl::FullyDecoded).size() == 2);
    CHECK(items.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded)
          == u"Stethoscope: Zoë's Mac & co=1 #2 + 100%41 is not my device");
    const QString expectedBody = QStringList {
        QStringLiteral("Hello,"),
        QString(),
        QStringLiteral("Stethoscope lists this device under my name, but it is not mine."),
        QString(),
        QStringLiteral("Device: Zoë's Mac & co=1 #2 + 100%41"),
        QStringLiteral("Device id: serial:C02ZK1ABMD6M"),
        QStringLiteral("Serial number: C02ZK1ABMD6M"),
        QStringLiteral("MAC addresses: 3C:22:FB:AA:BB:CC, A4:83:E7:12:34:56"),
        QStringLiteral("UDID: 00008030-001A2B3C4D5E6F70"),
        QStringLiteral("IMEI: 356938035643809"),
        QStringLiteral("MEID: A0000049A5E4B2"),
        QStringLiteral("Google device id: g-1f2e3d"),
        QStringLiteral("Listed by: google, jamf"),
        QStringLiteral("Response: not-mine"),
        QStringLiteral("Reported by: alice@example.com"),
        QStringLiteral("Reported at: 2024-05-06T07:08:09Z"),
        QStringLiteral("Stethoscope version: 1.4.0"),
        QStringLiteral("Report id: 3f2c9a1e-8b7d-4c21-9e0a-5d6f7a8b9c0d"),
    }.join(QStringLiteral("\r\n"));
    CHECK(items.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded) == expectedBody);
}

TEST_CASE("The mailto subject names the device by what is known of it", "[feedback]")
{
    FeedbackReport report = sampleReport();
    report.response = FeedbackResponse::NoLongerUsed;
    report.deviceName.reset();
    const auto subject = [&report] {
        return QUrlQuery(Feedback::feedbackMailto(QStringLiteral("it@example.com"), report))
            .queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded);
    };
    CHECK(subject() == u"Stethoscope: I no longer use C02ZK1ABMD6M");
    report.identifiers.serial.reset();
    CHECK(subject() == u"Stethoscope: I no longer use serial:C02ZK1ABMD6M");
    const QString body
        = QUrlQuery(Feedback::feedbackMailto(QStringLiteral("it@example.com"), report))
              .queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    CHECK(body.contains(u"but I no longer use it."));
    CHECK_FALSE(body.contains(u"Serial number:")); // nothing to say, no line
    CHECK_FALSE(body.contains(u"Device: "));
}

TEST_CASE("The demo endpoint answers 400 to a body without schema or response", "[feedback]")
{
    Demo::DemoFeedback endpoint;
    const auto post = [&endpoint](const QByteArray &body) {
        Demo::DemoRequest request;
        request.method = QByteArrayLiteral("POST");
        request.path = QStringLiteral("/feedback");
        request.body = body;
        return endpoint.handle(request).status;
    };
    CHECK(post("{\"schema\":1,\"response\":\"not-mine\"}") == 204);
    CHECK(post("{\"response\":\"not-mine\"}") == 400);
    CHECK(post("{\"schema\":1}") == 400);
    CHECK(post("[1]") == 400);
    CHECK(post("not json") == 400);
    CHECK(endpoint.received().size() == 1);

    Demo::DemoRequest get;
    get.method = QByteArrayLiteral("GET");
    get.path = QStringLiteral("/feedback");
    CHECK(endpoint.handle(get).status == 405);
}

namespace {

class FixedClock final : public Core::Clock
{
public:
    QDateTime now() const override { return QDateTime({2024, 5, 6}, {7, 8, 9}, Qt::UTC); }
};

class FakeEmployee final : public Net::EmployeeTokenSource
{
public:
    QFuture<Core::Result<QByteArray>> employeeToken(bool renew) override
    {
        ++asked;
        if (cancelling) {
            // What a token source that goes away mid-request leaves behind.
            QPromise<Core::Result<QByteArray>> promise;
            promise.start();
            QFuture<Core::Result<QByteArray>> future = promise.future();
            future.cancel();
            promise.finish();
            return future;
        }
        if (failing)
            return QtFuture::makeReadyFuture(Core::Result<QByteArray>(
                Core::Error {Core::Error::Category::Auth, QStringLiteral("Not signed in."), {}}));
        if (renew) {
            ++renewals;
            current = renewed;
        }
        return QtFuture::makeReadyFuture(Core::Result<QByteArray>(current));
    }

    QByteArray current = QByteArrayLiteral("stale-employee-token-7d41");
    QByteArray renewed = QByteArrayLiteral("fresh-employee-token-93be");
    bool failing = false;
    bool cancelling = false;
    int asked = 0;
    int renewals = 0;
};

// The demo feedback endpoint and senders talking to it over loopback.
struct FeedbackFixture
{
    FixedClock clock;
    QNetworkAccessManager network;
    Demo::DemoBackends demo;
    QTemporaryDir dir;
    std::unique_ptr<Net::HttpClient> http;
    QList<FeedbackReport> sent;
    QList<std::pair<FeedbackReport, Core::Error>> refused;
    QList<int> pendingCounts;

    FeedbackFixture()
    {
        REQUIRE(demo.start());
        REQUIRE(dir.isValid());
        // One attempt per request: what the sender does with each answer is under test, not
        // the client's own retries. Five at once allowed, so one-at-a-time is the sender's doing.
        http = std::make_unique<Net::HttpClient>(
            network, Net::BackendLimits {QStringLiteral("IT feedback"), 5, 1, 5'000, 10, 100});
    }

    QString queueFile() const { return dir.filePath(QStringLiteral("state/feedback.json")); }

    std::unique_ptr<FeedbackSender> sender(Net::EmployeeTokenSource *employee = nullptr)
    {
        auto made = std::make_unique<FeedbackSender>(*http, demo.feedbackUrl(), employee,
                                                     queueFile(), clock);
        QObject::connect(made.get(), &FeedbackSender::sent, made.get(),
                         [this](const FeedbackReport &report) { sent.append(report); });
        QObject::connect(made.get(), &FeedbackSender::refused, made.get(),
                         [this](const FeedbackReport &report, const Core::Error &error) {
                             refused.append({report, error});
                         });
        QObject::connect(made.get(), &FeedbackSender::pendingChanged, made.get(),
                         [this](int count) { pendingCounts.append(count); });
        return made;
    }

    // Submits and waits until the sender has nothing in flight.
    static void submitAndSettle(FeedbackSender &sender, FeedbackReport report)
    {
        sender.submit(std::move(report));
        REQUIRE(spinUntil([&sender] { return !sender.isSending(); }, 10'000));
    }

    static void retryAndSettle(FeedbackSender &sender)
    {
        sender.retryPending();
        REQUIRE(spinUntil([&sender] { return !sender.isSending(); }, 10'000));
    }

    QJsonArray queuedOnDisk() const
    {
        QFile file(queueFile());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject queue = QJsonDocument::fromJson(file.readAll()).object();
        CHECK(queue.value(QStringLiteral("schema")).toInt() == 1);
        return queue.value(QStringLiteral("pending")).toArray();
    }

    int requestsToEndpoint() { return demo.feedbackServer().requestCount(); }
};

struct LogCapture
{
    static inline QStringList lines;
    QtMessageHandler previous;

    LogCapture()
    {
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("stethoscope.*=true"));
        previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &line) { lines.append(line); });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;
};

} // namespace

TEST_CASE("The demo endpoint receives exactly the documented body, without Authorization",
          "[feedback]")
{
    FeedbackFixture f;
    auto sender = f.sender();
    const FeedbackReport report = sampleReport();
    FeedbackFixture::submitAndSettle(*sender, report);

    REQUIRE(f.demo.feedback().receivedRequests().size() == 1);
    const Demo::DemoRequest &request = f.demo.feedback().receivedRequests().front();
    CHECK(request.method == "POST");
    CHECK(request.path == u"/feedback");
    CHECK(QString::fromUtf8(request.body) == QString::fromUtf8(Feedback::feedbackJson(report)));
    CHECK(request.header("content-type") == "application/json");
    CHECK_FALSE(request.headers.contains("authorization"));

    // Field by field, as the endpoint parsed it.
    REQUIRE(f.demo.feedback().received().size() == 1);
    const QJsonObject body = f.demo.feedback().received().front();
    CHECK(body.value(QStringLiteral("schema")).toInt() == 1);
    CHECK(text(body.value(QStringLiteral("report_id"))) == report.id);
    CHECK(text(body.value(QStringLiteral("reporter"))) == alice);
    CHECK(text(body.value(QStringLiteral("response"))) == u"not-mine");
    CHECK(text(body.value(QStringLiteral("app_version"))) == u"1.4.0");
    CHECK(text(body.value(QStringLiteral("reported_at"))) == u"2024-05-06T07:08:09Z");
    const QJsonObject device = body.value(QStringLiteral("device")).toObject();
    CHECK(text(device.value(QStringLiteral("id"))) == u"serial:C02ZK1ABMD6M");
    CHECK(text(device.value(QStringLiteral("name"))) == u"old-imac");
    CHECK(strings(device.value(QStringLiteral("sources")))
          == QStringList {QStringLiteral("google"), QStringLiteral("jamf")});
    const QJsonObject ids = device.value(QStringLiteral("identifiers")).toObject();
    CHECK(text(ids.value(QStringLiteral("serial"))) == u"C02ZK1ABMD6M");
    CHECK(
        strings(ids.value(QStringLiteral("mac_addresses")))
        == QStringList {QStringLiteral("3C:22:FB:AA:BB:CC"), QStringLiteral("A4:83:E7:12:34:56")});
    CHECK(text(ids.value(QStringLiteral("udid"))) == u"00008030-001A2B3C4D5E6F70");
    CHECK(text(ids.value(QStringLiteral("imei"))) == u"356938035643809");
    CHECK(text(ids.value(QStringLiteral("meid"))) == u"A0000049A5E4B2");
    CHECK(text(ids.value(QStringLiteral("google_device_id"))) == u"g-1f2e3d");

    REQUIRE(f.sent.size() == 1);
    CHECK(f.sent.front() == report);
    CHECK(f.refused.isEmpty());
    CHECK(sender->pendingCount() == 0);
    CHECK(f.pendingCounts == QList<int> {1, 0});
    CHECK(f.queuedOnDisk().isEmpty());
}

TEST_CASE("submit() fills in the report's id and time when the app left them empty", "[feedback]")
{
    FeedbackFixture f;
    auto sender = f.sender();
    FeedbackReport report = sampleReport(QString());
    report.reportedAt = {};
    FeedbackFixture::submitAndSettle(*sender, report);

    REQUIRE(f.sent.size() == 1);
    CHECK(f.sent.front().id.size() == 36); // a UUID without braces
    CHECK(f.sent.front().reportedAt == f.clock.now());
    REQUIRE(f.demo.feedback().received().size() == 1);
    CHECK(text(f.demo.feedback().received().front().value(QStringLiteral("report_id")))
          == f.sent.front().id);
    CHECK(QString::fromUtf8(f.demo.feedback().receivedRequests().front().body)
          == QString::fromUtf8(Feedback::feedbackJson(f.sent.front())));
}

TEST_CASE("With an employee token source the report carries the employee's bearer token, renewed "
          "once on 401, and no token reaches the log",
          "[feedback]")
{
    FeedbackFixture f;
    FakeEmployee employee;
    f.demo.feedback().setRequiredToken(employee.renewed);
    LogCapture log;
    auto sender = f.sender(&employee);

    FeedbackFixture::submitAndSettle(*sender, sampleReport());

    CHECK(f.requestsToEndpoint() == 2); // stale token → 401, renewed → 204
    CHECK(employee.renewals == 1);
    REQUIRE(f.demo.feedback().receivedRequests().size() == 1);
    CHECK(f.demo.feedback().receivedRequests().front().header("authorization")
          == "Bearer fresh-employee-token-93be");
    CHECK(f.sent.size() == 1);
    CHECK(sender->pendingCount() == 0);

    REQUIRE_FALSE(LogCapture::lines.isEmpty()); // the renewal was logged …
    for (const QString &line : std::as_const(LogCapture::lines)) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(u"employee-token")); // … but no token, old or new
    }
}

TEST_CASE("A token the endpoint refuses even after renewal keeps the report queued", "[feedback]")
{
    FeedbackFixture f;
    FakeEmployee employee;
    f.demo.feedback().setRequiredToken(QByteArrayLiteral("a-token-nobody-has"));
    auto sender = f.sender(&employee);

    FeedbackFixture::submitAndSettle(*sender, sampleReport());
    CHECK(f.requestsToEndpoint() == 2); // one renewal, never a loop
    CHECK(employee.renewals == 1);
    CHECK(sender->pendingCount() == 1);
    CHECK(f.sent.isEmpty());
    CHECK(f.refused.isEmpty());
    CHECK(f.queuedOnDisk().size() == 1);
}

TEST_CASE("Without an employee token nothing is posted and the report waits", "[feedback]")
{
    FeedbackFixture f;
    FakeEmployee employee;
    employee.failing = true;
    auto sender = f.sender(&employee);

    FeedbackFixture::submitAndSettle(*sender, sampleReport());
    CHECK(employee.asked == 1);
    CHECK(f.requestsToEndpoint() == 0);
    CHECK(sender->pendingCount() == 1);

    // A token request that is cancelled rather than answered does not wedge the queue either.
    employee.failing = false;
    employee.cancelling = true;
    FeedbackFixture::retryAndSettle(*sender);
    CHECK(employee.asked == 2);
    CHECK(f.requestsToEndpoint() == 0);
    CHECK(sender->pendingCount() == 1);

    employee.cancelling = false;
    FeedbackFixture::retryAndSettle(*sender);
    CHECK(sender->pendingCount() == 0);
    REQUIRE(f.demo.feedback().receivedRequests().size() == 1);
    CHECK(f.demo.feedback().receivedRequests().front().header("authorization")
          == "Bearer stale-employee-token-7d41");
}

TEST_CASE("A 503 keeps the report queued; the next retry sends it exactly once", "[feedback]")
{
    FeedbackFixture f;
    f.demo.feedbackServer().addFault(
        {Demo::DemoFault::Kind::Status, QStringLiteral("/feedback"), -1, 0, 503});
    auto sender = f.sender();
    const FeedbackReport report = sampleReport();

    FeedbackFixture::submitAndSettle(*sender, report);
    CHECK(sender->pendingCount() == 1);
    CHECK(f.pendingCounts == QList<int> {1});
    CHECK(f.sent.isEmpty());
    CHECK(f.refused.isEmpty());
    CHECK(f.demo.feedback().received().isEmpty());
    CHECK(f.queuedOnDisk().size() == 1);

    // Still down: another retry changes nothing.
    FeedbackFixture::retryAndSettle(*sender);
    CHECK(sender->pendingCount() == 1);
    CHECK(f.requestsToEndpoint() == 2);

    f.demo.feedbackServer().clearFaults();
    FeedbackFixture::retryAndSettle(*sender);
    CHECK(sender->pendingCount() == 0);
    CHECK(f.pendingCounts == QList<int> {1, 0});
    REQUIRE(f.demo.feedback().received().size() == 1);
    CHECK(QString::fromUtf8(f.demo.feedback().receivedRequests().front().body)
          == QString::fromUtf8(Feedback::feedbackJson(report)));
    CHECK(f.sent.size() == 1);
    CHECK(f.queuedOnDisk().isEmpty());

    // Nothing left: a further retry posts nothing.
    FeedbackFixture::retryAndSettle(*sender);
    CHECK(f.requestsToEndpoint() == 3);
    CHECK(f.demo.feedback().received().size() == 1);
}

TEST_CASE("A 4xx refusal leaves the queue with refused(); transient answers stay queued",
          "[feedback]")
{
    const auto [status, refusal] = GENERATE(table<int, bool>({
        {400, true},
        {403, true},
        {404, true},
        {410, true},
        {422, true},
        {401, false}, // no employee token to renew: credentials may come later
        {408, false},
        {429, false},
        {500, false},
        {502, false},
        {503, false},
    }));
    INFO("status " << status);
    FeedbackFixture f;
    f.demo.feedbackServer().addFault(
        {Demo::DemoFault::Kind::Status, QStringLiteral("/feedback"), 1, 0, status});
    auto sender = f.sender();
    const FeedbackReport report = sampleReport();

    FeedbackFixture::submitAndSettle(*sender, report);
    CHECK(f.requestsToEndpoint() == 1);
    CHECK(f.sent.isEmpty());
    if (refusal) {
        REQUIRE(f.refused.size() == 1);
        CHECK(f.refused.front().first == report);
        CHECK(f.refused.front().second.message.contains(QString::number(status)));
        CHECK(sender->pendingCount() == 0);
        CHECK(f.pendingCounts == QList<int> {1, 0});
        CHECK(f.queuedOnDisk().isEmpty());
    } else {
        CHECK(f.refused.isEmpty());
        CHECK(sender->pendingCount() == 1);
        CHECK(f.queuedOnDisk().size() == 1);
    }
}

TEST_CASE("Reports go out one at a time, in order", "[feedback]")
{
    FeedbackFixture f;
    // Each answer 100 ms late: two POSTs in flight at once would show at the server.
    f.demo.feedbackServer().addFault(
        {Demo::DemoFault::Kind::Latency, QStringLiteral("/feedback"), -1, 100});
    auto sender = f.sender();
    const QStringList ids {QStringLiteral("a-1"), QStringLiteral("b-2"), QStringLiteral("c-3")};
    for (const QString &id : ids)
        sender->submit(sampleReport(id));
    CHECK(f.queuedOnDisk().size() == 3); // saved before any answer

    qsizetype mostInFlight = 0;
    REQUIRE(spinUntil(
        [&] {
            mostInFlight = std::max(
                mostInFlight, f.requestsToEndpoint() - f.demo.feedback().receivedRequests().size());
            return sender->pendingCount() == 0;
        },
        10'000));
    CHECK(mostInFlight == 1);
    QStringList received;
    for (const QJsonObject &body : f.demo.feedback().received())
        received.append(text(body.value(QStringLiteral("report_id"))));
    CHECK(received == ids);
}

TEST_CASE("The queue survives a restart: a new sender sends what the first could not", "[feedback]")
{
    FeedbackFixture f;
    f.demo.feedbackServer().addFault(
        {Demo::DemoFault::Kind::Status, QStringLiteral("/feedback"), -1, 0, 503});
    const FeedbackReport first = sampleReport(QStringLiteral("first"));
    FeedbackReport second = sampleReport(QStringLiteral("second"));
    second.response = FeedbackResponse::NoLongerUsed;
    second.deviceName.reset();
    second.identifiers.imei.reset();
    {
        auto sender = f.sender();
        FeedbackFixture::submitAndSettle(*sender, first);
        FeedbackFixture::submitAndSettle(*sender, second);
        CHECK(sender->pendingCount() == 2);
    } // the app quits

    f.demo.feedbackServer().clearFaults();
    auto restarted = f.sender();
    CHECK(restarted->pendingCount() == 2);
    FeedbackFixture::retryAndSettle(*restarted);
    CHECK(restarted->pendingCount() == 0);

    REQUIRE(f.demo.feedback().receivedRequests().size() == 2);
    QMap<QString, QString> bodies;
    for (const QJsonObject &body : f.demo.feedback().received())
        bodies.insert(text(body.value(QStringLiteral("report_id"))),
                      QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    CHECK(bodies.value(QStringLiteral("first"))
          == QString::fromUtf8(Feedback::feedbackJson(first)));
    CHECK(bodies.value(QStringLiteral("second"))
          == QString::fromUtf8(Feedback::feedbackJson(second)));
    CHECK(f.queuedOnDisk().isEmpty());
}

TEST_CASE("A damaged queue file is set aside with a warning, and feedback works again",
          "[feedback]")
{
    const QByteArray damaged = GENERATE(
        QByteArrayLiteral("{\"schema\":1,\"pending\":[{\"rep"), QByteArrayLiteral("[]"),
        QByteArrayLiteral("{\"schema\":7,\"pending\":[]}"), QByteArrayLiteral("\xff\xfe garbage"));
    FeedbackFixture f;
    REQUIRE(QDir().mkpath(QFileInfo(f.queueFile()).absolutePath()));
    {
        QFile file(f.queueFile());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }

    std::unique_ptr<FeedbackSender> sender;
    {
        LogCapture log;
        sender = f.sender();
        CHECK(sender->pendingCount() == 0);
        const bool warned = std::any_of(
            LogCapture::lines.cbegin(), LogCapture::lines.cend(), [](const QString &line) {
                return line.contains(u"feedback queue") && line.contains(u"damaged");
            });
        CHECK(warned);
    }
    QFile aside(f.queueFile() + QStringLiteral(".damaged"));
    REQUIRE(aside.open(QIODevice::ReadOnly));
    CHECK(aside.readAll() == damaged);
    CHECK_FALSE(QFile::exists(f.queueFile()));

    FeedbackFixture::submitAndSettle(*sender, sampleReport());
    CHECK(f.sent.size() == 1);
    CHECK(f.queuedOnDisk().isEmpty());
}

TEST_CASE("A queue with one unreadable report keeps the others and sets the file aside",
          "[feedback]")
{
    FeedbackFixture f;
    const QJsonObject good = Feedback::feedbackObject(sampleReport(QStringLiteral("good")));
    QJsonObject bad = good;
    bad.insert(QStringLiteral("response"), QStringLiteral("maybe-mine"));
    const QByteArray contents
        = QJsonDocument(QJsonObject {{QStringLiteral("schema"), 1},
                                     {QStringLiteral("pending"), QJsonArray {bad, good}}})
              .toJson(QJsonDocument::Compact);
    REQUIRE(QDir().mkpath(QFileInfo(f.queueFile()).absolutePath()));
    {
        QFile file(f.queueFile());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

    auto sender = f.sender();
    REQUIRE(sender->pendingCount() == 1);
    CHECK(sender->pending().front().id == u"good");
    QFile aside(f.queueFile() + QStringLiteral(".damaged"));
    REQUIRE(aside.open(QIODevice::ReadOnly));
    CHECK(aside.readAll() == contents);
    CHECK(f.queuedOnDisk().size() == 1);
}
