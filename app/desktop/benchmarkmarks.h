#pragma once

#include <QHash>
#include <QObject>

class QSocketNotifier;

namespace Stethoscope::Desktop {

// What the footprint benchmark (tests/bench/footprint.sh) reads from a running tray app, off
// unless STETHOSCOPE_BENCH_MARKS=1. It writes lines to stderr:
//
//   mark tray-shown <ms>        the tray icon's first paint in the tray host (XEmbed trays)
//   mark status-painted <ms>    the first paint after statusReady(): a status, not a blank
//   mark timer-events <count>   on SIGUSR1: timer events delivered so far on the GUI thread,
//   timer-source <class> <n>    … and which kinds of object received them
//
// <ms> is milliseconds since the Unix epoch, so that the launcher can subtract the moment it
// started the process (which includes loading the libraries). The minimal tray app the
// benchmark compares against uses the same class, so both are measured alike.
class BenchmarkMarks : public QObject
{
    Q_OBJECT

public:
    // An instance watching the application when the environment asks for it, else null.
    static BenchmarkMarks *createIfRequested(QObject *parent);
    ~BenchmarkMarks() override;

    // The tray icon now carries a status (from the cache or a refresh): the next paint of it
    // is "status-painted".
    void statusReady();

    // Timer events delivered on the GUI thread since this instance was made.
    qint64 timerEvents() const { return m_timerEvents; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit BenchmarkMarks(QObject *parent);
    void mark(const char *name);
    void reportTimers();

    qint64 m_timerEvents = 0;
    QHash<QByteArray, qint64> m_timerSources;
    bool m_trayShown = false;
    bool m_statusReady = false;
    bool m_statusPainted = false;
    QSocketNotifier *m_signals = nullptr;
};

} // namespace Stethoscope::Desktop
