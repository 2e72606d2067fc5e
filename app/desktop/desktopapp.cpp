#include "desktopapp.h"

#include "autostart.h"
#include "benchmarkmarks.h"
#include "desktopsettings.h"
#include "detailswindow.h"
#include "diagnostics.h"
#include "notifier.h"
#include "refreshscheduler.h"
#include "singleinstance.h"
#include "statusmonitor.h"
#include "traycontroller.h"

#include "browser.h"
#include "employeesession.h"
#include "presentation.h"
#include "settingsreport.h"
#include "statuspipeline.h"
#include "statusservice.h"

#include "feedback/feedbacksender.h"
#include "net/httpclient.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTextStream>

#include <utility>

Q_LOGGING_CATEGORY(lcDesktop, "stethoscope.desktop", QtWarningMsg)

namespace Stethoscope::Desktop {

using Core::Error;
using Core::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString deviceName(const StatusView &view, const QString &deviceId)
{
    for (const Core::Device &device : view.snapshot.devices) {
        if (device.id == deviceId)
            return device.name.value_or(device.model.value_or(device.id));
    }
    return {};
}

} // namespace

struct DesktopApp::Parts
{
    explicit Parts(App::CommandContext context)
        : pipeline(context)
    { }

    App::StatusPipeline pipeline;
    std::unique_ptr<SingleInstance> instance;
    std::unique_ptr<StatusMonitor> monitor;
    std::unique_ptr<RefreshScheduler> scheduler;
    std::unique_ptr<TrayController> tray;
    // Made when it first opens: most days it never does, and its widgets, models and fonts
    // would cost start-up time and memory all day.
    std::unique_ptr<DetailsWindow> details;
    std::unique_ptr<Notifier> notifier;
    std::unique_ptr<Autostart> autostart;
    std::unique_ptr<Sources::Net::HttpClient> feedbackHttp;
    std::unique_ptr<Sources::Feedback::FeedbackSender> feedback; // null: no webhook
    QString feedbackEmail; // IT's address for the prepared e-mail, when there is no webhook
    QString snapshotPath;
    bool trayAvailable = false;
    bool signInEnabled = false;
    bool startAtLoginManaged = false;
    bool returningFromFix = false;
    bool localOnlyRefresh = false; // the running refresh re-reads this computer only
    QString setupProblem; // why no refresh can run (a configuration error), for diagnostics
};

DesktopApp::DesktopApp(App::CommandContext context, Options options, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_options(std::move(options))
    , d(std::make_unique<Parts>(context))
{ }

DesktopApp::~DesktopApp()
{
    // The windows and the tray go before the pipeline whose data they show.
    d->details.reset();
    d->notifier.reset();
    d->tray.reset();
}

std::optional<int> DesktopApp::start()
{
    App::AppSettings &settings = m_context.settings;
    d->instance = std::make_unique<SingleInstance>(m_options.instanceKey);
    if (!d->instance->claim(m_options.showAlerts ? SingleInstance::Request::ShowAlerts
                                                 : SingleInstance::Request::Activate)) {
        err() << Text::tr("Stethoscope is already running; it was asked to show itself.")
              << Qt::endl;
        return App::Success;
    }

    // Everything that can be wrong in the configuration is said now, by key.
    const auto fail = [](const Error &error) {
        err() << error.message << Qt::endl;
        return std::optional<int>(App::ConfigError);
    };
    if (auto error = d->pipeline.loadPolicy())
        return fail(*error);
    const auto desktop = readDesktopSettings(settings);
    if (!desktop)
        return fail(desktop.error());
    const auto signIn = d->pipeline.signInEnabled();
    if (!signIn)
        return fail(signIn.error());
    d->signInEnabled = *signIn;
    if (d->signInEnabled) {
        if (auto error = d->pipeline.prepareSignIn())
            return fail(*error);
    }
    d->feedbackEmail = desktop->feedbackEmail;

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dataDir);
    d->snapshotPath = dataDir + u'/' + m_options.stateFilePrefix + QStringLiteral("snapshot.json");
    d->monitor = std::make_unique<StatusMonitor>(
        m_context.clock,
        StatusMonitor::Files {
            d->snapshotPath,
            dataDir + u'/' + m_options.stateFilePrefix + QStringLiteral("alerts.json"),
            dataDir + u'/' + m_options.stateFilePrefix + QStringLiteral("inbox.json"),
            dataDir + u'/' + m_options.stateFilePrefix + QStringLiteral("reported.json")},
        desktop->alertRules, desktop->inboxRules);
    d->scheduler
        = std::make_unique<RefreshScheduler>(Core::RefreshPolicy(desktop->refreshInterval));
    d->tray = std::make_unique<TrayController>(m_context.clock);
    d->notifier = createNotifier(d->tray->trayIcon());
    d->autostart = std::make_unique<Autostart>(QCoreApplication::applicationFilePath());
    if (desktop->feedbackUrl) {
        auto tls = Sources::Net::HttpClient::tlsWithExtraCa(settings.caFile());
        if (!tls)
            return fail(tls.error());
        d->feedbackHttp = std::make_unique<Sources::Net::HttpClient>(
            m_context.network, Sources::Net::BackendLimits {Text::tr("IT's feedback service"), 1},
            *tls);
        Sources::Net::EmployeeTokenSource *employee
            = desktop->feedbackWithSignIn ? d->pipeline.session() : nullptr;
        d->feedback = std::make_unique<Sources::Feedback::FeedbackSender>(
            *d->feedbackHttp, *desktop->feedbackUrl, employee,
            dataDir + u'/' + m_options.stateFilePrefix + QStringLiteral("feedback-queue.json"),
            m_context.clock);
        connect(d->feedback.get(), &Sources::Feedback::FeedbackSender::refused, this,
                [this](const Sources::Feedback::FeedbackReport &report) { sendByMail(report); });
    }

    // Start at login: a value IT put in the configuration is enforced; otherwise it is the
    // employee's choice, made in the menu, unless the installer set it up for every user of the
    // computer (Windows, macOS), which only IT can undo.
    d->startAtLoginManaged = desktop->startAtLogin.has_value() || d->autostart->isMachineWide();
    if (desktop->startAtLogin && !*desktop->startAtLogin && d->autostart->isMachineWide()) {
        qCWarning(lcDesktop)
            << "[app] start_at_login is false, but the installer starts the app"
               " for every user of this computer; only removing that (IT) stops it";
    }
    if (desktop->startAtLogin && !d->autostart->isMachineWide()
        && d->autostart->isEnabled() != *desktop->startAtLogin) {
        if (auto error = d->autostart->setEnabled(*desktop->startAtLogin))
            qCWarning(lcDesktop).noquote() << error->message;
    }
    d->tray->setStartAtLogin(d->autostart->isEnabled(), d->startAtLoginManaged);
    d->tray->setHelp(desktop->help);
    d->tray->setQuitAllowed(desktop->allowQuit);

    wire();
    d->tray->setStatus(d->monitor->view());
    d->monitor->restore();
    d->scheduler->watchSystem();

    d->trayAvailable = TrayController::isTrayAvailable();
    if (d->trayAvailable) {
        d->tray->show();
    } else {
        // Said once per start, where the employee looks: the window itself opens instead.
        qCWarning(lcDesktop) << "No system tray here: the details window opens instead.";
        d->notifier->show({Text::tr("Stethoscope runs without a tray icon here"),
                           Text::tr("This desktop has no system tray. Close the window to keep "
                                    "Stethoscope checking in the background; start Stethoscope "
                                    "again to bring the window back."),
                           {},
                           {},
                           false});
        detailsWindow().showDevice({});
    }

    if (m_options.showAlerts)
        detailsWindow().showAlerts();
    startSession();
    return std::nullopt;
}

void DesktopApp::wire()
{
    StatusMonitor *monitor = d->monitor.get();
    RefreshScheduler *scheduler = d->scheduler.get();
    TrayController *tray = d->tray.get();

    connect(monitor, &StatusMonitor::changed, this, [this](const StatusView &view) {
        d->tray->setStatus(view);
        if (m_options.marks && view.hasSnapshot())
            m_options.marks->statusReady();
        d->tray->setSnoozedUntil(d->monitor->snoozedUntil());
        if (d->details)
            d->details->setStatus(view);
    });
    connect(monitor, &StatusMonitor::notify, this,
            [this](const QList<Core::Notification> &notifications) {
                for (const Core::Notification &notification : notifications) {
                    const NotificationMessage message
                        = composeNotification(notification, d->pipeline.catalog());
                    d->notifier->show(message);
                    // Device names are not secrets; the end-to-end test reads this line.
                    qCDebug(lcDesktop).noquote()
                        << "notification shown:" << message.title << "device name:"
                        << u'"' + deviceName(d->monitor->view(), message.deviceId) + u'"';
                }
            });
    connect(d->notifier.get(), &Notifier::activated, this,
            [this](const QString &deviceId) { detailsWindow().showDevice(deviceId); });
    connect(d->notifier.get(), &Notifier::snoozeRequested, this,
            [this](const QString &deviceId, const QString &practice) {
                // The open alert this notification was about.
                for (const Core::InboxAlert &alert : d->monitor->view().alerts) {
                    if (alert.deviceId == deviceId && alert.practice == practice
                        && alert.state == Core::InboxAlert::State::Open) {
                        d->monitor->snoozeAlert(alert.id, m_context.clock.now().addSecs(3600));
                        return;
                    }
                }
            });

    connect(scheduler, &RefreshScheduler::due, this,
            [this](RefreshScheduler::Reason reason) { refreshNow(int(reason)); });

    connect(tray, &TrayController::openDetailsRequested, this,
            [this](const QString &deviceId) { detailsWindow().showDevice(deviceId); });
    connect(tray, &TrayController::checkNowRequested, scheduler,
            [scheduler] { scheduler->request(RefreshScheduler::Reason::CheckNow); });
    connect(tray, &TrayController::snoozeRequested, this, [this](const QDateTime &until) {
        d->monitor->snoozeUntil(until);
        d->tray->setSnoozedUntil(d->monitor->snoozedUntil());
    });
    connect(tray, &TrayController::signInRequested, this, &DesktopApp::signIn);
    connect(tray, &TrayController::signOutRequested, this, &DesktopApp::signOut);
    connect(tray, &TrayController::startAtLoginToggled, this, [this](bool enabled) {
        if (!d->startAtLoginManaged) {
            if (auto error = d->autostart->setEnabled(enabled))
                qCWarning(lcDesktop).noquote() << error->message;
        }
        d->tray->setStartAtLogin(d->autostart->isEnabled(), d->startAtLoginManaged);
    });
    connect(tray, &TrayController::helpRequested, this, [this] {
        App::openInDesktopBrowser(helpUrl(m_context.settings.text(App::Keys::appHelp)));
    });
    connect(tray, &TrayController::copyDiagnosticsRequested, this,
            [this] { QGuiApplication::clipboard()->setText(diagnostics()); });
    connect(tray, &TrayController::quitRequested, this, &DesktopApp::quit);

    // The alerts inbox.
    connect(monitor, &StatusMonitor::recovered, this,
            [this](const QList<Core::InboxAlert> &alerts) {
                for (const Core::InboxAlert &alert : alerts) {
                    const NotificationMessage thanks = composeThanks(alert, d->pipeline.catalog());
                    d->notifier->show(thanks);
                    qCDebug(lcDesktop).noquote() << "thanked:" << thanks.title;
                }
            });
    connect(tray, &TrayController::openAlertsRequested, this,
            [this] { detailsWindow().showAlerts(); });
    connect(d->instance.get(), &SingleInstance::alertsRequested, this,
            [this] { detailsWindow().showAlerts(); });
    connect(d->instance.get(), &SingleInstance::activationRequested, this, [this] {
        DetailsWindow &details = detailsWindow();
        details.showDevice(details.currentDeviceId());
    });
}

DetailsWindow &DesktopApp::detailsWindow()
{
    if (d->details)
        return *d->details;
    d->details = std::make_unique<DetailsWindow>(d->pipeline.catalog(), m_context.clock);
    DetailsWindow *details = d->details.get();
    RefreshScheduler *scheduler = d->scheduler.get();
    details->setStatus(d->monitor->view());

    connect(details, &DetailsWindow::checkNowRequested, scheduler,
            [scheduler] { scheduler->request(RefreshScheduler::Reason::CheckNow); });
    // Back from a "how to fix" link: check again, so that the fix shows.
    connect(details, &DetailsWindow::fixLinkOpened, this, [this] { d->returningFromFix = true; });
    // The alerts inbox.
    connect(details, &DetailsWindow::checkAgainRequested, scheduler,
            [scheduler] { scheduler->request(RefreshScheduler::Reason::CheckNow); });
    connect(details, &DetailsWindow::alertSnoozeRequested, this,
            [this](const QString &alertId, const QDateTime &until) {
                if (d->monitor->snoozeAlert(alertId, until))
                    qCDebug(lcDesktop).noquote()
                        << "alert snoozed until" << until.toString(Qt::ISODate);
            });
    connect(details, &DetailsWindow::alertDismissRequested, d->monitor.get(),
            &StatusMonitor::dismissAlert);
    connect(details, &DetailsWindow::deviceReportRequested, this, &DesktopApp::reportDevice);
    details->installEventFilter(this);
    return *details;
}

bool DesktopApp::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->details.get() && event->type() == QEvent::WindowActivate
        && d->returningFromFix) {
        d->returningFromFix = false;
        // This computer shows the fix at once; the backends cannot know yet, so they are left
        // alone. Without the local source, a full refresh a few seconds later.
        Core::StatusService *status = d->pipeline.status();
        const Core::Source *local
            = d->pipeline.backends() ? d->pipeline.backends()->localSource() : nullptr;
        if (local && status && !status->isRefreshing()) {
            d->localOnlyRefresh = true;
            status->refreshOnly({local->id()});
        } else {
            d->scheduler->request(RefreshScheduler::Reason::Returned);
        }
    }
    return QObject::eventFilter(watched, event);
}

void DesktopApp::startSession()
{
    if (!d->signInEnabled) {
        updateAccount();
        buildBackends();
        return;
    }
    d->pipeline.session()->restore().then(this, [this](const Result<QString> &email) {
        if (!email)
            qCWarning(lcDesktop).noquote()
                << "The stored sign-in is not valid:" << email.error().message;
        else if (!email->isEmpty())
            m_context.settings.setOverride(App::Keys::identityEmail, *email);
        updateAccount();
        if (email && !email->isEmpty())
            buildBackends();
        else
            d->setupProblem = Text::tr("Not signed in.");
    });
}

void DesktopApp::buildBackends()
{
    d->pipeline.buildBackends([this](const std::optional<Error> &error) {
        if (error) {
            d->setupProblem = error->message;
            err() << error->message << Qt::endl;
            d->notifier->show(
                {Text::tr("Stethoscope is not set up yet"), error->message, {}, {}, false});
            return;
        }
        d->setupProblem.clear();
        connect(d->pipeline.status(), &Core::StatusService::refreshed, this,
                [this](const Core::Snapshot &snapshot) {
                    if (std::exchange(d->localOnlyRefresh, false)) {
                        d->monitor->refreshed(snapshot);
                        // A scheduled refresh that came meanwhile waited for this one.
                        if (d->scheduler->isRunning())
                            d->pipeline.status()->refresh();
                        return;
                    }
                    const auto &results = d->pipeline.status()->lastResults();
                    const bool anyAnswered
                        = std::any_of(results.begin(), results.end(),
                                      [](const auto &result) { return result.records.hasValue(); });
                    d->monitor->refreshed(snapshot);
                    d->scheduler->finished(anyAnswered);
                    if (d->feedback && anyAnswered)
                        d->feedback->retryPending(); // what could not be sent before
                });
        d->scheduler->request(RefreshScheduler::Reason::Start);
    });
}

void DesktopApp::refreshNow(int reasonValue)
{
    const auto reason = RefreshScheduler::Reason(reasonValue);
    Core::StatusService *status = d->pipeline.status();
    if (!status) {
        d->scheduler->finished(false);
        return;
    }
    // The employee waits for this one: the tray says so. A scheduled refresh stays silent.
    const bool waiting = reason == RefreshScheduler::Reason::CheckNow
        || reason == RefreshScheduler::Reason::SignIn
        || (reason == RefreshScheduler::Reason::Start && !d->monitor->view().hasSnapshot());
    if (waiting)
        d->monitor->setChecking(true);
    status->setUser(m_context.settings.email());
    status->refresh();
}

void DesktopApp::reportDevice(const QString &deviceId, Core::DeviceReport::Reason reason)
{
    const auto device = d->monitor->reportDevice(deviceId, reason);
    if (!device)
        return;
    qCDebug(lcDesktop).noquote() << "device reported to IT:" << device->name.value_or(device->id);

    Sources::Feedback::FeedbackReport report;
    report.reporter = m_context.settings.email();
    report.response = reason == Core::DeviceReport::Reason::NotMine
        ? Sources::Feedback::FeedbackResponse::NotMine
        : Sources::Feedback::FeedbackResponse::NoLongerUsed;
    report.deviceId = device->id;
    report.deviceName = device->name;
    report.identifiers = device->ids;
    report.sources = device->sources;
    report.appVersion = QCoreApplication::applicationVersion();
    report.reportedAt = m_context.clock.now();
    if (d->feedback)
        d->feedback->submit(report); // queued on disk first: never lost
    else
        sendByMail(report);
    emit deviceReported(*device, reason);
}

void DesktopApp::sendByMail(const Sources::Feedback::FeedbackReport &report)
{
    // No webhook, or it refused the report: a prepared e-mail to IT, sent by the employee.
    QString address = d->feedbackEmail;
    const QString help = m_context.settings.text(App::Keys::appHelp).trimmed();
    if (address.isEmpty() && helpUrl(help).scheme() == u"mailto")
        address = help;
    if (address.isEmpty()) {
        qCWarning(lcDesktop) << "Nowhere to send the device report: set [feedback] url or "
                                "[feedback] email.";
        return;
    }
    App::openInDesktopBrowser(Sources::Feedback::feedbackMailto(address, report));
}

void DesktopApp::updateAccount()
{
    TrayAccount account;
    account.signInAvailable = d->signInEnabled;
    if (App::EmployeeSession *session = d->pipeline.session())
        account.email = session->email();
    d->tray->setAccount(account);
}

void DesktopApp::signIn()
{
    App::EmployeeSession *session = d->pipeline.session();
    if (!session)
        return;
    session->signIn(&App::openInDesktopBrowser).then(this, [this](const Result<QString> &email) {
        if (!email) {
            d->notifier->show(
                {Text::tr("Sign-in did not complete"), email.error().message, {}, {}, false});
            return;
        }
        m_context.settings.setOverride(App::Keys::identityEmail, *email);
        updateAccount();
        if (d->pipeline.status())
            d->scheduler->request(RefreshScheduler::Reason::SignIn);
        else
            buildBackends();
    });
}

void DesktopApp::signOut()
{
    App::EmployeeSession *session = d->pipeline.session();
    if (!session)
        return;
    session->signOut().then(this, [this](const Result<bool> &done) {
        if (!done)
            qCWarning(lcDesktop).noquote() << "Sign-out:" << done.error().message;
        updateAccount();
    });
}

void DesktopApp::quit()
{
    if (App::Backends *backends = d->pipeline.backends())
        backends->release();
    QCoreApplication::quit();
}

QString DesktopApp::diagnostics() const
{
    DiagnosticsInput input;
    input.view = d->monitor->view();
    input.trayAvailable = d->trayAvailable;
    input.notificationChannel = d->notifier->channelName();
    input.signInEnabled = d->signInEnabled;
    input.email = d->signInEnabled
        ? (d->pipeline.session() ? d->pipeline.session()->email() : QString())
        : m_context.settings.email();
    input.setupProblem = d->setupProblem;
    input.refreshing = d->scheduler->isRunning();
    if (d->scheduler->isArmed())
        input.nextRefresh = d->scheduler->armedDelay();
    input.failuresInARow = d->scheduler->failuresInARow();
    input.snoozedUntil = d->monitor->snoozedUntil();
    input.pendingFeedback = d->feedback ? d->feedback->pendingCount() : 0;
    input.cachePath = d->snapshotPath;
    input.now = m_context.clock.now();
    // The same settings section as stethoscope --diagnostics.
    return diagnosticsText(input) + App::settingsReport(m_context.settings);
}

} // namespace Stethoscope::Desktop
