#pragma once

#include "error.h"
#include "snapshot.h"

#include <QString>

#include <optional>

namespace Stethoscope::Core {

// The last snapshot on disk, so that a restart shows the last known truth at once, marked with
// its age, before the first refresh completes. Written atomically (a crash or a full disk
// leaves the previous file intact); a damaged or foreign file is an error, never a crash and
// never a green status. The snapshot holds no secret, so neither does the cache.
class SnapshotCache
{
public:
    explicit SnapshotCache(QString path);

    // Not cached yet is an empty optional, not an error.
    Result<std::optional<Snapshot>> load() const;
    std::optional<Error> save(const Snapshot &snapshot) const;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace Stethoscope::Core
