#include "benchmarkmarks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QSocketNotifier>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Stethoscope::Desktop {

namespace {

#if defined(Q_OS_UNIX)
// The write end of the pipe that turns SIGUSR1 into an event of the event loop (a signal
// handler may only write(2)).
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
#endif

// The widget Qt shows inside an XEmbed system tray (Qt Widgets' private class).
bool isTrayIconWindow(const QObject *object)
{
    return qstrcmp(object->metaObject()->className(), "QSystemTrayIconSys") == 0;
}

} // namespace

BenchmarkMarks *BenchmarkMarks::createIfRequested(QObject *parent)
{
    if (qEnvironmentVariableIntValue("STETHOSCOPE_BENCH_MARKS") != 1)
        return nullptr;
    return new BenchmarkMarks(parent);
}

BenchmarkMarks::BenchmarkMarks(QObject *parent)
    : QObject(parent)
{
    // Sees every event of every object of the GUI thread.
    QCoreApplication::instance()->installEventFilter(this);
#if defined(Q_OS_UNIX)
    if (signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        m_signals = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
        connect(m_signals, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
            reportTimers();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGUSR1, &action, nullptr);
    }
#endif
}

BenchmarkMarks::~BenchmarkMarks()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void BenchmarkMarks::statusReady()
{
    m_statusReady = true;
}

bool BenchmarkMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Timer) {
        ++m_timerEvents;
        // A QTimer says little; the object that owns it says who keeps waking the process.
        QByteArray source = watched->metaObject()->className();
        if (watched->inherits("QTimer") && watched->parent())
            source += QByteArrayLiteral("@") + watched->parent()->metaObject()->className();
        ++m_timerSources[source];
    } else if (event->type() == QEvent::Paint && isTrayIconWindow(watched)) {
        if (!m_trayShown) {
            m_trayShown = true;
            mark("tray-shown");
        }
        if (m_statusReady && !m_statusPainted) {
            m_statusPainted = true;
            mark("status-painted");
        }
    }
    return QObject::eventFilter(watched, event);
}

void BenchmarkMarks::mark(const char *name)
{
    std::fprintf(stderr, "mark %s %lld\n", name,
                 static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stderr);
}

void BenchmarkMarks::reportTimers()
{
    std::fprintf(stderr, "mark timer-events %lld\n", static_cast<long long>(m_timerEvents));
    for (auto it = m_timerSources.cbegin(); it != m_timerSources.cend(); ++it)
        std::fprintf(stderr, "timer-source %s %lld\n", it.key().constData(),
                     static_cast<long long>(it.value()));
    std::fflush(stderr);
}

} // namespace Stethoscope::Desktop
