#include "jsonfields.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace Stethoscope::Sources::JsonFields {

QJsonObject section(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toObject();
}

std::optional<QString> text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    const QString result = value.toString().trimmed();
    return result.isEmpty() ? std::nullopt : std::optional(result);
}

std::optional<bool> flag(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? std::optional(value.toBool()) : std::nullopt;
}

std::optional<qint64> number(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // 2^53: beyond it a JSON number is no longer an exact integer.
    if (!std::isfinite(d) || std::abs(d) > 9007199254740992.0 || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

std::optional<QDateTime> rfc3339(const QJsonObject &object, QLatin1String key)
{
    const auto value = text(object, key);
    return value ? Core::fromRfc3339(*value) : std::nullopt;
}

QStringList strings(const QJsonObject &object, QLatin1String key)
{
    QStringList result;
    for (const QJsonValue value : object.value(key).toArray()) {
        const QString item = value.toString().trimmed();
        if (!item.isEmpty())
            result.append(item);
    }
    return result;
}

void observe(Core::DeviceRecord &record, const QString &practice, Core::Observation::State state,
             QString details)
{
    record.observations.insert(practice, Core::Observation {state, std::move(details), {}});
}

Core::Observation::State passingIf(bool good)
{
    return good ? Core::Observation::State::Passing : Core::Observation::State::Failing;
}

} // namespace Stethoscope::Sources::JsonFields
