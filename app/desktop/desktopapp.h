#pragma once

#include "commands.h"
#include "reporteddevices.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Stethoscope::Sources::Feedback {
struct FeedbackReport;
}

namespace Stethoscope::Desktop {

class BenchmarkMarks;
class DetailsWindow;

// The tray application, composed: the status pipeline, the refresh scheduler, the status
// monitor (cache, alerts), the tray icon and menu, the notifier, the details window, the
// single-instance guard and start at login. Every part only knows its own job; this class
// wires their signals together.
//
//   scheduler ─due─► status service ─refreshed─► monitor ─changed─► tray, details window
//                                                     └───notify──► notifier ─activated─► details
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString instanceKey = QStringLiteral("main"); // "demo" keeps the demo apart
        QString stateFilePrefix; // "demo-" keeps the demo's cache apart
        bool showAlerts = false; // open the alerts inbox (here, or in the running instance)
        BenchmarkMarks *marks = nullptr; // the footprint benchmark's marks, when asked for
    };

    DesktopApp(App::CommandContext context, Options options, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Builds everything and starts. An exit code means: do not run the event loop (another
    // instance was asked to come forward, or the configuration is wrong — said on stderr).
    std::optional<int> start();

    // The text of "Copy diagnostics": versions, platform, channels, backends and their last
    // state, the schedule. Never a secret.
    QString diagnostics() const;

signals:
    // The employee told IT a device is not theirs or no longer used (for the feedback).
    void deviceReported(const Stethoscope::Core::Device &device,
                        Stethoscope::Core::DeviceReport::Reason reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startSession();
    void buildBackends();
    void wire();
    DetailsWindow &detailsWindow(); // made on first use
    void refreshNow(int reason);
    void updateAccount();
    void reportDevice(const QString &deviceId, Core::DeviceReport::Reason reason);
    void sendByMail(const Sources::Feedback::FeedbackReport &report);
    void signIn();
    void signOut();
    void quit();

    App::CommandContext m_context;
    Options m_options;
    struct Parts;
    std::unique_ptr<Parts> d;
};

} // namespace Stethoscope::Desktop
