#pragma once

#include "alertinbox.h"
#include "alerttracker.h"
#include "practicecatalog.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QSystemTrayIcon;

namespace Stethoscope::Desktop {

// One desktop notification, ready to show, and what clicking it should open.
struct NotificationMessage
{
    QString title; // "alice-mbp: Disk encryption is off"
    QString body; // why it matters, in one sentence; for a digest the list of what changed
    QString deviceId; // the device to open the details window on
    QString practice; // the practice to show; empty for a digest
    bool critical = false; // a required practice (warn): higher urgency

    friend bool operator==(const NotificationMessage &, const NotificationMessage &) = default;
};

// The words of a notification from the alert tracker's decision, in the catalog's wording.
NotificationMessage composeNotification(const Core::Notification &notification,
                                        const Core::PracticeCatalog &catalog);

// The quiet thank-you when an alert's practice recovered: "Disk encryption is on for
// alice-mbp — thank you".
NotificationMessage composeThanks(const Core::InboxAlert &alert,
                                  const Core::PracticeCatalog &catalog);

// Shows notifications through the platform's channel and says which one was clicked.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void show(const NotificationMessage &message) = 0;
    virtual QString channelName() const = 0; // for diagnostics: "freedesktop", "tray"

signals:
    void activated(const QString &deviceId, const QString &practice);
    // The notification's "Snooze 1 hour" button (where the channel has buttons).
    void snoozeRequested(const QString &deviceId, const QString &practice);
};

// The best channel here: freedesktop notifications over D-Bus on Linux when a notification
// server runs (with a default action, so a click comes back), else the tray icon's balloon
// (QSystemTrayIcon::showMessage), which remembers what its last message was about.
std::unique_ptr<Notifier> createNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

// The tray icon's balloon. QSystemTrayIcon has one messageClicked() signal for whatever message
// it showed last, so this remembers what the last message was about and answers a click with
// that device and practice.
class TrayMessageNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit TrayMessageNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    void show(const NotificationMessage &message) override;
    QString channelName() const override;

private:
    void onMessageClicked();

    QPointer<QSystemTrayIcon> m_tray;
    std::optional<NotificationMessage> m_last;
};

} // namespace Stethoscope::Desktop
