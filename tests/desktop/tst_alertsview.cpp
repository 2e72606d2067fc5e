#include "detailswindow.h"

#include "alertsview.h"
#include "catch.h"

#include "devicelistmodel.h"
#include "fixedclock.h"
#include "sampleview.h"
#include "screenshots.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace Stethoscope;
using namespace Stethoscope::Desktop;
using namespace Qt::StringLiterals;
namespace Key = Core::PracticeKey;

namespace {

using Test::FixedClock;

const QString macId = u"serial:C02ALICE01"_s;
const QString phoneId = u"google:android-7"_s;

// The sample's alerts, newest first: encryption (open), update (open), firewall (snoozed),
// the PC's firewall (resolved), screen lock (dismissed).
QString alertId(int row)
{
    return Test::sampleViewWithAlerts().alerts.at(row).id;
}

struct WindowFixture
{
    WindowFixture() { window.setStatus(Test::sampleViewWithAlerts()); }

    QTabWidget *tabs() const
    {
        auto *tabs = window.findChild<QTabWidget *>();
        REQUIRE(tabs);
        return tabs;
    }
    Details::AlertsView *alertsView() const
    {
        auto *view = window.findChild<Details::AlertsView *>();
        REQUIRE(view);
        return view;
    }
    bool onAlerts() const { return tabs()->currentWidget() == alertsView(); }

    // The button of an action on an alert, by its name for scripts ("checkAgain:<alert id>").
    QAbstractButton *action(const QString &action, int row) const
    {
        return window.findChild<QAbstractButton *>(action + u':' + alertId(row));
    }
    QWidget *card(int row) const { return window.findChild<QWidget *>(u"alert:"_s + alertId(row)); }
    // The visible texts of a card, top to bottom.
    QStringList texts(int row) const
    {
        QStringList found;
        for (const QLabel *label : card(row)->findChildren<QLabel *>()) {
            if (label->isVisibleTo(&window) && !label->text().isEmpty())
                found.append(label->text());
        }
        return found;
    }
    QStringList visibleActions(int row) const
    {
        QStringList names;
        for (const QAbstractButton *button : card(row)->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(&window))
                names.append(button->objectName().section(u':', 0, 0));
        }
        return names;
    }

    Core::PracticeCatalog catalog = Core::PracticeCatalog::builtin();
    FixedClock clock {Test::sampleNow()};
    DetailsWindow window {catalog, clock};
};

const QStringList allActions {u"showFix"_s, u"checkAgain"_s, u"snooze"_s,
                              u"dismiss"_s, u"notMine"_s,    u"noLongerUsed"_s};

} // namespace

TEST_CASE("showAlerts opens the Alerts tab, which counts the open alerts", "[alerts]")
{
    WindowFixture f;
    CHECK_FALSE(f.onAlerts()); // the window opens on the devices
    CHECK(f.tabs()->tabText(0) == u"Devices");
    CHECK(f.tabs()->tabText(1) == u"Alerts (2)"); // the snoozed one waits for its time

    f.window.showAlerts();
    CHECK(f.window.isVisible());
    CHECK(f.onAlerts());
    CHECK(f.window.windowTitle() == u"Alerts — Stethoscope");
    // The keyboard lands on the newest alert's first action.
    CHECK(f.window.focusWidget() == f.action(u"showFix"_s, 0));

    f.window.showDevice(phoneId);
    CHECK_FALSE(f.onAlerts());
    CHECK(f.window.currentDeviceId() == phoneId);
    CHECK(f.window.windowTitle() == u"Pixel 8 — Stethoscope");

    StatusView view = Test::sampleViewWithAlerts();
    view.alerts[1].state = Core::InboxAlert::State::Dismissed;
    f.window.setStatus(view);
    CHECK(f.tabs()->tabText(1) == u"Alerts (1)");
    view.alerts[0].state = Core::InboxAlert::State::Resolved;
    f.window.setStatus(view);
    CHECK(f.tabs()->tabText(1) == u"Alerts");
}

TEST_CASE("The alerts are listed newest first, each with what became of it", "[alerts]")
{
    WindowFixture f;
    f.window.showAlerts();
    QCoreApplication::processEvents();

    QList<int> tops;
    for (int row = 0; row < 5; ++row) {
        REQUIRE(f.card(row));
        tops.append(f.card(row)->mapTo(&f.window, QPoint(0, 0)).y());
    }
    CHECK(std::is_sorted(tops.begin(), tops.end()));
    CHECK(std::adjacent_find(tops.begin(), tops.end()) == tops.end());

    CHECK(f.texts(0) == QStringList {u"alice-mbp: Disk encryption is off"_s, u"Raised 2 h ago"_s});
    CHECK(f.texts(2) == QStringList {u"alice-mbp: Firewall is off"_s, u"Snoozed until 2:00 PM"_s});
    CHECK(f.texts(3)
          == QStringList {u"ALICE-T14: Firewall is off"_s, u"Resolved today at 10:42 AM"_s});
    CHECK(f.texts(4).value(1) == u"Dismissed yesterday at 4:20 PM");
    CHECK(f.card(0)->accessibleName() == u"alice-mbp: Disk encryption is off");
    CHECK(f.card(0)->accessibleDescription()
          == u"alice-mbp: Disk encryption is off (critical). Raised 2 h ago.");
}

TEST_CASE("Open and snoozed alerts offer their actions; resolved and dismissed ones none",
          "[alerts]")
{
    WindowFixture f;
    f.window.showAlerts();
    CHECK(f.visibleActions(0) == allActions);
    CHECK(f.visibleActions(1) == allActions);
    CHECK(f.visibleActions(2) == allActions); // snoozed: it can be snoozed again or dismissed
    CHECK(f.visibleActions(3).isEmpty());
    CHECK(f.visibleActions(4).isEmpty());

    // Dismissed in place: its actions go at once.
    StatusView view = Test::sampleViewWithAlerts();
    view.alerts[0].state = Core::InboxAlert::State::Dismissed;
    view.alerts[0].dismissedAt = Test::sampleNow();
    f.window.setStatus(view);
    CHECK(f.visibleActions(0).isEmpty());
    CHECK(f.texts(0).value(1) == u"Dismissed today at 10:42 AM");
}

TEST_CASE("Each action on an alert asks for what it says, with the alert's ids", "[alerts]")
{
    WindowFixture f;
    f.window.showAlerts();
    QSignalSpy checkAgain(&f.window, &DetailsWindow::checkAgainRequested);
    QSignalSpy snooze(&f.window, &DetailsWindow::alertSnoozeRequested);
    QSignalSpy dismiss(&f.window, &DetailsWindow::alertDismissRequested);
    QSignalSpy report(&f.window, &DetailsWindow::deviceReportRequested);
    const auto signalCount
        = [&] { return checkAgain.size() + snooze.size() + dismiss.size() + report.size(); };

    SECTION("Check again: the alert's device")
    {
        QTest::mouseClick(f.action(u"checkAgain"_s, 1), Qt::LeftButton);
        REQUIRE(checkAgain.size() == 1);
        CHECK(checkAgain.at(0).at(0).toString() == phoneId);
    }
    SECTION("Dismiss: the alert")
    {
        QTest::mouseClick(f.action(u"dismiss"_s, 1), Qt::LeftButton);
        REQUIRE(dismiss.size() == 1);
        CHECK(dismiss.at(0).at(0).toString() == alertId(1));
    }
    SECTION("Snooze: for 1 hour, 1 day or 1 week from now")
    {
        auto *button = qobject_cast<QPushButton *>(f.action(u"snooze"_s, 0));
        REQUIRE(button);
        CHECK(button->text() == u"Snooze");
        REQUIRE(button->menu()); // a click opens it
        QStringList entries;
        for (const QAction *action : button->menu()->actions())
            entries.append(action->text());
        CHECK(entries == QStringList {u"1 hour"_s, u"1 day"_s, u"1 week"_s});
        for (QAction *action : button->menu()->actions())
            action->trigger();
        REQUIRE(snooze.size() == 3);
        for (const QList<QVariant> &arguments : snooze)
            CHECK(arguments.at(0).toString() == alertId(0));
        CHECK(snooze.at(0).at(1).toDateTime() == Test::sampleNow().addSecs(3600));
        CHECK(snooze.at(1).at(1).toDateTime() == Test::sampleNow().addDays(1));
        CHECK(snooze.at(2).at(1).toDateTime() == Test::sampleNow().addDays(7));
        CHECK(button->menu()->findChild<QAction *>(u"snoozeWeek:"_s + alertId(0)));
    }
    SECTION("This isn't my device, I no longer use this device: the alert's device and why")
    {
        QTest::mouseClick(f.action(u"notMine"_s, 0), Qt::LeftButton);
        QTest::mouseClick(f.action(u"noLongerUsed"_s, 1), Qt::LeftButton);
        REQUIRE(report.size() == 2);
        CHECK(report.at(0).at(0).toString() == macId);
        CHECK(report.at(0).at(1).value<Core::DeviceReport::Reason>()
              == Core::DeviceReport::Reason::NotMine);
        CHECK(report.at(1).at(0).toString() == phoneId);
        CHECK(report.at(1).at(1).value<Core::DeviceReport::Reason>()
              == Core::DeviceReport::Reason::NoLongerUsed);
    }
    SECTION("Show me how to fix: the device's page on that practice, and no request")
    {
        QTest::mouseClick(f.action(u"showFix"_s, 1), Qt::LeftButton);
        CHECK_FALSE(f.onAlerts());
        CHECK(f.window.currentDeviceId() == phoneId);
        CHECK(f.window.currentPractice() == Key::uptodate);
        CHECK(signalCount() == 0);
    }
}

TEST_CASE("An action may lead straight to a new status", "[alerts]")
{
    // The composition root may answer "This isn't my device" with a status at once: the
    // device's alerts are gone, and with them the card whose button is still emitting.
    WindowFixture f;
    f.window.showAlerts();
    int answered = 0;
    QObject::connect(&f.window, &DetailsWindow::deviceReportRequested, &f.window,
                     [&f, &answered](const QString &deviceId) {
                         StatusView view = Test::sampleViewWithAlerts();
                         view.alerts.removeIf([&deviceId](const Core::InboxAlert &alert) {
                             return alert.deviceId == deviceId;
                         });
                         f.window.setStatus(view);
                         ++answered;
                     });
    QTest::mouseClick(f.action(u"notMine"_s, 0), Qt::LeftButton);
    CHECK(answered == 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(f.card(0));
    REQUIRE(f.card(1));
    CHECK(f.card(1)->isVisible());
    CHECK(f.tabs()->tabText(1) == u"Alerts (1)");
}

TEST_CASE("Every action names its alert for scripts and screen readers", "[alerts]")
{
    WindowFixture f;
    const auto accessibleName = [&f](const QString &action, int row) {
        const QAbstractButton *button = f.action(action, row);
        REQUIRE(button);
        return button->accessibleName();
    };
    CHECK(accessibleName(u"showFix"_s, 0)
          == u"Show me how to fix: Disk encryption is off on alice-mbp");
    CHECK(accessibleName(u"checkAgain"_s, 0) == u"Check again: alice-mbp");
    CHECK(accessibleName(u"snooze"_s, 0) == u"Snooze: Disk encryption is off on alice-mbp");
    CHECK(accessibleName(u"dismiss"_s, 2) == u"Dismiss: Firewall is off on alice-mbp");
    CHECK(accessibleName(u"notMine"_s, 1) == u"This isn't my device: Pixel 8");
    CHECK(accessibleName(u"noLongerUsed"_s, 1) == u"I no longer use this device: Pixel 8");

    // Every button of the window, the alerts' included, has a name and says what it does.
    for (const QAbstractButton *button : f.window.findChildren<QAbstractButton *>()) {
        INFO(button->objectName().toStdString());
        CHECK_FALSE(button->accessibleName().isEmpty());
    }
    for (int row = 0; row < 3; ++row) {
        for (const QString &action : allActions) {
            INFO(action.toStdString());
            CHECK_FALSE(f.action(action, row)->accessibleDescription().isEmpty());
        }
    }
    CHECK(f.tabs()->tabBar()->accessibleTabName(1) == u"Alerts, 2 open");
    CHECK_FALSE(f.alertsView()->accessibleName().isEmpty());
}

TEST_CASE("The keyboard switches between the devices and the alerts", "[alerts]")
{
    WindowFixture f;
    f.window.show();
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));

    QTest::keyClick(&f.window, Qt::Key_2, Qt::ControlModifier);
    CHECK(f.onAlerts());
    CHECK(f.window.focusWidget() == f.action(u"showFix"_s, 0));
    QTest::keyClick(f.window.focusWidget(), Qt::Key_1, Qt::ControlModifier);
    CHECK_FALSE(f.onAlerts());
    CHECK(qobject_cast<QAbstractItemView *>(f.window.focusWidget()));
    // Ctrl+Tab, as in any tabbed window.
    QTest::keyClick(f.window.focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(f.onAlerts());
}

TEST_CASE("Without alerts the Alerts tab says what it is for", "[alerts]")
{
    WindowFixture f;
    f.window.setStatus(Test::sampleView());
    f.window.showAlerts();
    CHECK(f.tabs()->tabText(1) == u"Alerts");
    const auto *none = f.window.findChild<QLabel *>(u"noAlerts"_s);
    REQUIRE(none);
    CHECK(none->isVisible());
    CHECK(none->text() == u"No alerts. Stethoscope tells you here when a device needs attention.");
    QCoreApplication::processEvents();
    Test::saveScreenshot(f.window.grab(), u"alerts-empty.png"_s);
    CHECK(f.window.findChildren<QAbstractButton *>(u"checkAgain:"_s + alertId(0)).isEmpty());

    f.window.setStatus(Test::sampleViewWithAlerts());
    CHECK_FALSE(f.window.findChild<QLabel *>(u"noAlerts"_s));
    CHECK(f.action(u"checkAgain"_s, 0));
}

TEST_CASE("A device reported to IT is listed, muted, with why, and does not count", "[alerts]")
{
    WindowFixture f;
    QAbstractItemView *list = nullptr;
    for (QAbstractItemView *view : f.window.findChildren<QAbstractItemView *>()) {
        if (qobject_cast<DeviceListModel *>(view->model()))
            list = view;
    }
    REQUIRE(list);
    const QAbstractItemModel *model = list->model();
    REQUIRE(model->rowCount() == 5);
    const QModelIndex last = model->index(4, 0);
    CHECK(last.data().toString() == u"lobby-imac");
    CHECK(last.data(DeviceListModel::SubtitleRole).toString() == u"reported to IT — not yours");

    f.window.showDevice(u"serial:KIOSK-9"_s);
    CHECK(f.window.currentDeviceId() == u"serial:KIOSK-9");
    QStringList texts;
    for (const QLabel *label : f.window.findChildren<QLabel *>()) {
        if (label->isVisible())
            texts.append(label->text());
    }
    CHECK(texts.contains(u"You told IT yesterday at 9:00 AM that this isn't your device, so it "
                         "no longer counts towards your status. It counts again when it checks "
                         "in."_s));
    // The summary is that of the others: 2 devices, not 3 (the lobby iMac is critical too).
    CHECK(texts.contains(u"2 devices need attention (1 critical)"_s));
}

TEST_CASE("The Alerts tab renders in a light and a dark palette", "[alerts]")
{
    Test::PaletteGuard guard;
    WindowFixture f;
    f.window.resize(900, 640);
    f.window.showAlerts();

    QApplication::setPalette(QApplication::style()->standardPalette());
    QCoreApplication::processEvents();
    const QPixmap light = f.window.grab();
    REQUIRE_FALSE(light.isNull());
    Test::saveScreenshot(light, u"alerts-light.png"_s);

    QApplication::setPalette(Test::darkPalette());
    QCoreApplication::processEvents();
    const QPixmap dark = f.window.grab();
    Test::saveScreenshot(dark, u"alerts-dark.png"_s);
    // An open alert's card stands on the base colour, a resolved one on the window's.
    const auto colourIn = [&dark, &f](int row) {
        const QWidget *card = f.card(row);
        const QPoint inside = card->mapTo(&f.window, QPoint(card->width() - 4, 4));
        return dark.toImage().pixelColor(inside);
    };
    CHECK(colourIn(0) == Test::darkPalette().color(QPalette::Base));
    CHECK(colourIn(3) == Test::darkPalette().color(QPalette::Window));

    // At the smallest size every action is still whole, inside its card.
    f.window.resize(f.window.minimumSize());
    QCoreApplication::processEvents();
    Test::saveScreenshot(f.window.grab(), u"alerts-dark-small.png"_s);
    for (const QString &action : allActions) {
        const QWidget *button = f.action(action, 0);
        INFO(action.toStdString());
        CHECK(f.card(0)->rect().contains(
            QRect(button->mapTo(f.card(0), QPoint(0, 0)), button->size())));
        CHECK(button->width() >= button->sizeHint().width());
    }

    f.window.showDevice(u"serial:KIOSK-9"_s);
    QCoreApplication::processEvents();
    Test::saveScreenshot(f.window.grab(), u"reported-dark.png"_s);
}
