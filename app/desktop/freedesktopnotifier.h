#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QList>
#include <QString>

// The freedesktop.org Desktop Notifications specification over D-Bus
// (org.freedesktop.Notifications), which GNOME, KDE Plasma, Xfce, dunst, mako and others
// implement: a notification with a default action, so that a click comes back as
// ActionInvoked and opens the details window on the device it was about.
//
//   show() ──GetCapabilities (once)──▶ Notify ──reply: id──▶ remembered: id → device, practice
//   ActionInvoked(id, "default") ──▶ activated(device, practice)
//   NotificationClosed(id) ──▶ forgotten
//
// Every call is asynchronous: a slow or absent server never blocks the tray. A failure is
// logged (stethoscope.desktop.notify) and the notification is lost; the tray icon still tells.
namespace Stethoscope::Desktop {

class FreedesktopNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit FreedesktopNotifier(QObject *parent = nullptr); // on the session bus
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    // Whether a notification server owns org.freedesktop.Notifications on the bus, or the bus
    // can start one. Asks the bus daemon with a short timeout, without an event loop.
    static bool isAvailable(const QDBusConnection &bus = QDBusConnection::sessionBus());

    void show(const NotificationMessage &message) override;
    QString channelName() const override;

private slots:
    // Slots because QDBusConnection::connect() takes only SLOT() signatures.
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Shown
    {
        uint id = 0;
        QString deviceId;
        QString practice;
    };

    void askCapabilities();
    void send(const NotificationMessage &message);
    void remember(uint id, const NotificationMessage &message);
    qsizetype indexOf(uint id) const;

    QDBusConnection m_bus;
    enum class Capabilities
    {
        Unasked,
        Asking,
        Known
    } m_capabilities = Capabilities::Unasked;
    bool m_bodyMarkup = true; // until the server says otherwise, markup would be interpreted
    QList<NotificationMessage> m_waiting; // shown before the capabilities were known
    QList<Shown> m_shown; // oldest first, bounded
};

} // namespace Stethoscope::Desktop
