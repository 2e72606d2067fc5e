// The freedesktop notifier against a fake notification server on a private session bus (the
// ctest wrapper starts one per test). The fake owns org.freedesktop.Notifications on a
// connection of its own, as a real server would in its own process, and records the calls.
#include "freedesktopnotifier.h"

#include "catch.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusError>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Stethoscope;
using Desktop::FreedesktopNotifier;
using Desktop::NotificationMessage;

namespace {

const QString notificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString notificationsPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr int timeoutMs = 5000; // every wait is bounded; a pass takes milliseconds

struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
    uint id = 0; // what the fake answered; 0 for a refusal
};

class FakeNotificationServer : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<NotifyCall> calls;
    int capabilityQueries = 0;
    QStringList capabilities {QStringLiteral("actions"), QStringLiteral("body")};
    bool failNotify = false;

    void click(uint id, const QString &action = QStringLiteral("default"))
    {
        emit ActionInvoked(id, action);
    }
    void dismiss(uint id) { emit NotificationClosed(id, 2); }

public slots:
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                             const QString &summary, const QString &body,
                             const QStringList &actions, const QVariantMap &hints,
                             int expireTimeout)
    {
        const uint id = failNotify ? 0 : replacesId != 0 ? replacesId : ++m_lastId;
        calls.append(
            {appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id});
        if (failNotify)
            sendErrorReply(QDBusError::Failed, QStringLiteral("The fake refuses"));
        return id;
    }
    Q_SCRIPTABLE QStringList GetCapabilities()
    {
        ++capabilityQueries;
        return capabilities;
    }
    Q_SCRIPTABLE void CloseNotification(uint id) { emit NotificationClosed(id, 3); }
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version,
                                              QString &specVersion)
    {
        vendor = QStringLiteral("Stethoscope tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }

signals:
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);

private:
    uint m_lastId = 41;
};

// The fake on its own connection; start() makes it own the name, the destructor gives it up.
class FakeServerOnBus
{
public:
    FakeServerOnBus()
        : m_name(QStringLiteral("fake-server-%1").arg(++s_instances))
        , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_name))
    { }
    ~FakeServerOnBus()
    {
        stop();
        m_bus.unregisterObject(notificationsPath);
        QDBusConnection::disconnectFromBus(m_name);
    }
    FakeServerOnBus(const FakeServerOnBus &) = delete;
    FakeServerOnBus &operator=(const FakeServerOnBus &) = delete;

    bool start()
    {
        return m_bus.isConnected()
            && m_bus.registerObject(notificationsPath, &server,
                                    QDBusConnection::ExportScriptableSlots
                                        | QDBusConnection::ExportScriptableSignals)
            && m_bus.registerService(notificationsService);
    }
    void stop() { m_bus.unregisterService(notificationsService); }

    FakeNotificationServer server;

private:
    static inline int s_instances = 0;
    QString m_name;
    QDBusConnection m_bus;
};

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QDBusConnection sessionBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    INFO("These tests need a private session bus; ctest runs them through run-with-keyring.sh");
    REQUIRE(bus.isConnected());
    return bus;
}

NotificationMessage encryptionOff()
{
    return {QStringLiteral("alice-mbp: Disk encryption is off"),
            QStringLiteral("Encryption keeps your files unreadable. Required by your "
                           "organization."),
            QStringLiteral("dev-1"), QStringLiteral("encryption"), true};
}

NotificationMessage firewallOff()
{
    return {QStringLiteral("bob-pixel: Firewall is off"),
            QStringLiteral("A firewall blocks unwanted connections."), QStringLiteral("dev-2"),
            QStringLiteral("firewall"), false};
}

// Warnings of the notifier's log category, for the failure paths.
class WarningLog
{
public:
    WarningLog()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&WarningLog::handle);
    }
    ~WarningLog() { qInstallMessageHandler(m_previous); }
    WarningLog(const WarningLog &) = delete;
    WarningLog &operator=(const WarningLog &) = delete;

    static qsizetype size() { return s_lines.size(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (type == QtWarningMsg && context.category
            && QLatin1String(context.category) == QLatin1String("stethoscope.desktop.notify"))
            s_lines.append(text);
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

// Shows a message and waits until its id is known to the notifier, which a click proves.
uint showAndConfirm(FakeServerOnBus &fake, FreedesktopNotifier &notifier,
                    const NotificationMessage &message)
{
    QSignalSpy activated(&notifier, &Desktop::Notifier::activated);
    const qsizetype before = fake.server.calls.size();
    notifier.show(message);
    REQUIRE(waitFor([&] { return fake.server.calls.size() == before + 1; }));
    const uint id = fake.server.calls.constLast().id;
    fake.server.click(id);
    REQUIRE(activated.wait(timeoutMs));
    REQUIRE(activated.constFirst().at(0).toString() == message.deviceId);
    return id;
}

} // namespace

TEST_CASE("The notifier is available only while a server owns the notifications name",
          "[notify][dbus]")
{
    const QDBusConnection bus = sessionBus();
    CHECK_FALSE(FreedesktopNotifier::isAvailable(QDBusConnection(QStringLiteral("no-such-bus"))));

    // A notification daemon installed on this machine may be activatable on any session bus;
    // then "available" before the fake starts is the right answer, and not testable here.
    const bool activatable
        = bus.interface()->activatableServiceNames().value().contains(notificationsService);
    if (activatable)
        WARN("A notification server is activatable here; skipping the \"not available\" check");
    else
        CHECK_FALSE(FreedesktopNotifier::isAvailable(bus));

    FakeServerOnBus fake;
    REQUIRE(fake.start());
    CHECK(FreedesktopNotifier::isAvailable(bus));

    fake.stop();
    if (!activatable)
        CHECK_FALSE(FreedesktopNotifier::isAvailable(bus));
}

TEST_CASE("A notification reaches the server with the spec's arguments", "[notify][dbus]")
{
    FakeServerOnBus fake;
    REQUIRE(fake.start());
    FreedesktopNotifier notifier(sessionBus());
    CHECK(notifier.channelName() == QStringLiteral("freedesktop"));

    notifier.show(encryptionOff());
    notifier.show(firewallOff()); // before the capabilities are known: waits, is not lost
    REQUIRE(waitFor([&] { return fake.server.calls.size() == 2; }));
    CHECK(fake.server.capabilityQueries == 1);

    const NotifyCall critical = fake.server.calls.at(0);
    CHECK(critical.appName == QStringLiteral("Stethoscope"));
    CHECK(critical.replacesId == 0);
    CHECK_FALSE(critical.appIcon.isEmpty());
    CHECK(critical.summary == encryptionOff().title);
    CHECK(critical.body == encryptionOff().body);
    // Pairs of key and label: open, show me how to fix, snooze 1 hour.
    REQUIRE(critical.actions.size() == 6);
    CHECK(critical.actions.at(0) == QStringLiteral("default"));
    CHECK_FALSE(critical.actions.at(1).isEmpty());
    CHECK(critical.actions.at(2) == QStringLiteral("fix"));
    CHECK(critical.actions.at(4) == QStringLiteral("snooze"));
    CHECK(critical.actions.at(5) == QStringLiteral("Snooze 1 hour"));
    const QVariant urgency = critical.hints.value(QStringLiteral("urgency"));
    CHECK(urgency.typeId() == QMetaType::UChar); // a byte, as the spec says
    CHECK(urgency.value<uchar>() == 2);
    CHECK(critical.hints.value(QStringLiteral("desktop-entry")).toString()
          == QStringLiteral("org.stethoscope.Stethoscope"));
    CHECK(critical.hints.value(QStringLiteral("category")).toString() == QStringLiteral("device"));
    CHECK(critical.expireTimeout == -1);

    const NotifyCall normal = fake.server.calls.at(1);
    CHECK(normal.summary == firewallOff().title);
    CHECK(normal.hints.value(QStringLiteral("urgency")).value<uchar>() == 1);
    CHECK(normal.appIcon != critical.appIcon);
}

TEST_CASE("The body is escaped only where the server reads markup", "[notify][dbus]")
{
    FakeServerOnBus fake;
    const bool markup = GENERATE(true, false);
    if (markup)
        fake.server.capabilities.append(QStringLiteral("body-markup"));
    REQUIRE(fake.start());
    FreedesktopNotifier notifier(sessionBus());

    NotificationMessage message = firewallOff();
    message.body = QStringLiteral("R&D <lab> laptop: Firewall is off");
    notifier.show(message);
    REQUIRE(waitFor([&] { return fake.server.calls.size() == 1; }));
    CHECK(
        fake.server.calls.at(0).body
        == (markup ? QStringLiteral("R&amp;D &lt;lab&gt; laptop: Firewall is off") : message.body));
    CHECK(fake.server.calls.at(0).summary == message.title); // plain text by the spec
}

TEST_CASE("A click on a notification opens what it was about, and only ours", "[notify][dbus]")
{
    FakeServerOnBus fake;
    REQUIRE(fake.start());
    FreedesktopNotifier notifier(sessionBus());
    QSignalSpy activated(&notifier, &Desktop::Notifier::activated);

    notifier.show(encryptionOff());
    REQUIRE(waitFor([&] { return fake.server.calls.size() == 1; }));
    const uint id = fake.server.calls.at(0).id;

    SECTION("the default action of our notification")
    {
        fake.server.click(id);
        REQUIRE(activated.wait(timeoutMs));
        REQUIRE(activated.size() == 1);
        CHECK(activated.at(0).at(0).toString() == QStringLiteral("dev-1"));
        CHECK(activated.at(0).at(1).toString() == QStringLiteral("encryption"));
    }

    SECTION("its buttons: Show me how to fix opens it, Snooze 1 hour snoozes it")
    {
        QSignalSpy snooze(&notifier, &Desktop::Notifier::snoozeRequested);
        fake.server.click(id, QStringLiteral("snooze"));
        REQUIRE(snooze.wait(timeoutMs));
        CHECK(snooze.at(0).at(0).toString() == QStringLiteral("dev-1"));
        CHECK(snooze.at(0).at(1).toString() == QStringLiteral("encryption"));
        CHECK(activated.isEmpty());
        fake.server.click(id, QStringLiteral("fix"));
        REQUIRE(activated.wait(timeoutMs));
        CHECK(activated.at(0).at(1).toString() == QStringLiteral("encryption"));
    }

    SECTION("another application's notification, or an action that is not ours, opens nothing")
    {
        // Signals from one sender arrive in order: once the last click is seen, the ones
        // before it were handled, and must not have emitted anything.
        fake.server.click(id + 100);
        fake.server.click(id, QStringLiteral("unsubscribe"));
        fake.server.click(id);
        REQUIRE(waitFor([&] { return !activated.isEmpty(); }));
        REQUIRE(activated.size() == 1);
        CHECK(activated.at(0).at(0).toString() == QStringLiteral("dev-1"));
    }
}

TEST_CASE("A closed notification is forgotten, a newer word replaces an open one", "[notify][dbus]")
{
    FakeServerOnBus fake;
    REQUIRE(fake.start());
    FreedesktopNotifier notifier(sessionBus());

    SECTION("a click on a closed notification opens nothing")
    {
        const uint first = showAndConfirm(fake, notifier, encryptionOff());
        const uint second = showAndConfirm(fake, notifier, firewallOff());
        REQUIRE(first != second);

        QSignalSpy activated(&notifier, &Desktop::Notifier::activated);
        fake.server.dismiss(first);
        fake.server.click(first);
        fake.server.click(second);
        REQUIRE(waitFor([&] { return !activated.isEmpty(); }));
        REQUIRE(activated.size() == 1);
        CHECK(activated.at(0).at(0).toString() == QStringLiteral("dev-2"));
    }

    SECTION("the same device and practice again replaces the notification on screen")
    {
        NotificationMessage nudge = encryptionOff();
        nudge.critical = false;
        const uint id = showAndConfirm(fake, notifier, nudge);

        notifier.show(encryptionOff());
        REQUIRE(waitFor([&] { return fake.server.calls.size() == 2; }));
        CHECK(fake.server.calls.at(1).replacesId == id);

        notifier.show(firewallOff()); // another practice: a notification of its own
        REQUIRE(waitFor([&] { return fake.server.calls.size() == 3; }));
        CHECK(fake.server.calls.at(2).replacesId == 0);
    }
}

TEST_CASE("A failing or missing server is logged, never fatal", "[notify][dbus]")
{
    const QDBusConnection bus = sessionBus();
    WarningLog log;

    SECTION("the server refuses the notification")
    {
        FakeServerOnBus fake;
        fake.server.failNotify = true;
        REQUIRE(fake.start());
        FreedesktopNotifier notifier(bus);
        notifier.show(encryptionOff());
        REQUIRE(waitFor([&] { return WarningLog::size() == 1; }));

        // The notifier still works afterwards; clicks on ids it never got (the refused one
        // has none) arrive before the good one and open nothing.
        QSignalSpy activated(&notifier, &Desktop::Notifier::activated);
        fake.server.failNotify = false;
        notifier.show(firewallOff());
        REQUIRE(waitFor([&] { return fake.server.calls.size() == 2; }));
        fake.server.click(0);
        fake.server.click(41);
        fake.server.click(fake.server.calls.at(1).id);
        REQUIRE(waitFor([&] { return !activated.isEmpty(); }));
        REQUIRE(activated.size() == 1);
        CHECK(activated.at(0).at(0).toString() == QStringLiteral("dev-2"));
    }

    SECTION("no server on the bus")
    {
        if (bus.interface()->activatableServiceNames().value().contains(notificationsService)) {
            WARN("A notification server is activatable here; not testing its absence");
            return;
        }
        FreedesktopNotifier notifier(bus);
        notifier.show(encryptionOff());
        // The capabilities, then the notification itself: both fail, both are logged.
        REQUIRE(waitFor([&] { return WarningLog::size() == 2; }));
    }
}

#include "tst_notify_dbus.moc"
