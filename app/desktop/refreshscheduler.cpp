#include "refreshscheduler.h"

#include <QDBusConnection>
#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcScheduler, "stethoscope.desktop.scheduler", QtWarningMsg)

namespace Stethoscope::Desktop {

RefreshScheduler::RefreshScheduler(Core::RefreshPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
{
    m_timer.setSingleShot(true);
    // Minutes-long waits need no precision; a coarse timer lets the OS batch wake-ups.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { fire(m_armedReason); });
}

void RefreshScheduler::request(Reason reason)
{
    switch (reason) {
    case Reason::Start:
    case Reason::CheckNow:
    case Reason::SignIn:
    case Reason::Schedule:
        fire(reason);
        return;
    case Reason::Wake:
    case Reason::NetworkChange:
    case Reason::Returned:
        // Settle first; a sooner refresh already armed stays.
        if (!m_running && (!m_timer.isActive() || m_timer.remainingTime() > m_settleDelay.count()))
            arm(m_settleDelay, reason);
        return;
    }
}

void RefreshScheduler::fire(Reason reason)
{
    if (m_running) {
        // The running refresh may have started before what the employee just changed.
        if (reason == Reason::CheckNow || reason == Reason::SignIn || reason == Reason::Returned) {
            m_again = true;
            m_againReason = reason;
        }
        return;
    }
    m_timer.stop();
    m_running = true;
    qCDebug(lcScheduler) << "refresh:" << reason;
    emit due(reason);
}

void RefreshScheduler::finished(bool anySourceAnswered)
{
    if (!m_running)
        return;
    m_running = false;
    m_failures = anySourceAnswered ? 0 : m_failures + 1;
    if (m_again) {
        m_again = false;
        fire(m_againReason);
        return;
    }
    arm(m_policy.nextDelay(m_failures), Reason::Schedule);
}

void RefreshScheduler::arm(std::chrono::milliseconds delay, Reason reason)
{
    m_armedDelay = delay;
    m_armedReason = reason;
    m_timer.start(delay);
    qCDebug(lcScheduler) << "next refresh in" << delay.count() / 1000 << "s";
}

void RefreshScheduler::watchSystem()
{
    // A network that comes back (or changes) may make an unreachable backend reachable.
    if (QNetworkInformation::loadDefaultBackend()) {
        if (auto *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability reachability) {
                        if (reachability == QNetworkInformation::Reachability::Online
                            || reachability == QNetworkInformation::Reachability::Site)
                            request(Reason::NetworkChange);
                    });
        }
    }
#if defined(Q_OS_LINUX)
    // Wake from sleep: logind says PrepareForSleep(false). The timer's clock stood still while
    // the machine slept, so without this the next refresh would come late.
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        system.connect(QStringLiteral("org.freedesktop.login1"),
                       QStringLiteral("/org/freedesktop/login1"),
                       QStringLiteral("org.freedesktop.login1.Manager"),
                       QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
    }
#endif
}

void RefreshScheduler::onPrepareForSleep(bool sleeping)
{
    if (!sleeping)
        request(Reason::Wake);
}

} // namespace Stethoscope::Desktop
