#pragma once

#include "devicerecord.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stethoscope::Core {

// The verdict on one practice, with its provenance.
struct PracticeResult
{
    PracticeStatus status = PracticeStatus::Unknown;
    QString source; // which backend said so
    std::optional<QDateTime> lastUpdated; // when that backend measured it
    QString details; // why this verdict, for the employee

    friend bool operator==(const PracticeResult &, const PracticeResult &) = default;
};

using PracticeResults = QMap<QString, PracticeResult>; // by practice key

// One record with its verdicts, before merging.
struct EvaluatedRecord
{
    DeviceRecord record;
    PracticeResults practices;
};

// One physical device: every record that describes it, merged.
struct Device
{
    QString id; // stable across refreshes while the device keeps its strongest identifier
    std::optional<QString> name;
    std::optional<QString> model;
    std::optional<QString> manufacturer;
    std::optional<Platform> platform;
    std::optional<QString> osName;
    std::optional<QString> osVersion;
    std::optional<QString> osBuild;
    DeviceIdentifiers ids;
    QStringList sources; // sorted
    std::optional<QDateTime> lastSync;
    bool stale = false;
    Rating rating = Rating::Unknown;
    PracticeResults practices;

    friend bool operator==(const Device &, const Device &) = default;
};

// critical (any warn) > warning (any nudge) > ok (any ok) > unknown (nothing known).
Rating rateDevice(const PracticeResults &practices);

} // namespace Stethoscope::Core
