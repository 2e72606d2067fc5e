#include "catch.h"

#include "fixedclock.h"

#include "sampleview.h"
#include "statustext.h"
#include "traycontroller.h"
#include "trayicons.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>

using namespace Stethoscope;
using namespace Stethoscope::Desktop;

namespace {

using Test::FixedClock;

// The entries of a menu and of its submenus, in order.
QList<QAction *> allActions(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        actions.append(action);
        if (action->menu())
            actions.append(allActions(action->menu()));
    }
    return actions;
}

QAction *findAction(const QMenu *menu, const QString &name)
{
    for (QAction *action : allActions(menu)) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

// The names of the top-level entries; separators as "-".
QStringList entryNames(const QMenu *menu)
{
    QStringList names;
    for (const QAction *action : menu->actions())
        names.append(action->isSeparator() ? QStringLiteral("-") : action->objectName());
    return names;
}

// What the employee reads: the text without mnemonic markers ("&&" is a literal "&").
QString shown(const QAction *action)
{
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QStringList deviceEntries(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (action->objectName().startsWith(QStringLiteral("device:")))
            texts.append(shown(action));
    }
    return texts;
}

QImage image32(const QIcon &icon)
{
    return icon.pixmap(QSize(32, 32), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

TEST_CASE("The tray shows the status as its icon and tooltip", "[tray]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    const StatusView view = Test::sampleView();
    tray.setStatus(view);

    CHECK(tray.state() == TrayState::ActionRequired);
    CHECK(tray.trayIcon()->toolTip() == trayToolTip(view, clock.now()));
    CHECK(image32(tray.trayIcon()->icon()) == image32(trayIcon(TrayState::ActionRequired)));
    CHECK(tray.trayIcon()->contextMenu() == tray.menu());

    StatusView checking = view;
    checking.checking = true;
    tray.setStatus(checking);
    CHECK(tray.state() == TrayState::Checking);
    CHECK(image32(tray.trayIcon()->icon()) == image32(trayIcon(TrayState::Checking)));
    CHECK(tray.trayIcon()->toolTip() == trayToolTip(checking, clock.now()));
}

TEST_CASE("Before anything is known the tray says so and still has its menu", "[tray]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    CHECK(tray.state() == TrayState::Unknown);
    CHECK(tray.trayIcon()->contextMenu() == tray.menu());
    CHECK(tray.trayIcon()->toolTip() == trayToolTip(StatusView(), clock.now()));
    REQUIRE(findAction(tray.menu(), QStringLiteral("status")));
    CHECK(shown(findAction(tray.menu(), QStringLiteral("status")))
          == statusSummary(StatusView(), clock.now()));
    CHECK(deviceEntries(tray.menu()).isEmpty());
    CHECK(findAction(tray.menu(), QStringLiteral("openDetails")));
    CHECK(findAction(tray.menu(), QStringLiteral("quit")));
}

TEST_CASE("The menu names exactly the devices that need attention", "[tray]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    tray.setStatus(Test::sampleView());

    // The critical Mac and the Android phone with a suggestion; not the fine PC, not the stale
    // iPhone.
    CHECK(deviceEntries(tray.menu())
          == QStringList {QStringLiteral("alice-mbp — Action required"),
                          QStringLiteral("Pixel 8 — Suggestions")});
    CHECK_FALSE(findAction(tray.menu(), QStringLiteral("device:serial:PC-4411")));
    CHECK_FALSE(findAction(tray.menu(), QStringLiteral("device:udid:0000-OLD")));

    QAction *mac = findAction(tray.menu(), QStringLiteral("device:serial:C02ALICE01"));
    REQUIRE(mac);
    CHECK(mac->isEnabled());
    CHECK(image32(mac->icon()) == image32(ratingIcon(Core::Rating::Critical)));

    QSignalSpy opened(&tray, &TrayController::openDetailsRequested);
    mac->trigger();
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == QStringLiteral("serial:C02ALICE01"));

    findAction(tray.menu(), QStringLiteral("device:google:android-7"))->trigger();
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(1).at(0).toString() == QStringLiteral("google:android-7"));

    SECTION("and none when every device is fine")
    {
        StatusView fine = Test::sampleView();
        for (Core::Device &device : fine.snapshot.devices)
            device.rating = Core::Rating::Ok;
        fine.snapshot.overall = Core::Rating::Ok;
        tray.setStatus(fine);
        CHECK(deviceEntries(tray.menu()).isEmpty());
    }
}

TEST_CASE("The menu reads from the status to Quit", "[tray]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    const StatusView view = Test::sampleView();
    QMenu *const menu = tray.menu();
    tray.setStatus(view);
    tray.setAccount({true, QStringLiteral("alice@example.com")});
    tray.setHelp(QStringLiteral("https://help.example.com"));

    CHECK(entryNames(menu)
          == QStringList {
              QStringLiteral("status"), QStringLiteral("device:serial:C02ALICE01"),
              QStringLiteral("device:google:android-7"), QStringLiteral("-"),
              QStringLiteral("openDetails"), QStringLiteral("checkNow"),
              QStringLiteral("lastChecked"), QStringLiteral("-"), QStringLiteral("snooze"),
              QStringLiteral("signOut"), QStringLiteral("startAtLogin"), QStringLiteral("help"),
              QStringLiteral("copyDiagnostics"), QStringLiteral("-"), QStringLiteral("quit")});

    const QAction *status = findAction(menu, QStringLiteral("status"));
    CHECK_FALSE(status->isEnabled());
    CHECK(shown(status) == statusSummary(view, clock.now()));
    const QAction *lastChecked = findAction(menu, QStringLiteral("lastChecked"));
    CHECK_FALSE(lastChecked->isEnabled());
    CHECK(shown(lastChecked) == lastCheckedLine(view, clock.now()));
    CHECK(shown(findAction(menu, QStringLiteral("openDetails")))
          == QStringLiteral("Open details…"));

    // Rebuilding keeps the menu the tray points to.
    tray.setStatus(view);
    CHECK(tray.menu() == menu);
    CHECK(tray.trayIcon()->contextMenu() == menu);
}

TEST_CASE("Open details, Check now, Help and Copy diagnostics ask for what they say", "[tray]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    tray.setStatus(Test::sampleView());
    QSignalSpy opened(&tray, &TrayController::openDetailsRequested);
    QSignalSpy checkNow(&tray, &TrayController::checkNowRequested);
    QSignalSpy help(&tray, &TrayController::helpRequested);
    QSignalSpy diagnostics(&tray, &TrayController::copyDiagnosticsRequested);

    findAction(tray.menu(), QStringLiteral("openDetails"))->trigger();
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString().isEmpty());

    // The left click and the double click on the icon open the details too.
    emit tray.trayIcon()->activated(QSystemTrayIcon::Trigger);
    emit tray.trayIcon()->activated(QSystemTrayIcon::DoubleClick);
    emit tray.trayIcon()->activated(QSystemTrayIcon::Context);
    REQUIRE(opened.size() == 3);
    CHECK(opened.at(2).at(0).toString().isEmpty());

    QAction *check = findAction(tray.menu(), QStringLiteral("checkNow"));
    CHECK(check->isEnabled());
    CHECK(shown(check) == QStringLiteral("Check now"));
    check->trigger();
    CHECK(checkNow.size() == 1);

    CHECK_FALSE(findAction(tray.menu(), QStringLiteral("help")));
    tray.setHelp(QStringLiteral("mailto:it@example.com"));
    findAction(tray.menu(), QStringLiteral("help"))->trigger();
    CHECK(help.size() == 1);
    tray.setHelp({});
    CHECK_FALSE(findAction(tray.menu(), QStringLiteral("help")));

    findAction(tray.menu(), QStringLiteral("copyDiagnostics"))->trigger();
    CHECK(diagnostics.size() == 1);
}

TEST_CASE("Check now waits while a check runs", "[tray]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    StatusView view = Test::sampleView();
    view.checking = true;
    tray.setStatus(view);

    const QAction *check = findAction(tray.menu(), QStringLiteral("checkNow"));
    REQUIRE(check);
    CHECK_FALSE(check->isEnabled());
    CHECK(shown(check) == QStringLiteral("Checking…"));

    view.checking = false;
    tray.setStatus(view);
    CHECK(check->isEnabled());
    CHECK(shown(check) == QStringLiteral("Check now"));
}

TEST_CASE("Sign in or sign out, when sign-in is set up", "[tray]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    QSignalSpy signIn(&tray, &TrayController::signInRequested);
    QSignalSpy signOut(&tray, &TrayController::signOutRequested);

    SECTION("no sign-in configured: neither entry")
    {
        tray.setAccount({false, {}});
        CHECK_FALSE(findAction(tray.menu(), QStringLiteral("signIn")));
        CHECK_FALSE(findAction(tray.menu(), QStringLiteral("signOut")));
    }
    SECTION("signed out: Sign in…")
    {
        tray.setAccount({true, {}});
        QAction *action = findAction(tray.menu(), QStringLiteral("signIn"));
        REQUIRE(action);
        CHECK(shown(action) == QStringLiteral("Sign in…"));
        CHECK_FALSE(findAction(tray.menu(), QStringLiteral("signOut")));
        action->trigger();
        CHECK(signIn.size() == 1);
        CHECK(signOut.isEmpty());
    }
    SECTION("signed in: Sign out with the address")
    {
        tray.setAccount({true, QStringLiteral("alice@example.com")});
        QAction *action = findAction(tray.menu(), QStringLiteral("signOut"));
        REQUIRE(action);
        CHECK(shown(action) == QStringLiteral("Sign out (alice@example.com)"));
        CHECK_FALSE(findAction(tray.menu(), QStringLiteral("signIn")));
        action->trigger();
        CHECK(signOut.size() == 1);
        CHECK(signIn.isEmpty());
    }
    SECTION("an ampersand in the address is shown, not taken for a shortcut")
    {
        tray.setAccount({true, QStringLiteral("r&d@example.com")});
        CHECK(shown(findAction(tray.menu(), QStringLiteral("signOut")))
              == QStringLiteral("Sign out (r&d@example.com)"));
    }
}

TEST_CASE("Start at login is a switch, unless the organization manages it", "[tray]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    QSignalSpy toggled(&tray, &TrayController::startAtLoginToggled);

    tray.setStartAtLogin(true, false);
    QAction *action = findAction(tray.menu(), QStringLiteral("startAtLogin"));
    REQUIRE(action);
    CHECK(action->isCheckable());
    CHECK(action->isChecked());
    CHECK(action->isEnabled());
    CHECK(shown(action) == QStringLiteral("Start at login"));
    CHECK(toggled.isEmpty()); // setting it is not the employee asking
    action->trigger();
    REQUIRE(toggled.size() == 1);
    CHECK(toggled.at(0).at(0).toBool() == false);

    tray.setStartAtLogin(true, true);
    CHECK(action->isChecked());
    CHECK_FALSE(action->isEnabled());
    CHECK(shown(action) == QStringLiteral("Start at login — Managed by your organization"));
    CHECK(findAction(tray.menu(), QStringLiteral("startAtLogin")) == action);
}

TEST_CASE("Quit is there unless the organization forbids quitting", "[tray]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    QSignalSpy quit(&tray, &TrayController::quitRequested);

    QAction *action = findAction(tray.menu(), QStringLiteral("quit"));
    REQUIRE(action);
    action->trigger();
    CHECK(quit.size() == 1);

    tray.setQuitAllowed(false);
    CHECK_FALSE(findAction(tray.menu(), QStringLiteral("quit")));
    // No separator left dangling at the end either.
    CHECK_FALSE(tray.menu()->actions().constLast()->isSeparator());
}

TEST_CASE("Snoozing notifications for an hour or until tomorrow morning", "[tray]")
{
    const FixedClock clock(Test::sampleNow()); // 20 Nov 10:42 UTC; the tests run in UTC
    TrayController tray(clock);
    QSignalSpy snooze(&tray, &TrayController::snoozeRequested);
    const QLocale locale;

    QAction *snoozeMenu = findAction(tray.menu(), QStringLiteral("snooze"));
    REQUIRE(snoozeMenu);
    REQUIRE(snoozeMenu->menu());
    CHECK(shown(snoozeMenu) == QStringLiteral("Snooze notifications"));
    CHECK_FALSE(findAction(tray.menu(), QStringLiteral("resumeNotifications")));

    findAction(tray.menu(), QStringLiteral("snoozeHour"))->trigger();
    REQUIRE(snooze.size() == 1);
    CHECK(snooze.at(0).at(0).toDateTime() == Test::sampleNow().addSecs(3600));

    findAction(tray.menu(), QStringLiteral("snoozeTomorrow"))->trigger();
    REQUIRE(snooze.size() == 2);
    CHECK(snooze.at(1).at(0).toDateTime() == QDateTime({2026, 11, 21}, {8, 0}, Qt::LocalTime));

    SECTION("snoozed until later today")
    {
        tray.setSnoozedUntil(QDateTime({2026, 11, 20}, {14, 0}, Qt::UTC));
        CHECK(shown(findAction(tray.menu(), QStringLiteral("snooze")))
              == QStringLiteral("Notifications snoozed until ")
                  + locale.toString(QTime(14, 0), QLocale::ShortFormat));
        QAction *resume = findAction(tray.menu(), QStringLiteral("resumeNotifications"));
        REQUIRE(resume);
        CHECK(shown(resume) == QStringLiteral("Resume notifications"));
        resume->trigger();
        REQUIRE(snooze.size() == 3);
        CHECK_FALSE(snooze.at(2).at(0).toDateTime().isValid());
        // Snoozing further stays possible.
        CHECK(findAction(tray.menu(), QStringLiteral("snoozeHour")));
    }
    SECTION("snoozed until tomorrow")
    {
        tray.setSnoozedUntil(QDateTime({2026, 11, 21}, {8, 0}, Qt::UTC));
        CHECK(shown(findAction(tray.menu(), QStringLiteral("snooze")))
              == QStringLiteral("Notifications snoozed until tomorrow at ")
                  + locale.toString(QTime(8, 0), QLocale::ShortFormat));
    }
    SECTION("a snooze that has ended is not shown")
    {
        tray.setSnoozedUntil(Test::sampleNow().addSecs(-60));
        CHECK(shown(findAction(tray.menu(), QStringLiteral("snooze")))
              == QStringLiteral("Snooze notifications"));
        CHECK_FALSE(findAction(tray.menu(), QStringLiteral("resumeNotifications")));
    }
    SECTION("resumed")
    {
        tray.setSnoozedUntil(QDateTime({2026, 11, 20}, {14, 0}, Qt::UTC));
        tray.setSnoozedUntil(std::nullopt);
        CHECK_FALSE(findAction(tray.menu(), QStringLiteral("resumeNotifications")));
    }
}

TEST_CASE("An entry may lead straight to a new status", "[tray]")
{
    // The composition root may answer a click with setStatus at once, which rebuilds the menu
    // while the clicked entry is still emitting.
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    tray.setStatus(Test::sampleView());
    int answered = 0;
    QObject::connect(&tray, &TrayController::openDetailsRequested, &tray, [&] {
        StatusView view = Test::sampleView();
        view.checking = true;
        tray.setStatus(view);
        ++answered;
    });
    findAction(tray.menu(), QStringLiteral("device:serial:C02ALICE01"))->trigger();
    CHECK(answered == 1);
    CHECK(tray.state() == TrayState::Checking);
    CHECK(deviceEntries(tray.menu()).size() == 2);
}

TEST_CASE("The open alerts have an entry below the devices, which opens them", "[tray][alerts]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    QSignalSpy opened(&tray, &TrayController::openAlertsRequested);

    // Without alerts, no entry.
    tray.setStatus(Test::sampleView());
    CHECK_FALSE(findAction(tray.menu(), QStringLiteral("openAlerts")));

    tray.setStatus(Test::sampleViewWithAlerts());
    QAction *alerts = findAction(tray.menu(), QStringLiteral("openAlerts"));
    REQUIRE(alerts);
    CHECK(shown(alerts) == QStringLiteral("2 open alerts")); // not the snoozed one
    CHECK(alerts->isEnabled());
    CHECK(entryNames(tray.menu()).mid(0, 5)
          == QStringList {QStringLiteral("status"), QStringLiteral("device:serial:C02ALICE01"),
                          QStringLiteral("device:google:android-7"), QStringLiteral("openAlerts"),
                          QStringLiteral("-")});
    alerts->trigger();
    CHECK(opened.size() == 1);

    StatusView one = Test::sampleViewWithAlerts();
    one.alerts[1].state = Core::InboxAlert::State::Dismissed;
    tray.setStatus(one);
    CHECK(shown(findAction(tray.menu(), QStringLiteral("openAlerts")))
          == QStringLiteral("1 open alert"));

    // Only snoozed, resolved and dismissed alerts: nothing to open.
    one.alerts[0].state = Core::InboxAlert::State::Snoozed;
    one.alerts[0].snoozedUntil = Test::sampleNow().addSecs(3600);
    tray.setStatus(one);
    CHECK_FALSE(findAction(tray.menu(), QStringLiteral("openAlerts")));
    CHECK(opened.size() == 1);
}

TEST_CASE("A device reported to IT is not among the devices the menu names", "[tray][alerts]")
{
    const FixedClock clock(Test::sampleNow());
    TrayController tray(clock);
    const StatusView view = Test::sampleViewWithAlerts();
    REQUIRE(view.reported.first().rating == Core::Rating::Critical);
    tray.setStatus(view);
    CHECK(deviceEntries(tray.menu())
          == QStringList {QStringLiteral("alice-mbp — Action required"),
                          QStringLiteral("Pixel 8 — Suggestions")});
    CHECK_FALSE(findAction(tray.menu(), QStringLiteral("device:serial:KIOSK-9")));
    CHECK(shown(findAction(tray.menu(), QStringLiteral("status")))
          == QStringLiteral("2 devices need attention (1 critical)"));
}
