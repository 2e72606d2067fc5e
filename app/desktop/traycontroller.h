#pragma once

#include "clock.h"
#include "statusview.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Stethoscope::Desktop {

// Who is signed in, for the Sign in / Sign out entry.
struct TrayAccount
{
    bool signInAvailable = false; // [auth] mode = oidc; otherwise no entry at all
    QString email; // empty: signed out
};

// The tray icon and its menu. It only presents: every choice the employee makes is a signal
// for the composition root to act on. The menu is always there (on Linux the left click may
// never arrive); the left click opens the details window where the platform delivers it.
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(const Core::Clock &clock, QObject *parent = nullptr);
    ~TrayController() override;

    // Whether the desktop has a system tray to show the icon in.
    static bool isTrayAvailable();

    void show();
    void setStatus(const StatusView &view);
    void setAccount(const TrayAccount &account);
    void setSnoozedUntil(const std::optional<QDateTime> &until);
    void setStartAtLogin(bool enabled,
                         bool managed); // managed: disabled, "Managed by your organization"
    void setHelp(const QString &target); // a URL or an e-mail address from IT; empty: no entry
    void setQuitAllowed(bool allowed); // false: no Quit entry (IT forbids quitting)

    QSystemTrayIcon *trayIcon() const; // for the notification fallback
    QMenu *menu() const;
    TrayState state() const { return m_state; }

signals:
    void openDetailsRequested(const QString &deviceId); // empty: no particular device
    void openAlertsRequested(); // "3 open alerts"
    void checkNowRequested();
    void snoozeRequested(const QDateTime &until);
    void signInRequested();
    void signOutRequested();
    void startAtLoginToggled(bool enabled);
    void helpRequested();
    void copyDiagnosticsRequested();
    void quitRequested();

private:
    void createActions();
    void updateTray();
    void rebuildMenu();

    const Core::Clock &m_clock;
    struct Parts;
    std::unique_ptr<Parts> d;
    TrayState m_state = TrayState::Unknown;
};

} // namespace Stethoscope::Desktop
