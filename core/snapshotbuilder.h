#pragma once

#include "devicemerger.h"
#include "evaluator.h"
#include "snapshot.h"
#include "sourceresult.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Stethoscope::Core {

struct SnapshotContext
{
    std::optional<QString> user;
    QDateTime now;
    QStringList disabledSources; // listed in the snapshot as "disabled"
};

// The pure heart of a refresh: evaluates every record per backend, merges the records that
// describe the same device, rates the devices and sums up the fleet.
Snapshot buildSnapshot(const QList<SourceResult> &results, const Evaluator &evaluator,
                       const SnapshotContext &context);

} // namespace Stethoscope::Core
