#pragma once

#include "devicerecord.h"
#include "error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Stethoscope::Core {

// What one backend answered in one refresh: its records, or why it could not answer.
struct SourceResult
{
    QString source; // "jamf", "landesk", "google", "local"
    Result<QList<DeviceRecord>> records;
    QDateTime fetchedAt;
};

} // namespace Stethoscope::Core
