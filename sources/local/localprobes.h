#pragma once

#include "devicerecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Stethoscope::Sources::Local {

// What one command printed. `finished` is false when it could not start or was stopped at its
// time limit; its output is then not to be trusted.
struct CommandOutput
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program directly (never through a shell), waits at most `timeout`, and kills it when
// it takes longer. Blocking: call it off the GUI thread.
CommandOutput runCommand(const QString &program, const QStringList &arguments,
                         std::chrono::milliseconds timeout);

// A file's bytes, or nothing when it does not exist, cannot be read or is larger than `limit`.
std::optional<QByteArray> readSmallFile(const QString &path, qint64 limit = 1 << 20);

struct ProbeOptions
{
    QDateTime now; // the time stamped on every reading
    std::chrono::milliseconds commandTimeout {4000};
};

// Reads this computer: name, platform, OS, identifiers and every practice a probe can tell,
// read-only and without elevation. Only the probes of the platform it was built for run.
// Blocking (each command is bounded by the timeout); call it off the GUI thread.
Core::DeviceRecord probeThisDevice(const ProbeOptions &options);

// Only the identity (host name, platform, hardware MACs, serial where readable): cheap, for
// the demo company's record of this computer.
Core::DeviceRecord probeIdentity();

} // namespace Stethoscope::Sources::Local
