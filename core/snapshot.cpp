#include "snapshot.h"

#include "jsonreader.h"
#include "spelling.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <array>

namespace Stethoscope::Core {

namespace {

// The translation context of this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Snapshot)
};

constexpr std::array<std::pair<SourceStatus::State, const char16_t *>, 4> sourceStates {{
    {SourceStatus::State::Ok, u"ok"},
    {SourceStatus::State::Error, u"error"},
    {SourceStatus::State::Disabled, u"disabled"},
    {SourceStatus::State::Stale, u"stale"},
}};

QJsonValue orNull(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(toRfc3339(*time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject practiceToJson(const PracticeResult &result)
{
    QJsonObject json {{QStringLiteral("status"), statusName(result.status)},
                      {QStringLiteral("source"), orNull(result.source)},
                      {QStringLiteral("last_updated"), orNull(result.lastUpdated)},
                      {QStringLiteral("details"), orNull(result.details)}};
    if (const auto &other = result.disagreement) {
        json.insert(QStringLiteral("disagreement"),
                    QJsonObject {{QStringLiteral("status"), statusName(other->status)},
                                 {QStringLiteral("source"), orNull(other->source)},
                                 {QStringLiteral("last_updated"), orNull(other->lastUpdated)},
                                 {QStringLiteral("details"), orNull(other->details)}});
    }
    return json;
}

QJsonObject deviceToJson(const Device &device)
{
    QJsonObject identifiers {
        {QStringLiteral("serial"), orNull(device.ids.serial)},
        {QStringLiteral("mac_addresses"), QJsonArray::fromStringList(device.ids.macAddresses)},
        {QStringLiteral("udid"), orNull(device.ids.udid)},
        {QStringLiteral("imei"), orNull(device.ids.imei)},
        {QStringLiteral("meid"), orNull(device.ids.meid)},
        {QStringLiteral("google_device_id"), orNull(device.ids.googleDeviceId)},
    };
    QJsonObject practices;
    for (auto it = device.practices.begin(); it != device.practices.end(); ++it)
        practices.insert(it.key(), practiceToJson(it.value()));

    QJsonObject json {
        {QStringLiteral("id"), device.id},
        {QStringLiteral("name"), orNull(device.name)},
        {QStringLiteral("model"), orNull(device.model)},
        {QStringLiteral("manufacturer"), orNull(device.manufacturer)},
        {QStringLiteral("platform"),
         device.platform ? QJsonValue(platformName(*device.platform)) : QJsonValue()},
        {QStringLiteral("os"), orNull(device.osName)},
        {QStringLiteral("os_version"), orNull(device.osVersion)},
        {QStringLiteral("os_build"), orNull(device.osBuild)},
        {QStringLiteral("serial"), orNull(device.ids.serial)},
        {QStringLiteral("identifiers"), identifiers},
        {QStringLiteral("sources"), QJsonArray::fromStringList(device.sources)},
        {QStringLiteral("last_sync"), orNull(device.lastSync)},
        {QStringLiteral("stale"), device.stale},
        {QStringLiteral("rating"), ratingName(device.rating)},
        {QStringLiteral("practices"), practices},
    };
    if (device.joinedByName)
        json.insert(QStringLiteral("joined_by_name"), true);
    return json;
}

// Reads a key that names one of a fixed set of values ("ok", "warn" …).
template<typename Enum>
std::optional<Enum> readEnum(JsonReader &reader, const QJsonObject &object, const QString &path,
                             const QString &key, std::optional<Enum> (*fromName)(QStringView))
{
    const auto text = reader.string(object, path, key);
    if (!text) {
        if (!reader.failed())
            reader.fail(JsonReader::join(path, key), Text::tr("is missing"));
        return std::nullopt;
    }
    const auto value = fromName(*text);
    if (!value)
        reader.fail(JsonReader::join(path, key),
                    Text::tr("has the unknown value \"%1\"").arg(*text));
    return value;
}

std::optional<SourceStatus::State> sourceStateFromName(QStringView name)
{
    return lookup(sourceStates, name);
}

std::optional<PracticeResult> practiceFromJson(JsonReader &reader, const QJsonObject &object,
                                               const QString &path)
{
    PracticeResult result;
    result.status = readEnum(reader, object, path, QStringLiteral("status"), &statusFromName)
                        .value_or(PracticeStatus::Unknown);
    result.source = reader.string(object, path, QStringLiteral("source")).value_or(QString());
    result.lastUpdated = reader.dateTime(object, path, QStringLiteral("last_updated"));
    result.details = reader.string(object, path, QStringLiteral("details")).value_or(QString());
    if (const auto other = reader.object(object, path, QStringLiteral("disagreement"))) {
        const QString otherPath = JsonReader::join(path, QStringLiteral("disagreement"));
        PracticeDisagreement disagreement;
        disagreement.status
            = readEnum(reader, *other, otherPath, QStringLiteral("status"), &statusFromName)
                  .value_or(PracticeStatus::Unknown);
        disagreement.source
            = reader.string(*other, otherPath, QStringLiteral("source")).value_or(QString());
        disagreement.lastUpdated
            = reader.dateTime(*other, otherPath, QStringLiteral("last_updated"));
        disagreement.details
            = reader.string(*other, otherPath, QStringLiteral("details")).value_or(QString());
        result.disagreement = disagreement;
    }
    if (reader.failed())
        return std::nullopt;
    return result;
}

std::optional<Device> deviceFromJson(JsonReader &reader, const QJsonObject &object,
                                     const QString &path)
{
    Device device;
    device.id = reader.string(object, path, QStringLiteral("id")).value_or(QString());
    device.name = reader.string(object, path, QStringLiteral("name"));
    device.model = reader.string(object, path, QStringLiteral("model"));
    device.manufacturer = reader.string(object, path, QStringLiteral("manufacturer"));
    if (const auto platform = reader.string(object, path, QStringLiteral("platform"))) {
        device.platform = platformFromName(*platform);
        if (!device.platform)
            reader.fail(JsonReader::join(path, QStringLiteral("platform")),
                        Text::tr("has the unknown value \"%1\"").arg(*platform));
    }
    device.osName = reader.string(object, path, QStringLiteral("os"));
    device.osVersion = reader.string(object, path, QStringLiteral("os_version"));
    device.osBuild = reader.string(object, path, QStringLiteral("os_build"));
    if (const auto ids = reader.object(object, path, QStringLiteral("identifiers"))) {
        const QString idPath = JsonReader::join(path, QStringLiteral("identifiers"));
        device.ids.serial = reader.string(*ids, idPath, QStringLiteral("serial"));
        const QStringList macs
            = reader.strings(*ids, idPath, QStringLiteral("mac_addresses")).value_or(QStringList());
        for (const QString &mac : macs) {
            if (!device.ids.addMac(mac))
                reader.fail(JsonReader::join(idPath, QStringLiteral("mac_addresses")),
                            Text::tr("holds \"%1\", which is not a MAC address").arg(mac));
        }
        device.ids.udid = reader.string(*ids, idPath, QStringLiteral("udid"));
        device.ids.imei = reader.string(*ids, idPath, QStringLiteral("imei"));
        device.ids.meid = reader.string(*ids, idPath, QStringLiteral("meid"));
        device.ids.googleDeviceId = reader.string(*ids, idPath, QStringLiteral("google_device_id"));
    }
    if (!device.ids.serial)
        device.ids.serial = reader.string(object, path, QStringLiteral("serial"));
    device.sources
        = reader.strings(object, path, QStringLiteral("sources")).value_or(QStringList());
    device.lastSync = reader.dateTime(object, path, QStringLiteral("last_sync"));
    device.stale = reader.boolean(object, path, QStringLiteral("stale")).value_or(false);
    device.joinedByName
        = reader.boolean(object, path, QStringLiteral("joined_by_name")).value_or(false);
    device.rating = readEnum(reader, object, path, QStringLiteral("rating"), &ratingFromName)
                        .value_or(Rating::Unknown);
    if (const auto practices = reader.object(object, path, QStringLiteral("practices"))) {
        const QString practicesPath = JsonReader::join(path, QStringLiteral("practices"));
        for (auto it = practices->begin(); it != practices->end() && !reader.failed(); ++it) {
            const QString practicePath = JsonReader::join(practicesPath, it.key());
            if (!it->isObject()) {
                reader.fail(practicePath, Text::tr("must be an object"));
                break;
            }
            if (auto result = practiceFromJson(reader, it->toObject(), practicePath))
                device.practices.insert(it.key(), *result);
        }
    }
    if (reader.failed())
        return std::nullopt;
    return device;
}

template<typename T, typename Read>
QList<T> readList(JsonReader &reader, const QJsonObject &root, const QString &key, Read read)
{
    QList<T> items;
    const QJsonArray array = reader.array(root, {}, key).value_or(QJsonArray());
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::join(key, i);
        if (!array[i].isObject()) {
            reader.fail(path, Text::tr("must be an object"));
            break;
        }
        if (auto item = read(reader, array[i].toObject(), path))
            items.append(std::move(*item));
    }
    return items;
}

std::optional<SourceStatus> sourceFromJson(JsonReader &reader, const QJsonObject &object,
                                           const QString &path)
{
    SourceStatus source;
    source.id = reader.string(object, path, QStringLiteral("id")).value_or(QString());
    source.state = readEnum(reader, object, path, QStringLiteral("state"), &sourceStateFromName)
                       .value_or(SourceStatus::State::Error);
    source.error = reader.string(object, path, QStringLiteral("error"));
    source.records
        = int(reader.integer(object, path, QStringLiteral("records"), 0, 10'000'000).value_or(0));
    source.reportedAt = reader.dateTime(object, path, QStringLiteral("reported_at"));
    if (reader.failed())
        return std::nullopt;
    return source;
}

} // namespace

QString sourceStateName(SourceStatus::State state)
{
    return spell(sourceStates, state);
}

Rating overallRating(const QList<Device> &devices)
{
    std::optional<Rating> worst;
    for (const Device &device : devices) {
        if (!device.stale)
            worst = std::max(worst.value_or(Rating::Ok), device.rating);
    }
    return worst.value_or(Rating::Unknown);
}

QByteArray Snapshot::toJson(QJsonDocument::JsonFormat format) const
{
    QJsonArray sourcesJson;
    for (const SourceStatus &source : sources) {
        sourcesJson.append(
            QJsonObject {{QStringLiteral("id"), source.id},
                         {QStringLiteral("state"), sourceStateName(source.state)},
                         {QStringLiteral("error"), orNull(source.error)},
                         {QStringLiteral("records"), source.records},
                         {QStringLiteral("reported_at"), orNull(source.reportedAt)}});
    }
    QJsonArray devicesJson;
    for (const Device &device : devices)
        devicesJson.append(deviceToJson(device));

    const QJsonObject root {
        {QStringLiteral("schema"), schemaVersion},
        {QStringLiteral("generated_at"), toRfc3339(generatedAt)},
        {QStringLiteral("user"), orNull(user)},
        {QStringLiteral("overall"), ratingName(overall)},
        {QStringLiteral("sources"), sourcesJson},
        {QStringLiteral("devices"), devicesJson},
    };
    return QJsonDocument(root).toJson(format);
}

Result<Snapshot> Snapshot::fromJson(QByteArrayView json)
{
    const QString document = Text::tr("The status report");
    auto root = JsonReader::parseObject(json, document, Error::Category::Parse);
    if (!root)
        return root.error();

    if (auto error = JsonReader::checkSchema(*root, document, schemaVersion))
        return *error;
    JsonReader reader(document);

    Snapshot snapshot;
    if (const auto generated = reader.dateTime(*root, {}, QStringLiteral("generated_at")))
        snapshot.generatedAt = *generated;
    else if (!reader.failed())
        reader.fail(QStringLiteral("generated_at"), Text::tr("is missing"));
    snapshot.user = reader.string(*root, {}, QStringLiteral("user"));
    snapshot.overall = readEnum(reader, *root, {}, QStringLiteral("overall"), &ratingFromName)
                           .value_or(Rating::Unknown);
    snapshot.sources
        = readList<SourceStatus>(reader, *root, QStringLiteral("sources"), &sourceFromJson);
    snapshot.devices = readList<Device>(reader, *root, QStringLiteral("devices"), &deviceFromJson);
    if (reader.failed())
        return reader.error(Error::Category::Parse);
    return snapshot;
}

} // namespace Stethoscope::Core
