#include "catch.h"

#include "demo/demofeedback.h"
#include "feedback/feedbackreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Stethoscope;
using namespace Stethoscope::Sources;
using Feedback::FeedbackReport;
using Feedback::FeedbackResponse;

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
