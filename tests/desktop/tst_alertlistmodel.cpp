#include "alertlistmodel.h"

#include "catch.h"

#include "fixedclock.h"
#include "modeltester.h"
#include "sampleview.h"
#include "trayicons.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Stethoscope;
using namespace Stethoscope::Desktop;
using namespace Qt::StringLiterals;
namespace Key = Core::PracticeKey;
using State = Core::InboxAlert::State;

namespace {

using Test::FixedClock;

QStringList column(const QAbstractItemModel &model, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

QImage image16(const QVariant &icon)
{
    return icon.value<QIcon>()
        .pixmap(QSize(16, 16), 1.0)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

struct ModelFixture
{
    Core::PracticeCatalog catalog = Core::PracticeCatalog::builtin();
    FixedClock clock {Test::sampleNow()}; // Friday 20 Nov 2026, 10:42; the tests run in UTC
    AlertListModel model {catalog, clock};
};

} // namespace

TEST_CASE("The alerts are listed newest first, named by device and practice", "[alerts]")
{
    ModelFixture f;
    StatusView view = Test::sampleViewWithAlerts();
    // Whatever order they come in.
    std::reverse(view.alerts.begin(), view.alerts.end());
    f.model.setStatus(view);

    CHECK(column(f.model)
          == QStringList {u"alice-mbp: Disk encryption is off"_s,
                          u"Pixel 8: "_s + f.catalog.find(Key::uptodate)->titleFailing,
                          u"alice-mbp: Firewall is off"_s, u"ALICE-T14: Firewall is off"_s,
                          u"Pixel 8: "_s + f.catalog.find(Key::screenlock)->titleFailing});
    CHECK(f.model.openCount() == 2); // the snoozed one waits for its time

    const QModelIndex first = f.model.index(0, 0);
    const Core::InboxAlert encryption = Test::sampleViewWithAlerts().alerts.first();
    CHECK(first.data(AlertListModel::AlertIdRole).toString() == encryption.id);
    CHECK(first.data(AlertListModel::DeviceIdRole).toString() == u"serial:C02ALICE01");
    CHECK(first.data(AlertListModel::DeviceNameRole).toString() == u"alice-mbp");
    CHECK(first.data(AlertListModel::PracticeRole).toString() == Key::encryption);
    CHECK(first.data(AlertListModel::PracticeTitleRole).toString() == u"Disk encryption is off");
    CHECK(first.data(AlertListModel::StateRole).toInt() == int(State::Open));
    CHECK(first.data(AlertListModel::StatusRole).toInt() == int(Core::PracticeStatus::Warn));
    CHECK(first.data(AlertListModel::ActionableRole).toBool());
    CHECK(f.model.indexOfAlert(encryption.id) == first);
    CHECK_FALSE(f.model.indexOfAlert(u"nope"_s).isValid());
    REQUIRE(f.model.alert(first));
    CHECK(*f.model.alert(first) == encryption);
    CHECK(f.model.alert(QModelIndex()) == nullptr);
}

TEST_CASE("Each alert says what became of it and when", "[alerts]")
{
    ModelFixture f;
    f.model.setStatus(Test::sampleViewWithAlerts());
    CHECK(column(f.model, AlertListModel::SubtitleRole)
          == QStringList {u"Raised 2 h ago"_s, u"Raised 5 h ago"_s, u"Snoozed until 2:00 PM"_s,
                          u"Resolved today at 10:42 AM"_s, u"Dismissed yesterday at 4:20 PM"_s});
    // Only open and snoozed alerts still ask something of the employee.
    QList<bool> actionable;
    for (int row = 0; row < f.model.rowCount(); ++row)
        actionable.append(f.model.index(row, 0).data(AlertListModel::ActionableRole).toBool());
    CHECK(actionable == QList<bool> {true, true, true, false, false});
}

TEST_CASE("A snooze ends today, tomorrow or on a weekday", "[alerts]")
{
    const auto [until, expected] = GENERATE(table<QDateTime, QString>({
        {QDateTime({2026, 11, 20}, {14, 0}, Qt::UTC), u"Snoozed until 2:00 PM"_s},
        {QDateTime({2026, 11, 21}, {11, 42}, Qt::UTC), u"Snoozed until tomorrow at 11:42 AM"_s},
        {QDateTime({2026, 11, 27}, {10, 42}, Qt::UTC), u"Snoozed until Fri 27 Nov at 10:42 AM"_s},
    }));
    ModelFixture f;
    StatusView view = Test::sampleViewWithAlerts();
    view.alerts[2].snoozedUntil = until;
    f.model.setStatus(view);
    CHECK(f.model.index(2, 0).data(AlertListModel::SubtitleRole).toString() == expected);
}

TEST_CASE("A dismissed alert whose practice was fixed since says so", "[alerts]")
{
    ModelFixture f;
    StatusView view = Test::sampleViewWithAlerts();
    view.alerts[4].resolvedAt = Test::sampleNow().addSecs(-3600);
    f.model.setStatus(view);
    const QModelIndex dismissed = f.model.index(4, 0);
    CHECK(dismissed.data(AlertListModel::SubtitleRole).toString()
          == u"Dismissed yesterday at 4:20 PM, fixed today at 9:42 AM");
    CHECK(image16(dismissed.data(Qt::DecorationRole))
          == image16(practiceStatusIcon(Core::PracticeStatus::Ok)));
}

TEST_CASE("An alert's icon is its practice's status, and a check for a resolved one", "[alerts]")
{
    ModelFixture f;
    f.model.setStatus(Test::sampleViewWithAlerts());
    const auto icon
        = [&f](int row) { return image16(f.model.index(row, 0).data(Qt::DecorationRole)); };
    CHECK(icon(0) == image16(practiceStatusIcon(Core::PracticeStatus::Warn)));
    CHECK(icon(1) == image16(practiceStatusIcon(Core::PracticeStatus::Nudge)));
    CHECK(icon(3) == image16(practiceStatusIcon(Core::PracticeStatus::Ok)));
    // Still failing, though set aside.
    CHECK(icon(4) == image16(practiceStatusIcon(Core::PracticeStatus::Nudge)));
    CHECK(icon(0) != icon(1));
}

TEST_CASE("Tooltips and screen readers get each alert as sentences", "[alerts]")
{
    ModelFixture f;
    f.model.setStatus(Test::sampleViewWithAlerts());
    for (const int role : {int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
        CHECK(f.model.index(0, 0).data(role).toString()
              == u"alice-mbp: Disk encryption is off (critical). Raised 2 h ago."_s);
        CHECK(f.model.index(2, 0).data(role).toString()
              == u"alice-mbp: Firewall is off (suggested). Snoozed until 2:00 PM."_s);
        CHECK(f.model.index(3, 0).data(role).toString()
              == u"ALICE-T14: Firewall is off. Resolved today at 10:42 AM."_s);
    }
}

TEST_CASE("An alert about a practice the catalog does not know is named by its key", "[alerts]")
{
    ModelFixture f;
    StatusView view;
    Core::InboxAlert alert = Test::inboxAlert(u"serial:C02ALICE01"_s, {}, u"crowdstrike"_s,
                                              Core::PracticeStatus::Warn, 1);
    view.alerts = {alert};
    f.model.setStatus(view);
    // No name either: the device id.
    CHECK(f.model.index(0, 0).data().toString() == u"serial:C02ALICE01: crowdstrike");
    CHECK(f.model.index(0, 0).data(AlertListModel::PracticeTitleRole).toString() == u"crowdstrike");
}

TEST_CASE("The alert list stays a valid model while the inbox changes", "[alerts]")
{
    ModelFixture f;
    Test::ModelTestComplaints complaints;
    QAbstractItemModelTester tester(&f.model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);

    StatusView view = Test::sampleViewWithAlerts();
    f.model.setStatus(view);
    CHECK(f.model.rowCount() == 5);
    CHECK(resets.size() == 1);

    // The same alerts, one of them snoozed now: updated in place (a view keeps its focus).
    resets.clear();
    view.alerts[0].state = State::Snoozed;
    view.alerts[0].snoozedUntil = Test::sampleNow().addSecs(3600);
    f.model.setStatus(view);
    CHECK(resets.isEmpty());
    CHECK(changes.size() == 1);
    CHECK(f.model.index(0, 0).data(AlertListModel::SubtitleRole).toString()
          == u"Snoozed until 11:42 AM");
    CHECK(f.model.openCount() == 1);

    // A new alert: a reset, and it comes first.
    Core::InboxAlert fresh = Test::inboxAlert(u"serial:PC-4411"_s, u"ALICE-T14"_s, Key::encryption,
                                              Core::PracticeStatus::Warn, 0);
    view.alerts.prepend(fresh);
    f.model.setStatus(view);
    CHECK(resets.size() == 1);
    CHECK(f.model.index(0, 0).data(AlertListModel::AlertIdRole).toString() == fresh.id);
    CHECK(f.model.index(0, 0).data(AlertListModel::SubtitleRole).toString() == u"Raised just now");

    f.model.setStatus(StatusView {});
    CHECK(f.model.rowCount() == 0);
    CHECK(f.model.openCount() == 0);
    f.model.setStatus(Test::sampleViewWithAlerts());
    CHECK(f.model.rowCount() == 5);

    CHECK(complaints.complaints() == QStringList());
}
