#pragma once

#include "clock.h"
#include "devicerecord.h"
#include "source.h"

#include <QObject>

#include <chrono>
#include <functional>

namespace Stethoscope::Sources::Local {

// The computer running the app, read live ("this device · now"): one record of source "local"
// whose practices come from this computer's own settings (see localprobes.h). The probes run
// on a worker thread, each command bounded in time, so the GUI never waits and the future
// always finishes.
class LocalSource final : public QObject, public Core::Source
{
    Q_OBJECT

public:
    // What reads the computer; tests give a fake one. The default runs probeThisDevice().
    using Probe = std::function<Core::DeviceRecord(const QDateTime &now)>;

    explicit LocalSource(const Core::Clock &clock, Probe probe = {}, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("local"); }
    QFuture<Core::SourceResult> fetch(const QString &email) override;

private:
    const Core::Clock &m_clock;
    Probe m_probe;
};

} // namespace Stethoscope::Sources::Local
