#include "traycontroller.h"

#include "presentation.h"
#include "statustext.h"
#include "trayicons.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

#include <algorithm>

namespace Stethoscope::Desktop {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrayController)
};

// Menu texts take '&' for a mnemonic; names and addresses are shown as they are.
QString literal(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

// The devices the menu names: a stale device no longer counts (it is not in the summary).
bool needsAttention(const Core::Device &device)
{
    return !device.stale
        && (device.rating == Core::Rating::Critical || device.rating == Core::Rating::Warning);
}

QString deviceLabel(const Core::Device &device)
{
    if (device.name && !device.name->isEmpty())
        return *device.name;
    if (device.model && !device.model->isEmpty())
        return *device.model;
    return device.id;
}

QDateTime tomorrowMorning(const QDateTime &now)
{
    return QDateTime(now.toLocalTime().date().addDays(1), QTime(8, 0));
}

// "14:00" today, "tomorrow at 08:00", or the date and time when further ahead.
QString snoozeEnd(const QDateTime &until, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = until.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = clockTime(local.time());
    if (local.date() == today)
        return time;
    if (local.date() == today.addDays(1))
        return Text::tr("tomorrow at %1").arg(time);
    return dayAndTime(local, now);
}

} // namespace

struct TrayController::Parts
{
    // Declared before the tray so that they outlive it: the tray holds a pointer to the menu.
    QMenu snoozeMenu;
    QMenu menu;
    QSystemTrayIcon tray;

    // The fixed entries are created and connected once; a rebuild only re-adds them with their
    // current text and state. They belong to the controller, so QMenu::clear() keeps them.
    QAction *status = nullptr;
    QAction *openDetails = nullptr;
    QAction *openAlerts = nullptr;
    QAction *checkNow = nullptr;
    QAction *lastChecked = nullptr;
    QAction *snoozeHour = nullptr;
    QAction *snoozeTomorrow = nullptr;
    QAction *resume = nullptr;
    QAction *signIn = nullptr;
    QAction *signOut = nullptr;
    QAction *startAtLogin = nullptr;
    QAction *help = nullptr;
    QAction *copyDiagnostics = nullptr;
    QAction *quit = nullptr;
    // One per device that needs attention; replaced on each rebuild.
    QList<QAction *> deviceActions;

    StatusView view;
    TrayAccount account;
    std::optional<QDateTime> snoozedUntil;
    bool startAtLoginEnabled = false;
    bool startAtLoginManaged = false;
    QString helpTarget;
    bool quitAllowed = true;

    std::optional<TrayState> shownState;
};

TrayController::TrayController(const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , d(std::make_unique<Parts>())
{
    createActions();
    d->menu.setObjectName(QStringLiteral("trayMenu"));
    d->snoozeMenu.setObjectName(QStringLiteral("snoozeMenu"));
    d->snoozeMenu.menuAction()->setObjectName(QStringLiteral("snooze"));
    d->tray.setContextMenu(&d->menu);

    connect(&d->tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit openDetailsRequested({});
            });
    // Times in the menu ("Last checked …", the end of a snooze) are as of the moment it opens.
    connect(&d->menu, &QMenu::aboutToShow, this, &TrayController::rebuildMenu);

    updateTray();
    rebuildMenu();
}

TrayController::~TrayController() = default;

bool TrayController::isTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::createActions()
{
    const auto action = [this](const QString &name) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        // Not moved to the application menu on macOS by its text ("Quit", "Help" …).
        action->setMenuRole(QAction::NoRole);
        return action;
    };
    d->status = action(QStringLiteral("status"));
    d->status->setEnabled(false);
    d->lastChecked = action(QStringLiteral("lastChecked"));
    d->lastChecked->setEnabled(false);

    d->openDetails = action(QStringLiteral("openDetails"));
    d->openDetails->setText(Text::tr("&Open details…"));
    connect(d->openDetails, &QAction::triggered, this, [this] { emit openDetailsRequested({}); });

    d->openAlerts = action(QStringLiteral("openAlerts"));
    connect(d->openAlerts, &QAction::triggered, this, &TrayController::openAlertsRequested);

    d->checkNow = action(QStringLiteral("checkNow"));
    connect(d->checkNow, &QAction::triggered, this, &TrayController::checkNowRequested);

    d->snoozeHour = action(QStringLiteral("snoozeHour"));
    d->snoozeHour->setText(Text::tr("For 1 &hour"));
    connect(d->snoozeHour, &QAction::triggered, this,
            [this] { emit snoozeRequested(m_clock.now().addSecs(3600)); });

    d->snoozeTomorrow = action(QStringLiteral("snoozeTomorrow"));
    d->snoozeTomorrow->setText(Text::tr("Until &tomorrow"));
    connect(d->snoozeTomorrow, &QAction::triggered, this,
            [this] { emit snoozeRequested(tomorrowMorning(m_clock.now())); });

    d->resume = action(QStringLiteral("resumeNotifications"));
    d->resume->setText(Text::tr("&Resume notifications"));
    connect(d->resume, &QAction::triggered, this, [this] { emit snoozeRequested(QDateTime()); });

    d->signIn = action(QStringLiteral("signIn"));
    d->signIn->setText(Text::tr("Sign &in…"));
    connect(d->signIn, &QAction::triggered, this, &TrayController::signInRequested);

    d->signOut = action(QStringLiteral("signOut"));
    connect(d->signOut, &QAction::triggered, this, &TrayController::signOutRequested);

    // `triggered`, not `toggled`: only the employee's click is a request, not setStartAtLogin.
    d->startAtLogin = action(QStringLiteral("startAtLogin"));
    d->startAtLogin->setCheckable(true);
    connect(d->startAtLogin, &QAction::triggered, this, &TrayController::startAtLoginToggled);

    d->help = action(QStringLiteral("help"));
    d->help->setText(Text::tr("&Help"));
    connect(d->help, &QAction::triggered, this, &TrayController::helpRequested);

    d->copyDiagnostics = action(QStringLiteral("copyDiagnostics"));
    d->copyDiagnostics->setText(Text::tr("Copy &diagnostics"));
    connect(d->copyDiagnostics, &QAction::triggered, this,
            &TrayController::copyDiagnosticsRequested);

    d->quit = action(QStringLiteral("quit"));
    d->quit->setText(Text::tr("&Quit"));
    connect(d->quit, &QAction::triggered, this, &TrayController::quitRequested);
}

void TrayController::show()
{
    d->tray.show();
}

void TrayController::setStatus(const StatusView &view)
{
    d->view = view;
    updateTray();
    rebuildMenu();
}

void TrayController::setAccount(const TrayAccount &account)
{
    d->account = account;
    rebuildMenu();
}

void TrayController::setSnoozedUntil(const std::optional<QDateTime> &until)
{
    d->snoozedUntil = until;
    rebuildMenu();
}

void TrayController::setStartAtLogin(bool enabled, bool managed)
{
    d->startAtLoginEnabled = enabled;
    d->startAtLoginManaged = managed;
    rebuildMenu();
}

void TrayController::setHelp(const QString &target)
{
    d->helpTarget = target;
    rebuildMenu();
}

void TrayController::setQuitAllowed(bool allowed)
{
    d->quitAllowed = allowed;
    rebuildMenu();
}

QSystemTrayIcon *TrayController::trayIcon() const
{
    return &d->tray;
}

QMenu *TrayController::menu() const
{
    return &d->menu;
}

void TrayController::updateTray()
{
    m_state = trayState(d->view);
    // A new icon is a round trip to the panel (D-Bus on Linux): only when the state changed.
    if (d->shownState != m_state) {
        d->tray.setIcon(Desktop::trayIcon(m_state));
        d->shownState = m_state;
    }
    d->tray.setToolTip(trayToolTip(d->view, m_clock.now()));
}

void TrayController::rebuildMenu()
{
    const QDateTime now = m_clock.now();
    const StatusView &view = d->view;

    // An entry of the old menu may be the very sender whose signal led here: the device
    // entries go later, the fixed ones stay.
    for (QAction *action : std::as_const(d->deviceActions))
        action->deleteLater();
    d->deviceActions.clear();
    d->menu.clear();
    d->snoozeMenu.clear();

    d->status->setText(literal(statusSummary(view, now)));
    d->menu.addAction(d->status);

    QList<const Core::Device *> attention;
    for (const Core::Device &device : view.snapshot.devices) {
        if (needsAttention(device))
            attention.append(&device);
    }
    // Action required before suggestions.
    std::stable_sort(
        attention.begin(), attention.end(),
        [](const Core::Device *a, const Core::Device *b) { return a->rating > b->rating; });
    for (const Core::Device *device : std::as_const(attention)) {
        const QString text = Text::tr("%1 — %2", "device name — its rating")
                                 .arg(deviceLabel(*device), App::ratingTitle(device->rating));
        auto *action = new QAction(ratingIcon(device->rating), literal(text), this);
        action->setObjectName(QStringLiteral("device:") + device->id);
        action->setMenuRole(QAction::NoRole);
        connect(action, &QAction::triggered, this,
                [this, id = device->id] { emit openDetailsRequested(id); });
        d->menu.addAction(action);
        d->deviceActions.append(action);
    }
    // Snoozed alerts wait for their time; resolved and dismissed ones ask nothing.
    if (const int open = view.openAlerts(); open > 0) {
        d->openAlerts->setText(Text::tr("%n open alert(s)", nullptr, open));
        d->menu.addAction(d->openAlerts);
    }
    d->menu.addSeparator();

    d->menu.addAction(d->openDetails);
    d->checkNow->setText(view.checking ? Text::tr("Checking…") : Text::tr("&Check now"));
    d->checkNow->setEnabled(!view.checking);
    d->menu.addAction(d->checkNow);
    d->lastChecked->setText(literal(lastCheckedLine(view, now)));
    d->menu.addAction(d->lastChecked);
    d->menu.addSeparator();

    const bool snoozed = d->snoozedUntil && d->snoozedUntil->isValid() && *d->snoozedUntil > now;
    if (snoozed) {
        d->snoozeMenu.setTitle(
            Text::tr("&Notifications snoozed until %1").arg(snoozeEnd(*d->snoozedUntil, now)));
        d->snoozeMenu.addAction(d->resume);
        d->snoozeMenu.addSeparator();
    } else {
        d->snoozeMenu.setTitle(Text::tr("&Snooze notifications"));
    }
    d->snoozeMenu.addAction(d->snoozeHour);
    d->snoozeMenu.addAction(d->snoozeTomorrow);
    d->menu.addMenu(&d->snoozeMenu);

    if (d->account.signInAvailable) {
        if (d->account.email.isEmpty()) {
            d->menu.addAction(d->signIn);
        } else {
            d->signOut->setText(Text::tr("Sign &out (%1)").arg(literal(d->account.email)));
            d->menu.addAction(d->signOut);
        }
    }

    d->startAtLogin->setChecked(d->startAtLoginEnabled);
    d->startAtLogin->setEnabled(!d->startAtLoginManaged);
    d->startAtLogin->setText(d->startAtLoginManaged
                                 ? Text::tr("Start at login — Managed by your organization")
                                 : Text::tr("Start at &login"));
    d->menu.addAction(d->startAtLogin);

    if (!d->helpTarget.isEmpty())
        d->menu.addAction(d->help);
    d->menu.addAction(d->copyDiagnostics);

    if (d->quitAllowed) {
        d->menu.addSeparator();
        d->menu.addAction(d->quit);
    }
}

} // namespace Stethoscope::Desktop
