#include "reporteddevices.h"

#include "jsonreader.h"
#include "spelling.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace Stethoscope::Core {

namespace {

// The translation context of this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportedDevices)
};

constexpr std::array<std::pair<DeviceReport::Reason, const char16_t *>, 2> reasons {{
    {DeviceReport::Reason::NotMine, u"not_mine"},
    {DeviceReport::Reason::NoLongerUsed, u"no_longer_used"},
}};

QString timeOrDash(const std::optional<QDateTime> &time)
{
    return time ? toRfc3339(*time) : QStringLiteral("-");
}

// Whether a backend that reports the device (then or now) failed in this snapshot: the device
// then looks different without having changed.
bool hasOutage(const Snapshot &snapshot, const DeviceReport &report, const Device &device)
{
    return std::any_of(
        snapshot.sources.begin(), snapshot.sources.end(), [&](const SourceStatus &source) {
            const bool failed = source.state == SourceStatus::State::Error
                || source.state == SourceStatus::State::Stale;
            return failed
                && (report.sources.contains(source.id) || device.sources.contains(source.id));
        });
}

template<typename T>
T required(JsonReader &reader, std::optional<T> value, const QString &path, const QString &key)
{
    if (!value && !reader.failed())
        reader.fail(JsonReader::join(path, key), Text::tr("is missing"));
    return value.value_or(T {});
}

std::optional<DeviceReport> reportFromJson(JsonReader &reader, const QJsonObject &object,
                                           const QString &path)
{
    reader.allowOnly(object, path,
                     {QStringLiteral("device_id"), QStringLiteral("device_name"),
                      QStringLiteral("reason"), QStringLiteral("reported_at"),
                      QStringLiteral("sources"), QStringLiteral("fingerprint")});
    DeviceReport report;
    report.deviceId = required(reader, reader.string(object, path, QStringLiteral("device_id")),
                               path, QStringLiteral("device_id"));
    report.deviceName
        = reader.string(object, path, QStringLiteral("device_name")).value_or(report.deviceId);
    const QString reason = required(reader, reader.string(object, path, QStringLiteral("reason")),
                                    path, QStringLiteral("reason"));
    if (const auto known = reportReasonFromName(reason))
        report.reason = *known;
    else if (!reader.failed())
        reader.fail(JsonReader::join(path, QStringLiteral("reason")),
                    Text::tr("has the unknown value \"%1\"").arg(reason));
    report.reportedAt
        = required(reader, reader.dateTime(object, path, QStringLiteral("reported_at")), path,
                   QStringLiteral("reported_at"));
    report.sources = required(reader, reader.strings(object, path, QStringLiteral("sources")), path,
                              QStringLiteral("sources"));
    report.fingerprint
        = required(reader, reader.string(object, path, QStringLiteral("fingerprint")), path,
                   QStringLiteral("fingerprint"));
    if (reader.failed())
        return std::nullopt;
    return report;
}

} // namespace

QString reportReasonName(DeviceReport::Reason reason)
{
    return spell(reasons, reason);
}

std::optional<DeviceReport::Reason> reportReasonFromName(QStringView name)
{
    return lookup(reasons, name);
}

QString deviceFingerprint(const Device &device)
{
    // Descriptive fields (name, OS) are left out: they change with the data above anyway, and
    // a rename alone says nothing about who uses the device.
    QString text = QStringLiteral("sources=") + device.sources.join(u',')
        + QStringLiteral("\nlast_sync=") + timeOrDash(device.lastSync);
    for (auto it = device.practices.begin(); it != device.practices.end(); ++it) {
        text += u'\n' + it.key() + u'=' + statusName(it->status) + u';' + it->source + u';'
            + timeOrDash(it->lastUpdated);
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void ReportedDevices::report(const Device &device, DeviceReport::Reason reason,
                             const QDateTime &now)
{
    withdraw(device.id);
    DeviceReport report {device.id,      device.name.value_or(device.id), reason, now,
                         device.sources, deviceFingerprint(device)};
    const auto at = std::lower_bound(
        m_reports.begin(), m_reports.end(), device.id,
        [](const DeviceReport &existing, const QString &id) { return existing.deviceId < id; });
    m_reports.insert(at, std::move(report));
}

bool ReportedDevices::withdraw(const QString &deviceId)
{
    return m_reports.removeIf([&](const DeviceReport &report) {
        return report.deviceId == deviceId;
    }) > 0;
}

const DeviceReport *ReportedDevices::find(const QString &deviceId) const
{
    const auto it
        = std::find_if(m_reports.begin(), m_reports.end(),
                       [&](const DeviceReport &report) { return report.deviceId == deviceId; });
    return it == m_reports.end() ? nullptr : &*it;
}

QByteArray ReportedDevices::saveState() const
{
    QJsonArray reports;
    for (const DeviceReport &report : m_reports) {
        reports.append(
            QJsonObject {{QStringLiteral("device_id"), report.deviceId},
                         {QStringLiteral("device_name"), report.deviceName},
                         {QStringLiteral("reason"), reportReasonName(report.reason)},
                         {QStringLiteral("reported_at"), toRfc3339(report.reportedAt)},
                         {QStringLiteral("sources"), QJsonArray::fromStringList(report.sources)},
                         {QStringLiteral("fingerprint"), report.fingerprint}});
    }
    const QJsonObject state {{QStringLiteral("schema"), schemaVersion},
                             {QStringLiteral("reports"), reports}};
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

Result<ReportedDevices> ReportedDevices::restoreState(QByteArrayView json)
{
    const QString document = Text::tr("The saved device reports");
    auto root = JsonReader::parseObject(json, document, Error::Category::Parse);
    if (!root)
        return root.error();

    if (auto error = JsonReader::checkSchema(*root, document, schemaVersion))
        return *error;
    JsonReader reader(document);
    reader.allowOnly(*root, {}, {QStringLiteral("schema"), QStringLiteral("reports")});

    ReportedDevices reported;
    const QJsonArray reports = required(reader, reader.array(*root, {}, QStringLiteral("reports")),
                                        {}, QStringLiteral("reports"));
    for (qsizetype i = 0; i < reports.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::join(QStringLiteral("reports"), i);
        if (!reports[i].isObject()) {
            reader.fail(path, Text::tr("must be an object"));
            break;
        }
        auto report = reportFromJson(reader, reports[i].toObject(), path);
        if (!report)
            break;
        if (reported.isReported(report->deviceId)) {
            reader.fail(JsonReader::join(path, QStringLiteral("device_id")),
                        Text::tr("is \"%1\", which an earlier report has").arg(report->deviceId));
            break;
        }
        reported.m_reports.append(std::move(*report));
    }
    if (reader.failed())
        return reader.error(Error::Category::Parse);
    std::sort(reported.m_reports.begin(), reported.m_reports.end(),
              [](const DeviceReport &a, const DeviceReport &b) { return a.deviceId < b.deviceId; });
    return reported;
}

Snapshot withoutReported(const Snapshot &snapshot, ReportedDevices &reported)
{
    Snapshot driving = snapshot;
    driving.devices.clear();
    for (const Device &device : snapshot.devices) {
        const DeviceReport *report = reported.find(device.id);
        if (report && !hasOutage(snapshot, *report, device)
            && deviceFingerprint(device) != report->fingerprint) {
            reported.withdraw(device.id);
            report = nullptr;
        }
        if (!report)
            driving.devices.append(device);
    }
    driving.overall = overallRating(driving.devices);
    return driving;
}

} // namespace Stethoscope::Core
