#pragma once

#include "devicerecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>

// Lenient readers for backend JSON, shared by the parsers. Backends omit, null or retype fields
// freely, so every reader answers "not reported" (nullopt, empty) for anything that is not of
// the expected type rather than failing: one odd field must not hide what the rest says.
namespace Stethoscope::Sources::JsonFields {

// The object under `key`; empty for a missing, null or non-object value.
QJsonObject section(const QJsonObject &object, QLatin1String key);
// A non-empty string, trimmed; an empty string counts as not reported.
std::optional<QString> text(const QJsonObject &object, QLatin1String key);
std::optional<bool> flag(const QJsonObject &object, QLatin1String key);
// A whole JSON number that is exact (|n| ≤ 2^53).
std::optional<qint64> number(const QJsonObject &object, QLatin1String key);
// An RFC 3339 time given as a string.
std::optional<QDateTime> rfc3339(const QJsonObject &object, QLatin1String key);
// The non-empty strings of an array.
QStringList strings(const QJsonObject &object, QLatin1String key);

void observe(Core::DeviceRecord &record, const QString &practice, Core::Observation::State state,
             QString details = {});
Core::Observation::State passingIf(bool good);

} // namespace Stethoscope::Sources::JsonFields
