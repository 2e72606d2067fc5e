#include "feedbackreport.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace Stethoscope::Sources::Feedback {

using Core::JsonReader;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Feedback)
};

constexpr int schemaVersion = 1;

QJsonValue orNull(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// What a person calls the device: its name, else its serial number, else its id.
QString deviceLabel(const FeedbackReport &report)
{
    if (report.deviceName && !report.deviceName->isEmpty())
        return *report.deviceName;
    if (report.identifiers.serial && !report.identifiers.serial->isEmpty())
        return *report.identifiers.serial;
    return report.deviceId;
}

// Everything but the unreserved characters percent-encoded (UTF-8), so that no '&', '=', '#',
// '+' or '%' in a device name can change what the link means.
QByteArray encoded(const QString &text, const QByteArray &keep = {})
{
    return QUrl::toPercentEncoding(text, keep);
}

} // namespace

QString responseName(FeedbackResponse response)
{
    switch (response) {
    case FeedbackResponse::NotMine:
        return QStringLiteral("not-mine");
    case FeedbackResponse::NoLongerUsed:
        return QStringLiteral("no-longer-used");
    }
    return {};
}

std::optional<FeedbackResponse> responseFromName(QStringView name)
{
    for (const auto response : {FeedbackResponse::NotMine, FeedbackResponse::NoLongerUsed}) {
        if (name == responseName(response))
            return response;
    }
    return std::nullopt;
}

QJsonObject feedbackObject(const FeedbackReport &report)
{
    const Core::DeviceIdentifiers &ids = report.identifiers;
    const QJsonObject identifiers {
        {QStringLiteral("serial"), orNull(ids.serial)},
        {QStringLiteral("mac_addresses"), QJsonArray::fromStringList(ids.macAddresses)},
        {QStringLiteral("udid"), orNull(ids.udid)},
        {QStringLiteral("imei"), orNull(ids.imei)},
        {QStringLiteral("meid"), orNull(ids.meid)},
        {QStringLiteral("google_device_id"), orNull(ids.googleDeviceId)},
    };
    const QJsonObject device {
        {QStringLiteral("id"), report.deviceId},
        {QStringLiteral("name"), orNull(report.deviceName)},
        {QStringLiteral("identifiers"), identifiers},
        {QStringLiteral("sources"), QJsonArray::fromStringList(report.sources)},
    };
    return {
        {QStringLiteral("schema"), schemaVersion},
        {QStringLiteral("report_id"), report.id},
        {QStringLiteral("reporter"), report.reporter},
        {QStringLiteral("response"), responseName(report.response)},
        {QStringLiteral("device"), device},
        {QStringLiteral("app_version"), report.appVersion},
        {QStringLiteral("reported_at"),
         report.reportedAt.isValid() ? QJsonValue(Core::toRfc3339(report.reportedAt))
                                     : QJsonValue(QJsonValue::Null)},
    };
}

QByteArray feedbackJson(const FeedbackReport &report)
{
    return QJsonDocument(feedbackObject(report)).toJson(QJsonDocument::Compact);
}

Core::Result<FeedbackReport> feedbackFromObject(const QJsonObject &object)
{
    JsonReader reader(Text::tr("A feedback report"));
    const QString top;
    const auto schema = reader.integer(object, top, QStringLiteral("schema"), 1, 1000);
    if (!schema)
        reader.fail(QStringLiteral("schema"), Text::tr("is missing"));
    else if (*schema != schemaVersion)
        reader.fail(QStringLiteral("schema"),
                    Text::tr("is %1, not %2").arg(*schema).arg(schemaVersion));

    FeedbackReport report;
    report.id = reader.string(object, top, QStringLiteral("report_id")).value_or(QString());
    report.reporter = reader.string(object, top, QStringLiteral("reporter")).value_or(QString());
    const auto response = reader.string(object, top, QStringLiteral("response"));
    if (const auto known = responseFromName(response.value_or(QString())))
        report.response = *known;
    else
        reader.fail(QStringLiteral("response"), Text::tr("must be not-mine or no-longer-used"));
    report.appVersion
        = reader.string(object, top, QStringLiteral("app_version")).value_or(QString());
    if (const auto at = reader.dateTime(object, top, QStringLiteral("reported_at")))
        report.reportedAt = *at;

    const QString devicePath = QStringLiteral("device");
    const auto device = reader.object(object, top, devicePath);
    if (!device)
        reader.fail(devicePath, Text::tr("is missing"));
    const QJsonObject deviceObject = device.value_or(QJsonObject());
    report.deviceId
        = reader.string(deviceObject, devicePath, QStringLiteral("id")).value_or(QString());
    report.deviceName = reader.string(deviceObject, devicePath, QStringLiteral("name"));
    report.sources = reader.strings(deviceObject, devicePath, QStringLiteral("sources"))
                         .value_or(QStringList());

    const QString idPath = JsonReader::join(devicePath, QStringLiteral("identifiers"));
    const QJsonObject ids = reader.object(deviceObject, devicePath, QStringLiteral("identifiers"))
                                .value_or(QJsonObject());
    Core::DeviceIdentifiers &identifiers = report.identifiers;
    identifiers.serial = reader.string(ids, idPath, QStringLiteral("serial"));
    identifiers.macAddresses
        = reader.strings(ids, idPath, QStringLiteral("mac_addresses")).value_or(QStringList());
    identifiers.udid = reader.string(ids, idPath, QStringLiteral("udid"));
    identifiers.imei = reader.string(ids, idPath, QStringLiteral("imei"));
    identifiers.meid = reader.string(ids, idPath, QStringLiteral("meid"));
    identifiers.googleDeviceId = reader.string(ids, idPath, QStringLiteral("google_device_id"));

    if (report.id.isEmpty() || report.deviceId.isEmpty())
        reader.fail(report.id.isEmpty() ? QStringLiteral("report_id") : QStringLiteral("device.id"),
                    Text::tr("is missing"));
    if (reader.failed())
        return reader.error(Core::Error::Category::Parse);
    return report;
}

QUrl feedbackMailto(const QString &itAddress, const FeedbackReport &report)
{
    const QString device = deviceLabel(report);
    const QString subject = report.response == FeedbackResponse::NotMine
        ? Text::tr("Stethoscope: %1 is not my device").arg(device)
        : Text::tr("Stethoscope: I no longer use %1").arg(device);

    QStringList lines;
    lines << Text::tr("Hello,") << QString();
    lines << (report.response == FeedbackResponse::NotMine
                  ? Text::tr("Stethoscope lists this device under my name, but it is not mine.")
                  : Text::tr("Stethoscope lists this device under my name, but I no longer use "
                             "it."));
    lines << QString();
    const auto fact = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label + QStringLiteral(": ") + value;
    };
    const Core::DeviceIdentifiers &ids = report.identifiers;
    fact(Text::tr("Device"), report.deviceName.value_or(QString()));
    fact(Text::tr("Device id"), report.deviceId);
    fact(Text::tr("Serial number"), ids.serial.value_or(QString()));
    fact(Text::tr("MAC addresses"), ids.macAddresses.join(QStringLiteral(", ")));
    fact(Text::tr("UDID"), ids.udid.value_or(QString()));
    fact(Text::tr("IMEI"), ids.imei.value_or(QString()));
    fact(Text::tr("MEID"), ids.meid.value_or(QString()));
    fact(Text::tr("Google device id"), ids.googleDeviceId.value_or(QString()));
    fact(Text::tr("Listed by"), report.sources.join(QStringLiteral(", ")));
    fact(Text::tr("Response"), responseName(report.response));
    fact(Text::tr("Reported by"), report.reporter);
    fact(Text::tr("Reported at"),
         report.reportedAt.isValid() ? Core::toRfc3339(report.reportedAt) : QString());
    fact(Text::tr("Stethoscope version"), report.appVersion);
    fact(Text::tr("Report id"), report.id);

    // RFC 6068: line breaks in a mailto body are CRLF, percent-encoded like everything else
    // outside the unreserved set (a space is %20, never '+').
    const QString body = lines.join(QStringLiteral("\r\n"));
    const QByteArray link = QByteArrayLiteral("mailto:") + encoded(itAddress, "@,")
        + QByteArrayLiteral("?subject=") + encoded(subject) + QByteArrayLiteral("&body=")
        + encoded(body);
    return QUrl::fromEncoded(link, QUrl::StrictMode);
}

} // namespace Stethoscope::Sources::Feedback
