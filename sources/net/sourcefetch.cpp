#include "sourcefetch.h"

namespace Stethoscope::Sources::Net {

SourceFetch::SourceFetch(QString sourceId, const Core::Clock &clock, const QLoggingCategory &log,
                         QObject *parent)
    : QObject(parent)
    , m_sourceId(std::move(sourceId))
    , m_clock(clock)
    , m_log(log)
{
    m_promise.start();
}

void SourceFetch::fail(const Core::Error &error)
{
    if (m_over)
        return;
    qCInfo(m_log) << "refresh failed:" << error.message;
    finish(error);
}

void SourceFetch::finish(Core::Result<QList<Core::DeviceRecord>> records)
{
    if (m_over)
        return;
    m_over = true;
    m_promise.addResult(Core::SourceResult {m_sourceId, std::move(records), m_clock.now()});
    m_promise.finish();
    deleteLater();
}

} // namespace Stethoscope::Sources::Net
