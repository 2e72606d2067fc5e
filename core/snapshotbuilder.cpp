#include "snapshotbuilder.h"

namespace Stethoscope::Core {

Snapshot buildSnapshot(const QList<SourceResult> &results, const Evaluator &evaluator,
                       const SnapshotContext &context)
{
    Snapshot snapshot;
    snapshot.generatedAt = context.now;
    snapshot.user = context.user;

    QList<EvaluatedRecord> evaluated;
    for (const SourceResult &result : results) {
        SourceStatus status;
        status.id = result.source;
        if (result.records) {
            status.state = SourceStatus::State::Ok;
            status.records = int(result.records->size());
            if (result.fetchedAt.isValid())
                status.reportedAt = result.fetchedAt;
            for (const DeviceRecord &record : *result.records)
                evaluated.append(evaluator(record));
        } else {
            status.state = SourceStatus::State::Error;
            status.error = result.records.error().message;
        }
        snapshot.sources.append(status);
    }
    for (const QString &source : context.disabledSources)
        snapshot.sources.append(SourceStatus {source, SourceStatus::State::Disabled, {}, 0, {}});

    snapshot.devices
        = mergeDevices(std::move(evaluated), {context.now, evaluator.policy().staleAfterDays});
    snapshot.overall = overallRating(snapshot.devices);
    return snapshot;
}

} // namespace Stethoscope::Core
