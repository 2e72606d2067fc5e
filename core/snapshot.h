#pragma once

#include "device.h"
#include "error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <optional>

namespace Stethoscope::Core {

// How one backend fared in a refresh.
struct SourceStatus
{
    enum class State
    {
        Ok, // answered
        Error, // failed; `error` says why
        Disabled, // not configured or switched off
        Stale, // failed; its devices are the last known ones from the cache
    };

    QString id; // "jamf", "landesk", "google", "local"
    State state = State::Disabled;
    std::optional<QString> error;
    int records = 0;
    // When the devices shown for this backend were reported: the fetch time when Ok, the last
    // successful fetch when Stale (shown as "showing what it reported yesterday at 16:20").
    std::optional<QDateTime> reportedAt;

    friend bool operator==(const SourceStatus &, const SourceStatus &) = default;
};

QString sourceStateName(SourceStatus::State state);

// The outcome of one refresh: every merged device with its rating, and how each backend
// fared. Its JSON form is the headless report and the on-disk cache (see core/README.md).
struct Snapshot
{
    static constexpr int schemaVersion = 1;

    QDateTime generatedAt;
    std::optional<QString> user;
    Rating overall = Rating::Unknown;
    QList<SourceStatus> sources;
    QList<Device> devices;

    QByteArray toJson(QJsonDocument::JsonFormat format = QJsonDocument::Indented) const;
    // Refuses anything it cannot fully read, naming the offending key; never crashes.
    static Result<Snapshot> fromJson(QByteArrayView json);

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

// The worst rating among devices that are not stale: critical > warning > unknown > ok.
// Unknown when there is no such device, so an empty or outdated fleet is never green.
Rating overallRating(const QList<Device> &devices);

} // namespace Stethoscope::Core
