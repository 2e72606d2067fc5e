#include "devicelistmodel.h"

#include "catch.h"

#include "fixedclock.h"
#include "modeltester.h"
#include "presentation.h"
#include "sampleview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Stethoscope;
using namespace Stethoscope::Desktop;
using namespace Qt::StringLiterals;

namespace {

using Test::FixedClock;

QStringList column(const QAbstractItemModel &model, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

Core::Device device(const QString &id, std::optional<QString> name, Core::Rating rating)
{
    Core::Device result;
    result.id = id;
    result.name = std::move(name);
    result.rating = rating;
    result.sources = {QStringLiteral("jamf")};
    result.lastSync = Test::sampleNow().addSecs(-3 * 3600);
    return result;
}

} // namespace

TEST_CASE("The device list puts the worst devices first, then by name, and stale ones last",
          "[details]")
{
    const FixedClock clock(Test::sampleNow());
    DeviceListModel model(clock);
    StatusView view = Test::sampleView();
    view.snapshot.devices.append(
        device(QStringLiteral("lab"), QStringLiteral("lab-chromebook"), Core::Rating::Unknown));
    view.snapshot.devices.append(
        device(QStringLiteral("carol"), QStringLiteral("carol-mbp"), Core::Rating::Critical));
    model.setStatus(view);

    CHECK(column(model)
          == QStringList {u"alice-mbp"_s, u"carol-mbp"_s, u"Pixel 8"_s, u"lab-chromebook"_s,
                          u"ALICE-T14"_s, u"Old iPhone"_s});
    // The stale iPhone is critical, but it no longer counts: last, whatever its rating.
    const QModelIndex last = model.index(model.rowCount() - 1, 0);
    CHECK(last.data(DeviceListModel::StaleRole).toBool());
    CHECK(last.data(DeviceListModel::RatingRole).toInt() == int(Core::Rating::Critical));
}

TEST_CASE("A device row says what it is, who reported it and when", "[details]")
{
    const FixedClock clock(Test::sampleNow());
    DeviceListModel model(clock);
    model.setStatus(Test::sampleView());

    const QModelIndex mac = model.indexOfDevice(QStringLiteral("serial:C02ALICE01"));
    REQUIRE(mac.isValid());
    CHECK(mac.data().toString() == u"alice-mbp");
    CHECK(mac.data(DeviceListModel::SubtitleRole).toString()
          == u"MacBook Pro (14-inch, 2023) · reported by Jamf 2 h ago");
    CHECK(mac.data(DeviceListModel::DeviceIdRole).toString() == u"serial:C02ALICE01");
    CHECK(mac.data(DeviceListModel::PlatformRole).toString()
          == Core::platformName(Core::Platform::Mac));
    CHECK(mac.data(DeviceListModel::RatingRole).toInt() == int(Core::Rating::Critical));
    CHECK_FALSE(mac.data(DeviceListModel::StaleRole).toBool());
    CHECK_FALSE(mac.data(Qt::DecorationRole).value<QIcon>().isNull());
    REQUIRE(model.device(mac));
    CHECK(model.device(mac)->model == u"MacBook Pro (14-inch, 2023)");

    // The phone's model is its name: not said twice.
    CHECK(model.indexOfDevice(QStringLiteral("google:android-7"))
              .data(DeviceListModel::SubtitleRole)
              .toString()
          == u"reported by Google 5 h ago");
    CHECK(model.indexOfDevice(QStringLiteral("udid:0000-OLD"))
              .data(DeviceListModel::SubtitleRole)
              .toString()
          == u"stale — last seen 34 days ago");

    // Tooltip and screen reader get one sentence with the name and the rating in words.
    for (const int role : {int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
        const QString sentence = mac.data(role).toString();
        CHECK(sentence.contains(u"alice-mbp"));
        CHECK(sentence.contains(App::ratingTitle(Core::Rating::Critical)));
        CHECK(sentence.contains(u"reported by Jamf 2 h ago"));
    }
    CHECK(model.indexOfDevice(QStringLiteral("udid:0000-OLD"))
              .data(Qt::ToolTipRole)
              .toString()
              .contains(u"stale — last seen 34 days ago"));
    CHECK_FALSE(model.indexOfDevice(QStringLiteral("nope")).isValid());
    CHECK(model.device(QModelIndex()) == nullptr);
}

TEST_CASE("A device without a name is called by its model, or an unnamed device", "[details]")
{
    const FixedClock clock(Test::sampleNow());
    DeviceListModel model(clock);
    StatusView view;
    view.snapshot.generatedAt = Test::sampleNow();
    Core::Device byModel = device(QStringLiteral("a"), std::nullopt, Core::Rating::Ok);
    byModel.model = QStringLiteral("ThinkPad X1");
    byModel.sources = {QStringLiteral("jamf"), QStringLiteral("google")};
    Core::Device anonymous = device(QStringLiteral("b"), std::nullopt, Core::Rating::Ok);
    view.snapshot.devices = {byModel, anonymous};
    model.setStatus(view);

    const QModelIndex first = model.indexOfDevice(QStringLiteral("a"));
    CHECK(first.data().toString() == u"ThinkPad X1");
    CHECK(first.data(DeviceListModel::SubtitleRole).toString()
          == u"reported by Jamf and Google 3 h ago");
    CHECK(model.indexOfDevice(QStringLiteral("b")).data().toString() == u"Unnamed device");
    CHECK(model.indexOfDevice(QStringLiteral("b")).data(DeviceListModel::PlatformRole).toString()
          == QString());
}

TEST_CASE("The device list stays a valid model while the status changes", "[details]")
{
    const FixedClock clock(Test::sampleNow());
    DeviceListModel model(clock);
    Test::ModelTestComplaints complaints;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    StatusView view = Test::sampleView();
    model.setStatus(view);
    CHECK(model.rowCount() == 4);

    // A refresh that changes nothing but verdicts keeps the rows (and a view's selection).
    resets.clear();
    view.snapshot.devices[1].practices.insert(
        Core::PracticeKey::firewall,
        Test::verdict(Core::PracticeStatus::Ok, QStringLiteral("google"), 1));
    model.setStatus(view);
    CHECK(resets.isEmpty());

    // The Mac gets fixed: it moves down, below the phone.
    view.snapshot.devices[0].rating = Core::Rating::Ok;
    view.snapshot.devices.removeAt(2);
    model.setStatus(view);
    CHECK(column(model) == QStringList {u"Pixel 8"_s, u"alice-mbp"_s, u"Old iPhone"_s});

    model.setStatus(StatusView {});
    CHECK(model.rowCount() == 0);
    model.setStatus(Test::sampleView());
    CHECK(model.rowCount() == 4);

    CHECK(complaints.complaints() == QStringList());
}

TEST_CASE("Devices reported to IT are listed last, muted, with why they were reported",
          "[details][alerts]")
{
    const FixedClock clock(Test::sampleNow());
    DeviceListModel model(clock);
    StatusView view = Test::sampleViewWithAlerts();
    Core::Device laptop = device(QStringLiteral("old-laptop"), QStringLiteral("aaa-old-laptop"),
                                 Core::Rating::Critical);
    view.reported.append(laptop);
    view.reports.append({laptop.id,
                         *laptop.name,
                         Core::DeviceReport::Reason::NoLongerUsed,
                         Test::sampleNow().addDays(-2),
                         laptop.sources,
                         {}});
    model.setStatus(view);

    // After the stale iPhone, by name; both critical, neither first.
    CHECK(column(model)
          == QStringList {u"alice-mbp"_s, u"Pixel 8"_s, u"ALICE-T14"_s, u"Old iPhone"_s,
                          u"aaa-old-laptop"_s, u"lobby-imac"_s});
    CHECK(column(model, DeviceListModel::SubtitleRole).mid(4)
          == QStringList {u"reported to IT — no longer used"_s, u"reported to IT — not yours"_s});

    const QModelIndex kiosk = model.indexOfDevice(QStringLiteral("serial:KIOSK-9"));
    CHECK(kiosk.data(DeviceListModel::ReportedRole).toBool());
    CHECK(kiosk.data(Qt::ToolTipRole).toString()
          == u"lobby-imac: reported to IT — not yours. It does not count towards your status.");
    REQUIRE(model.report(kiosk));
    CHECK(model.report(kiosk)->reason == Core::DeviceReport::Reason::NotMine);
    REQUIRE(model.device(kiosk));
    CHECK(model.device(kiosk)->model == u"iMac (24-inch, 2021)");

    const QModelIndex mac = model.indexOfDevice(QStringLiteral("serial:C02ALICE01"));
    CHECK_FALSE(mac.data(DeviceListModel::ReportedRole).toBool());
    CHECK(model.report(mac) == nullptr);

    SECTION("a device both in the snapshot and reported is listed once, as it counts")
    {
        view.reported.append(view.snapshot.devices.first());
        model.setStatus(view);
        CHECK(model.rowCount() == 6);
        CHECK_FALSE(model.indexOfDevice(QStringLiteral("serial:C02ALICE01"))
                        .data(DeviceListModel::ReportedRole)
                        .toBool());
    }
    SECTION("and the model stays valid when a device is reported or comes back")
    {
        Test::ModelTestComplaints complaints;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        StatusView reportedPhone = view;
        reportedPhone.reported.append(reportedPhone.snapshot.devices.takeAt(1));
        model.setStatus(reportedPhone);
        CHECK(column(model).last() == u"Pixel 8");
        CHECK(model.index(model.rowCount() - 1, 0).data(DeviceListModel::SubtitleRole).toString()
              == u"reported to IT"); // no report known (yet)
        model.setStatus(view);
        CHECK(column(model).at(1) == u"Pixel 8");
        CHECK(complaints.complaints() == QStringList());
    }
}
