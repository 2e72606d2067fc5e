#include "lastknown.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Stethoscope::Core {

namespace {

const SourceStatus *findSource(const QList<SourceStatus> &sources, const QString &id)
{
    const auto it = std::find_if(sources.begin(), sources.end(),
                                 [&](const SourceStatus &source) { return source.id == id; });
    return it == sources.end() ? nullptr : &*it;
}

bool reportedBy(const Device &device, const QSet<QString> &sources)
{
    return std::any_of(device.sources.begin(), device.sources.end(),
                       [&](const QString &source) { return sources.contains(source); });
}

} // namespace

Snapshot keepLastKnown(Snapshot fresh, const Snapshot &previous)
{
    QSet<QString> stale;
    for (SourceStatus &source : fresh.sources) {
        if (source.state != SourceStatus::State::Error)
            continue;
        const SourceStatus *before = findSource(previous.sources, source.id);
        if (!before
            || (before->state != SourceStatus::State::Ok
                && before->state != SourceStatus::State::Stale))
            continue;
        source.state = SourceStatus::State::Stale;
        source.records = before->records;
        source.reportedAt = before->reportedAt;
        stale.insert(source.id);
    }
    if (stale.isEmpty())
        return fresh;

    QHash<QString, qsizetype> freshIndex;
    for (qsizetype i = 0; i < fresh.devices.size(); ++i)
        freshIndex.insert(fresh.devices[i].id, i);

    for (const Device &old : previous.devices) {
        if (!reportedBy(old, stale))
            continue;
        const auto found = freshIndex.constFind(old.id);
        if (found == freshIndex.constEnd()) {
            fresh.devices.append(old);
            continue;
        }
        Device &device = fresh.devices[*found];
        for (auto it = old.practices.begin(); it != old.practices.end(); ++it) {
            if (!stale.contains(it->source))
                continue;
            const auto current = device.practices.constFind(it.key());
            if (current == device.practices.constEnd()
                || current->status == PracticeStatus::Unknown)
                device.practices.insert(it.key(), *it);
        }
        for (const QString &source : old.sources) {
            if (stale.contains(source) && !device.sources.contains(source))
                device.sources.append(source);
        }
        std::sort(device.sources.begin(), device.sources.end());
        device.rating = rateDevice(device.practices);
    }
    fresh.overall = overallRating(fresh.devices);
    return fresh;
}

} // namespace Stethoscope::Core
