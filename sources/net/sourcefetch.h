#pragma once

#include "clock.h"
#include "sourceresult.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QObject>
#include <QPromise>

namespace Stethoscope::Sources::Net {

// One refresh of one backend for one employee: whatever requests it makes, it answers exactly
// once — with the records or with the first error — and then deletes itself. The backends'
// fetch objects derive from it.
class SourceFetch : public QObject
{
public:
    SourceFetch(QString sourceId, const Core::Clock &clock, const QLoggingCategory &log,
                QObject *parent);

    QFuture<Core::SourceResult> future() { return m_promise.future(); }

protected:
    // Reports the first error only; later ones are consequences.
    void fail(const Core::Error &error);
    void finish(Core::Result<QList<Core::DeviceRecord>> records);
    // Whether the answer went out: requests still in flight have nothing left to do.
    bool isOver() const { return m_over; }

private:
    QString m_sourceId;
    const Core::Clock &m_clock;
    const QLoggingCategory &m_log;
    QPromise<Core::SourceResult> m_promise;
    bool m_over = false;
};

} // namespace Stethoscope::Sources::Net
