#pragma once

#include "refreshpolicy.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Stethoscope::Desktop {

// When to refresh: at start, on Check now, at sign-in, every interval (with jitter), with
// backoff while offline, on wake from sleep, on a network change, and shortly after the
// employee comes back from following a "how to fix" link. One single-shot timer, armed for
// the next refresh only: idle means idle, nothing wakes the process in between.
class RefreshScheduler : public QObject
{
    Q_OBJECT

public:
    enum class Reason
    {
        Start,
        CheckNow,
        SignIn,
        Schedule,
        Wake,
        NetworkChange,
        Returned, // back from a "how to fix" link
    };
    Q_ENUM(Reason)

    explicit RefreshScheduler(Core::RefreshPolicy policy, QObject *parent = nullptr);

    // Asks for a refresh now (joined with a running one). Start, CheckNow and SignIn are
    // immediate; Wake, NetworkChange and Returned wait a few seconds so that the network is up
    // and several triggers in a row make one refresh.
    void request(Reason reason);
    // The refresh that `due` started has ended; arms the timer for the next one.
    void finished(bool anySourceAnswered);

    // Watches the platform for wake from sleep and network changes (where Qt or the system
    // offers a signal). Separate from the constructor so that tests stay deterministic.
    void watchSystem();

    bool isRunning() const { return m_running; }
    bool isArmed() const { return m_timer.isActive(); }
    std::chrono::milliseconds armedDelay() const { return m_armedDelay; }
    int failuresInARow() const { return m_failures; }
    std::chrono::milliseconds settleDelay() const { return m_settleDelay; }
    void setSettleDelay(std::chrono::milliseconds delay) { m_settleDelay = delay; }

signals:
    // Start a refresh now; call finished() when it ends.
    void due(Stethoscope::Desktop::RefreshScheduler::Reason reason);

private slots:
    // logind's PrepareForSleep signal (a D-Bus signal, hence a named slot).
    void onPrepareForSleep(bool sleeping);

private:
    void fire(Reason reason);
    void arm(std::chrono::milliseconds delay, Reason reason);

    Core::RefreshPolicy m_policy;
    QTimer m_timer;
    Reason m_armedReason = Reason::Schedule;
    std::chrono::milliseconds m_armedDelay {0};
    bool m_running = false;
    bool m_again = false; // asked for while running: one more right after
    Reason m_againReason = Reason::CheckNow;
    int m_failures = 0;
    std::chrono::milliseconds m_settleDelay {5000};
};

} // namespace Stethoscope::Desktop
