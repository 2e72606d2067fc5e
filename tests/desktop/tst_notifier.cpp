#include "notifier.h"

#include "catch.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>

using namespace Stethoscope;
using Core::Alert;
using Core::PracticeStatus;
using Desktop::NotificationMessage;

namespace {

QString failing(const Core::PracticeCatalog &catalog, const QString &key)
{
    const Core::Practice *practice = catalog.find(key);
    REQUIRE(practice);
    return practice->titleFailing;
}

} // namespace

TEST_CASE("A single alert names the device and the practice in the catalog's words", "[notify]")
{
    const Core::PracticeCatalog catalog = Core::PracticeCatalog::builtin();
    const Core::Practice *encryption = catalog.find(Core::PracticeKey::encryption);
    REQUIRE(encryption);

    SECTION("a required practice is critical and says so")
    {
        const NotificationMessage message = Desktop::composeNotification(
            {{Alert {QStringLiteral("dev-1"), QStringLiteral("alice-mbp"),
                     Core::PracticeKey::encryption, PracticeStatus::Warn}}},
            catalog);
        CHECK(message.title == QStringLiteral("alice-mbp: ") + encryption->titleFailing);
        // The first sentence of why it matters, then who asks for it.
        CHECK(message.body.startsWith(encryption->why.section(u'.', 0, 0)));
        CHECK(message.body.endsWith(QStringLiteral("Required by your organization.")));
        CHECK(message.deviceId == QStringLiteral("dev-1"));
        CHECK(message.practice == Core::PracticeKey::encryption);
        CHECK(message.critical);
    }

    SECTION("a suggested practice is a nudge, not critical")
    {
        const NotificationMessage message = Desktop::composeNotification(
            {{Alert {QStringLiteral("dev-2"), QStringLiteral("bob-pixel"),
                     Core::PracticeKey::adbstatus, PracticeStatus::Nudge}}},
            catalog);
        CHECK(message.title
              == QStringLiteral("bob-pixel: ") + failing(catalog, Core::PracticeKey::adbstatus));
        CHECK(message.body.endsWith(QStringLiteral("Suggested by your organization.")));
        CHECK_FALSE(message.body.contains(QStringLiteral("Required")));
        CHECK(message.practice == Core::PracticeKey::adbstatus);
        CHECK_FALSE(message.critical);
    }

    SECTION("the body keeps only the first sentence of a longer explanation")
    {
        Core::PracticeCatalog custom = catalog;
        Core::Practice practice = *encryption;
        practice.why = QStringLiteral("First sentence here. Second sentence that is too long.");
        custom.add(practice);
        const NotificationMessage message = Desktop::composeNotification(
            {{Alert {QStringLiteral("dev-1"), QStringLiteral("alice-mbp"),
                     Core::PracticeKey::encryption, PracticeStatus::Warn}}},
            custom);
        CHECK(message.body
              == QStringLiteral("First sentence here. Required by your organization."));
    }

    SECTION("a practice the catalog does not know is named by its key")
    {
        const NotificationMessage message = Desktop::composeNotification(
            {{Alert {QStringLiteral("dev-3"), QStringLiteral("carol-win"),
                     QStringLiteral("crowdstrike"), PracticeStatus::Warn}}},
            catalog);
        CHECK(message.title == QStringLiteral("carol-win: crowdstrike"));
        CHECK(message.body == QStringLiteral("Required by your organization."));
        CHECK(message.practice == QStringLiteral("crowdstrike"));
    }

    SECTION("a device without a name is named by its id")
    {
        const NotificationMessage message = Desktop::composeNotification(
            {{Alert {QStringLiteral("C02XYZ"), QString(), Core::PracticeKey::firewall,
                     PracticeStatus::Nudge}}},
            catalog);
        CHECK(message.title
              == QStringLiteral("C02XYZ: ") + failing(catalog, Core::PracticeKey::firewall));
    }
}

TEST_CASE("Several alerts fold into one digest, most severe first", "[notify]")
{
    const Core::PracticeCatalog catalog = Core::PracticeCatalog::builtin();
    const QString encryptionOff = failing(catalog, Core::PracticeKey::encryption);
    const QString firewallOff = failing(catalog, Core::PracticeKey::firewall);
    const QString screenlockOff = failing(catalog, Core::PracticeKey::screenlock);
    const QString updatesOff = failing(catalog, Core::PracticeKey::autoupdate);

    SECTION("up to three lines, then how many more; the first warn decides where a click goes")
    {
        // A nudge listed first: the digest still leads with the critical one.
        const NotificationMessage message = Desktop::composeNotification(
            {{
                Alert {QStringLiteral("dev-2"), QStringLiteral("bob-pixel"),
                       Core::PracticeKey::screenlock, PracticeStatus::Nudge},
                Alert {QStringLiteral("dev-1"), QStringLiteral("alice-mbp"),
                       Core::PracticeKey::encryption, PracticeStatus::Warn},
                Alert {QStringLiteral("dev-1"), QStringLiteral("alice-mbp"),
                       Core::PracticeKey::firewall, PracticeStatus::Nudge},
                Alert {QStringLiteral("dev-3"), QStringLiteral("carol-win"),
                       Core::PracticeKey::autoupdate, PracticeStatus::Nudge},
                Alert {QStringLiteral("dev-3"), QStringLiteral("carol-win"),
                       Core::PracticeKey::firewall, PracticeStatus::Nudge},
            }},
            catalog);
        CHECK(message.title.startsWith(QStringLiteral("3 device")));
        CHECK(message.title.endsWith(QStringLiteral("need attention")));
        const QStringList lines = message.body.split(u'\n');
        REQUIRE(lines.size() == 4);
        CHECK(lines.at(0) == QStringLiteral("alice-mbp: ") + encryptionOff);
        CHECK(lines.at(1) == QStringLiteral("bob-pixel: ") + screenlockOff);
        CHECK(lines.at(2) == QStringLiteral("alice-mbp: ") + firewallOff);
        CHECK(lines.at(3) == QStringLiteral("and 2 more"));
        CHECK_FALSE(message.body.contains(updatesOff));
        CHECK(message.deviceId == QStringLiteral("dev-1"));
        CHECK(message.practice.isEmpty());
        CHECK(message.critical);
    }

    SECTION("only nudges: not critical; three alerts need no \"more\" line")
    {
        const NotificationMessage message = Desktop::composeNotification(
            {{
                Alert {QStringLiteral("dev-1"), QStringLiteral("alice-mbp"),
                       Core::PracticeKey::firewall, PracticeStatus::Nudge},
                Alert {QStringLiteral("dev-1"), QStringLiteral("alice-mbp"),
                       Core::PracticeKey::screenlock, PracticeStatus::Nudge},
                Alert {QStringLiteral("dev-2"), QStringLiteral("bob-pixel"),
                       Core::PracticeKey::screenlock, PracticeStatus::Nudge},
            }},
            catalog);
        CHECK(message.title.startsWith(QStringLiteral("2 device")));
        CHECK(message.body
              == QStringLiteral("alice-mbp: ") + firewallOff + QStringLiteral("\nalice-mbp: ")
                  + screenlockOff + QStringLiteral("\nbob-pixel: ") + screenlockOff);
        CHECK(message.deviceId == QStringLiteral("dev-1"));
        CHECK(message.practice.isEmpty());
        CHECK_FALSE(message.critical);
    }

    SECTION("all about one device and practice: a click opens that practice")
    {
        const NotificationMessage message = Desktop::composeNotification(
            {{
                Alert {QStringLiteral("dev-1"), QStringLiteral("alice-mbp"),
                       Core::PracticeKey::firewall, PracticeStatus::Nudge},
                Alert {QStringLiteral("dev-1"), QStringLiteral("alice-mbp"),
                       Core::PracticeKey::firewall, PracticeStatus::Warn},
            }},
            catalog);
        CHECK(message.title.startsWith(QStringLiteral("1 device")));
        CHECK(message.deviceId == QStringLiteral("dev-1"));
        CHECK(message.practice == Core::PracticeKey::firewall);
        CHECK(message.critical);
    }
}

TEST_CASE("The tray balloon answers a click with what its last message was about", "[notify]")
{
    QSystemTrayIcon tray;
    Desktop::TrayMessageNotifier notifier(&tray);
    CHECK(notifier.channelName() == QStringLiteral("tray"));
    QSignalSpy activated(&notifier, &Desktop::Notifier::activated);

    SECTION("a click before any message opens nothing")
    {
        REQUIRE(QMetaObject::invokeMethod(&tray, "messageClicked"));
        CHECK(activated.isEmpty());
    }

    SECTION("after two messages, the click is about the second")
    {
        notifier.show({QStringLiteral("alice-mbp: Disk encryption is off"), QStringLiteral("Why."),
                       QStringLiteral("dev-1"), Core::PracticeKey::encryption, true});
        notifier.show({QStringLiteral("bob-pixel: USB debugging is on"), QStringLiteral("Why."),
                       QStringLiteral("dev-2"), Core::PracticeKey::adbstatus, false});
        REQUIRE(QMetaObject::invokeMethod(&tray, "messageClicked"));
        REQUIRE(activated.size() == 1);
        CHECK(activated.at(0).at(0).toString() == QStringLiteral("dev-2"));
        CHECK(activated.at(0).at(1).toString() == Core::PracticeKey::adbstatus);
    }
}

TEST_CASE("A recovered practice is thanked for quietly, in the catalog's passing words", "[notify]")
{
    const auto catalog = Stethoscope::Core::PracticeCatalog::builtin();
    Stethoscope::Core::InboxAlert alert;
    alert.deviceId = QStringLiteral("serial:C02");
    alert.deviceName = QStringLiteral("alice-mbp");
    alert.practice = Stethoscope::Core::PracticeKey::encryption;
    const auto message = Stethoscope::Desktop::composeThanks(alert, catalog);
    CHECK(message.title
          == catalog.find(alert.practice)->titlePassing
              + QStringLiteral(" for alice-mbp — thank you"));
    CHECK_FALSE(message.critical);
    CHECK(message.deviceId == alert.deviceId);
    CHECK(message.practice == alert.practice);
}
