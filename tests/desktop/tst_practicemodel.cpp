#include "practicemodel.h"

#include "catch.h"

#include "fixedclock.h"
#include "modeltester.h"
#include "sampleview.h"
#include "statusview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Stethoscope;
using namespace Stethoscope::Desktop;
using namespace Qt::StringLiterals;
namespace Key = Core::PracticeKey;

namespace {

using Test::FixedClock;

Core::Device sampleDevice(const QString &id)
{
    for (const Core::Device &device : Test::sampleView().snapshot.devices) {
        if (device.id == id)
            return device;
    }
    FAIL("no sample device " << id.toStdString());
    return {};
}

const QString macId = QStringLiteral("serial:C02ALICE01");
const QString phoneId = QStringLiteral("google:android-7");

QStringList groupTitles(const PracticeModel &model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles.append(model.index(row, 0).data().toString());
    return titles;
}

QStringList practiceKeys(const PracticeModel &model)
{
    QStringList keys;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int row = 0; row < model.rowCount(group); ++row)
            keys.append(model.index(row, 0, group).data(PracticeModel::PracticeKeyRole).toString());
    }
    return keys;
}

} // namespace

TEST_CASE("A device's practices are grouped Critical, Suggested, Done, Unknown", "[details]")
{
    const auto catalog = Core::PracticeCatalog::builtin();
    const FixedClock clock(Test::sampleNow());
    PracticeModel model(catalog, clock);

    model.setDevice(sampleDevice(macId));
    CHECK(groupTitles(model)
          == QStringList {u"Critical (1)"_s, u"Suggested (1)"_s, u"Done (1)"_s, u"Unknown (1)"_s});
    CHECK(practiceKeys(model)
          == QStringList {Key::encryption, Key::firewall, Key::screenlock, Key::remotelogin});
    CHECK(model.columnCount() == 1);
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        CHECK(group.data(PracticeModel::GroupRole).toInt() == g);
        CHECK(group.data(PracticeModel::PracticeKeyRole).toString().isEmpty());
        CHECK(group.data(PracticeModel::NameRole).toString().isEmpty());
    }

    // Adb debugging does not apply to a Mac: left out.
    CHECK_FALSE(model.indexOfPractice(Key::adbstatus).isValid());

    // Only the groups that have practices.
    model.setDevice(sampleDevice(phoneId));
    CHECK(groupTitles(model) == QStringList {u"Suggested (1)"_s, u"Done (1)"_s});
    model.setDevice(std::nullopt);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A practice reads as passing, failing or neutral, from the catalog", "[details]")
{
    const auto catalog = Core::PracticeCatalog::builtin();
    const FixedClock clock(Test::sampleNow());
    PracticeModel model(catalog, clock);
    Core::Device mac = sampleDevice(macId);
    mac.practices.insert(u"crowdstrike"_s, Test::verdict(Core::PracticeStatus::Warn, u"jamf"_s, 2));
    model.setDevice(mac);

    const auto title = [&](const QString &key) {
        return model.indexOfPractice(key).data(Qt::DisplayRole).toString();
    };
    CHECK(title(Key::encryption) == catalog.find(Key::encryption)->titleFailing);
    CHECK(title(Key::firewall) == catalog.find(Key::firewall)->titleFailing);
    CHECK(title(Key::screenlock) == catalog.find(Key::screenlock)->titlePassing);
    CHECK(title(Key::remotelogin) == catalog.find(Key::remotelogin)->name);
    // A practice the catalog does not know is shown by its key, after the known ones.
    CHECK(title(u"crowdstrike"_s) == u"crowdstrike");
    // The neutral name, whatever the status, for the practice's links and their screen readers.
    const auto name = [&](const QString &key) {
        return model.indexOfPractice(key).data(PracticeModel::NameRole).toString();
    };
    CHECK(name(Key::encryption) == catalog.find(Key::encryption)->name);
    CHECK(name(Key::screenlock) == catalog.find(Key::screenlock)->name);
    CHECK(name(u"crowdstrike"_s) == u"crowdstrike");
    CHECK(groupTitles(model).first() == u"Critical (2)");
    CHECK(practiceKeys(model).mid(0, 2) == QStringList {Key::encryption, u"crowdstrike"_s});
    CHECK(model.indexOfPractice(u"crowdstrike"_s).data(PracticeModel::WhyRole).toString()
          == QString());
}

TEST_CASE("A practice says why it matters, how to fix it and who reported it", "[details]")
{
    const auto catalog = Core::PracticeCatalog::builtin();
    const FixedClock clock(Test::sampleNow());
    PracticeModel model(catalog, clock);
    model.setDevice(sampleDevice(macId));

    const Core::Practice *encryption = catalog.find(Key::encryption);
    const QModelIndex index = model.indexOfPractice(Key::encryption);
    REQUIRE(index.isValid());
    CHECK(index.parent().data(PracticeModel::GroupRole).toInt()
          == int(PracticeModel::Group::Critical));
    CHECK(index.data(PracticeModel::GroupRole).toInt() == int(PracticeModel::Group::Critical));
    CHECK(index.data(PracticeModel::PracticeKeyRole).toString() == Key::encryption);
    CHECK(index.data(PracticeModel::StatusRole).toInt() == int(Core::PracticeStatus::Warn));
    CHECK(index.data(PracticeModel::WhyRole).toString() == encryption->why);
    CHECK(index.data(PracticeModel::DetailsRole).toString() == u"FileVault is off.");
    CHECK(index.data(PracticeModel::DirectionsRole).toString()
          == encryption->directions.value(Core::Platform::Mac).text);
    CHECK(index.data(PracticeModel::LinkRole).toUrl()
          == encryption->directions.value(Core::Platform::Mac).link);
    CHECK_FALSE(index.data(PracticeModel::LinkRole).toUrl().isEmpty());
    CHECK(index.data(PracticeModel::ProvenanceRole).toString() == u"Jamf · reported 2 h ago");
    CHECK_FALSE(index.data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_CASE("Settings links open only on the kind of device the app runs on", "[details]")
{
    const auto catalog = Core::PracticeCatalog::builtin();
    const FixedClock clock(Test::sampleNow());
    PracticeModel model(catalog, clock);

    Core::Device mac = sampleDevice(macId);
    model.setDevice(mac);
    const bool onAMac = currentPlatform() == Core::Platform::Mac;
    CHECK(model.indexOfPractice(Key::encryption).data(PracticeModel::LinkEnabledRole).toBool()
          == onAMac);

    Core::Device here = mac;
    here.id = u"this-computer"_s;
    here.platform = currentPlatform();
    model.setDevice(here);
    CHECK(model.indexOfPractice(Key::encryption).data(PracticeModel::LinkEnabledRole).toBool()
          == here.platform.has_value());

    Core::Device unknownPlatform = mac;
    unknownPlatform.platform.reset();
    model.setDevice(unknownPlatform);
    const QModelIndex index = model.indexOfPractice(Key::encryption);
    CHECK_FALSE(index.data(PracticeModel::LinkEnabledRole).toBool());
    CHECK(index.data(PracticeModel::DirectionsRole).toString().isEmpty());
}

TEST_CASE("The practice tree stays a valid model while the device changes", "[details]")
{
    const auto catalog = Core::PracticeCatalog::builtin();
    const FixedClock clock(Test::sampleNow());
    PracticeModel model(catalog, clock);
    Test::ModelTestComplaints complaints;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    Core::Device mac = sampleDevice(macId);
    model.setDevice(mac);

    // A refresh with new details but the same practices updates in place (a view keeps its
    // focus and scroll position).
    resets.clear();
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    mac.practices.insert(
        Key::encryption,
        Test::verdict(Core::PracticeStatus::Warn, u"jamf"_s, 1, u"FileVault is still off."_s));
    model.setDevice(mac);
    CHECK(resets.isEmpty());
    CHECK_FALSE(changes.isEmpty());
    CHECK(model.indexOfPractice(Key::encryption).data(PracticeModel::ProvenanceRole).toString()
          == u"Jamf · reported 1 h ago");

    // The employee turned encryption on: it moves to Done.
    mac.practices.insert(Key::encryption, Test::verdict(Core::PracticeStatus::Ok, u"jamf"_s, 0));
    model.setDevice(mac);
    CHECK(groupTitles(model) == QStringList {u"Suggested (1)"_s, u"Done (2)"_s, u"Unknown (1)"_s});

    model.setDevice(sampleDevice(phoneId));
    model.setDevice(std::nullopt);
    model.setDevice(sampleDevice(u"serial:PC-4411"_s));
    CHECK(groupTitles(model) == QStringList {u"Done (2)"_s});

    CHECK(complaints.complaints() == QStringList());
}

TEST_CASE("A disagreement reads by who won: this device now, or another backend",
          "[details][local]")
{
    const auto catalog = Core::PracticeCatalog::builtin();
    const FixedClock clock(Test::sampleNow());
    PracticeModel model(catalog, clock);
    const QString on = catalog.find(Key::firewall)->titlePassing;
    const QString off = catalog.find(Key::firewall)->titleFailing;

    Core::Device pc = sampleDevice(u"serial:PC-4411"_s); // LANDESK: firewall on, 26 h ago
    Core::PracticeResult firewall = Test::verdict(Core::PracticeStatus::Warn, u"local"_s, 0);
    firewall.disagreement = Core::PracticeDisagreement {
        Core::PracticeStatus::Ok, u"landesk"_s, Test::sampleNow().addSecs(-26 * 3600), {}};
    pc.practices.insert(Key::firewall, firewall);
    model.setDevice(pc);
    const QModelIndex index = model.indexOfPractice(Key::firewall);
    REQUIRE(index.isValid());
    CHECK(index.data(PracticeModel::DisagreementRole).toString()
          == u"LANDESK last reported “"_s + on + u"” 26 h ago; this PC reports “"_s + off
              + u"” now — LANDESK will catch up at its next inventory."_s);
    CHECK(index.data(PracticeModel::ProvenanceRole).toString() == u"this device · now"_s);

    // Two backends: no "catch up", just what the other one said.
    firewall.source = u"jamf"_s;
    firewall.disagreement->lastUpdated.reset();
    pc.practices.insert(Key::firewall, firewall);
    model.setDevice(pc);
    CHECK(model.indexOfPractice(Key::firewall).data(PracticeModel::DisagreementRole).toString()
          == u"LANDESK reported “"_s + on + u"”."_s);

    // No disagreement, no text.
    CHECK(model.indexOfPractice(Key::encryption)
              .data(PracticeModel::DisagreementRole)
              .toString()
              .isEmpty());
}
