#include "freedesktopnotifier.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

#include <utility>

namespace Stethoscope::Desktop {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "stethoscope.desktop.notify", QtWarningMsg)

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Notifier)
};

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
const QString defaultAction = QStringLiteral("default");
const QString fixAction = QStringLiteral("fix");
const QString snoozeAction = QStringLiteral("snooze");

// Servers that never send NotificationClosed (or a long session) must not grow this.
constexpr qsizetype maxRemembered = 64;
// isAvailable() runs once at start-up, before the tray shows; a hung bus must not hold it.
constexpr int availabilityTimeoutMs = 1000;

QDBusMessage callToServer(const QString &method)
{
    return QDBusMessage::createMethodCall(service, path, interface, method);
}

QDBusMessage callToBus(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"), method);
}

// The first argument of a reply, or a null QVariant when the call failed.
QVariant askBus(const QDBusConnection &bus, const QDBusMessage &call)
{
    const QDBusMessage reply = bus.call(call, QDBus::Block, availabilityTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        qCDebug(lcNotify) << "Bus daemon did not answer" << call.member() << ":"
                          << reply.errorName() << reply.errorMessage();
        return {};
    }
    return reply.arguments().constFirst();
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : FreedesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
{
    // Bound to the well-known name: QtDBus follows its owner, so a restarted server still
    // reaches us and nobody else on the bus can fake a click.
    const bool actions = m_bus.connect(service, path, interface, QStringLiteral("ActionInvoked"),
                                       this, SLOT(onActionInvoked(uint, QString)));
    const bool closed
        = m_bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                        SLOT(onNotificationClosed(uint, uint)));
    if (!actions || !closed)
        qCWarning(lcNotify) << "Cannot listen to the notification server's signals:"
                            << m_bus.lastError().message();
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

bool FreedesktopNotifier::isAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected())
        return false;
    QDBusMessage hasOwner = callToBus(QStringLiteral("NameHasOwner"));
    hasOwner << service;
    if (askBus(bus, hasOwner).toBool())
        return true;
    // Not running, but the bus may start one (a .service file) when it is first called.
    return askBus(bus, callToBus(QStringLiteral("ListActivatableNames")))
        .toStringList()
        .contains(service);
}

QString FreedesktopNotifier::channelName() const
{
    return QStringLiteral("freedesktop");
}

void FreedesktopNotifier::show(const NotificationMessage &message)
{
    switch (m_capabilities) {
    case Capabilities::Known:
        send(message);
        return;
    case Capabilities::Unasked:
        askCapabilities();
        [[fallthrough]];
    case Capabilities::Asking:
        m_waiting.append(message);
        return;
    }
}

// Whether the body may carry markup decides how it is escaped: a server without
// "body-markup" shows "&amp;" literally, one with it would interpret a "<" in a device name.
void FreedesktopNotifier::askCapabilities()
{
    m_capabilities = Capabilities::Asking;
    auto *watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(callToServer(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QStringList> reply = *call;
                if (reply.isError()) {
                    // Escaping is the safe guess: at worst an entity shows literally.
                    qCWarning(lcNotify) << "The notification server did not tell its capabilities:"
                                        << reply.error().name() << reply.error().message();
                    m_bodyMarkup = true;
                } else {
                    m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
                }
                m_capabilities = Capabilities::Known;
                const QList<NotificationMessage> waiting = std::exchange(m_waiting, {});
                for (const NotificationMessage &message : waiting)
                    send(message);
            });
}

void FreedesktopNotifier::send(const NotificationMessage &message)
{
    // A newer word about the same device and practice (nudge became warn) replaces the old one
    // where it is still on screen, rather than stacking up.
    uint replaces = 0;
    if (!message.practice.isEmpty()) {
        for (const Shown &shown : std::as_const(m_shown)) {
            if (shown.deviceId == message.deviceId && shown.practice == message.practice)
                replaces = shown.id;
        }
    }

    QVariantMap hints;
    // The spec's urgency is a byte: 1 normal, 2 critical.
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(message.critical ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.stethoscope.Stethoscope"));
    hints.insert(QStringLiteral("category"), QStringLiteral("device"));

    // Pairs of key and label. One practice on one device can be answered right here; a digest
    // only opens the window.
    QStringList actions {defaultAction, Text::tr("Open details")};
    if (!message.practice.isEmpty()) {
        actions << fixAction << Text::tr("Show me how to fix") << snoozeAction
                << Text::tr("Snooze 1 hour");
    }

    QDBusMessage call = callToServer(QStringLiteral("Notify"));
    call << QStringLiteral("Stethoscope") // app_name
         << replaces // replaces_id
         << (message.critical ? QStringLiteral("dialog-warning")
                              : QStringLiteral("dialog-information")) // app_icon
         << message.title // summary: plain text by the spec
         << (m_bodyMarkup ? message.body.toHtmlEscaped() : message.body) // body
         << actions // actions
         << hints // hints
         << qint32(-1); // expire_timeout: the server's default

    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, message](QDBusPendingCallWatcher *pending) {
                pending->deleteLater();
                const QDBusPendingReply<uint> reply = *pending;
                if (reply.isError()) {
                    qCWarning(lcNotify) << "The notification server did not show a notification:"
                                        << reply.error().name() << reply.error().message();
                    return;
                }
                remember(reply.value(), message);
            });
}

void FreedesktopNotifier::remember(uint id, const NotificationMessage &message)
{
    if (id == 0)
        return; // not a valid id by the spec: nothing can refer to it
    if (const qsizetype index = indexOf(id); index >= 0)
        m_shown.removeAt(index); // replaced: the same id now means the newer message
    if (m_shown.size() >= maxRemembered)
        m_shown.removeFirst();
    m_shown.append(Shown {id, message.deviceId, message.practice});
}

qsizetype FreedesktopNotifier::indexOf(uint id) const
{
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).id == id)
            return i;
    }
    return -1;
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // Ids are per server and shared by every application: another app's click is not ours.
    const qsizetype index = indexOf(id);
    if (index < 0)
        return;
    const Shown shown = m_shown.at(index);
    if (action == defaultAction || action == fixAction)
        emit activated(shown.deviceId, shown.practice);
    else if (action == snoozeAction && !shown.practice.isEmpty())
        emit snoozeRequested(shown.deviceId, shown.practice);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason) // expired, dismissed, closed or undefined: forgotten all the same
    if (const qsizetype index = indexOf(id); index >= 0)
        m_shown.removeAt(index);
}

} // namespace Stethoscope::Desktop
