#include "catch.h"

#include "recordbuilder.h"
#include "snapshotbuilder.h"
#include "textreport.h"
#include "translations.h"

#include "demo/samplefleet.h"

#include <QCoreApplication>

using namespace Stethoscope;
using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;

namespace {

struct Report
{
    PracticeCatalog catalog = PracticeCatalog::builtin();
    Policy policy = Policy::builtin();

    QString render(const QList<SourceResult> &results)
    {
        static const bool translated
            = !App::installTranslations(*QCoreApplication::instance(), QLocale(u"en_US")).isEmpty();
        REQUIRE(translated);
        policy.extendCatalog(catalog);
        const Evaluator evaluator(catalog, policy);
        const Snapshot snapshot
            = buildSnapshot(results, evaluator, {QStringLiteral("alice@example.com"), testNow, {}});
        return App::renderTextReport(snapshot, catalog, testNow);
    }
};

QStringList linesOf(const QString &text)
{
    return text.split(u'\n');
}

} // namespace

TEST_CASE("The report never calls a practice off when the backend says it is in progress",
          "[report]")
{
    Report report;
    const QString text = report.render({SourceResult {
        QStringLiteral("jamf"),
        QList<DeviceRecord> {RecordBuilder(u"jamf", u"1")
                                 .name(u"alice-air")
                                 .platform(Platform::Mac)
                                 .observe(PracticeKey::encryption, Observation::State::InProgress,
                                          u"FileVault is still encrypting (42 %).")},
        testNow}});
    CHECK(linesOf(text).contains(u"    ▲ Disk encryption: FileVault is still encrypting (42 %)."));
    CHECK_FALSE(text.contains(u"Disk encryption is off"));
}

TEST_CASE("The report lists the worst devices and practices first, with symbols", "[report]")
{
    Report report;
    const QString text
        = report.render({SourceResult {QStringLiteral("jamf"),
                                       QList<DeviceRecord> {RecordBuilder(u"jamf", u"1")
                                                                .name(u"fine-mac")
                                                                .platform(Platform::Mac)
                                                                .passing(PracticeKey::firewall),
                                                            RecordBuilder(u"jamf", u"2")
                                                                .name(u"bad-mac")
                                                                .platform(Platform::Mac)
                                                                .passing(PracticeKey::screenlock)
                                                                .failing(PracticeKey::firewall)},
                                       testNow}});
    const QStringList lines = linesOf(text);
    CHECK(lines.at(1) == u"Overall: ✖ Action required — 1 of your devices needs attention");
    const auto bad = lines.indexOf(QStringLiteral("✖ bad-mac"));
    const auto fine = lines.indexOf(QStringLiteral("✔ fine-mac"));
    REQUIRE(bad > 0);
    REQUIRE(fine > bad);
    // Within a device: the failing firewall before the unknown practices before the passing lock.
    const auto firewall = lines.indexOf(QStringLiteral("    ✖ Firewall is off"), bad);
    const auto unknown = lines.indexOf(QStringLiteral("    ? Disk encryption: Not reported."), bad);
    const auto lock = lines.indexOf(QStringLiteral("    ✔ Screen lock is on"), bad);
    CHECK(bad < firewall);
    CHECK(firewall < unknown);
    CHECK(unknown < lock);
    CHECK(lock < fine);
}

TEST_CASE("Counts in the report read as proper English plurals", "[report]")
{
    Report report;
    const auto records = [](int n) {
        QList<DeviceRecord> list;
        for (int i = 0; i < n; ++i) {
            list.append(RecordBuilder(u"jamf", QString::number(i))
                            .platform(Platform::Mac)
                            .serial(QStringLiteral("SERIAL%1").arg(i))
                            .failing(PracticeKey::firewall));
        }
        return list;
    };
    const QString one = report.render({SourceResult {QStringLiteral("jamf"), records(1), testNow}});
    CHECK(one.contains(u"1 of your devices needs attention"));
    CHECK(one.contains(u"Jamf ok (1 record)"));
    const QString two = report.render({SourceResult {QStringLiteral("jamf"), records(2), testNow}});
    CHECK(two.contains(u"2 of your devices need attention"));
    CHECK(two.contains(u"Jamf ok (2 records)"));
}

TEST_CASE("A failed backend and a long-unseen device are named, not hidden", "[report]")
{
    Report report;
    const QString text = report.render(
        {SourceResult {QStringLiteral("jamf"),
                       QList<DeviceRecord> {RecordBuilder(u"jamf", u"1")
                                                .name(u"old-imac")
                                                .platform(Platform::Mac)
                                                .failing(PracticeKey::firewall)
                                                .syncedHoursAgo(46 * 24)},
                       testNow},
         SourceResult {
             QStringLiteral("landesk"),
             Error {Error::Category::Network, QStringLiteral("LANDESK could not be reached."), {}},
             testNow}});
    const QStringList lines = linesOf(text);
    // A stale device does not drive the overall state, but it is still listed.
    CHECK(lines.at(1) == u"Overall: ? Unknown");
    CHECK(lines.contains(u"  ? old-imac — last seen 46 days ago"));
    CHECK(text.contains(u"LANDESK failed: LANDESK could not be reached."));
}

TEST_CASE("The demo company's report shows each employee's own devices", "[report][demo]")
{
    Report report;
    const auto fleet = Sources::SampleFleet::builtin();
    const QString alice
        = report.render(fleet.resultsFor(QStringLiteral("alice@example.com"), testNow));
    CHECK(alice.contains(u"alice-mbp"));
    CHECK(alice.contains(u"ALICE-THINKPAD"));
    CHECK_FALSE(alice.contains(u"bob"));
    // Alice's iPhone is known to both Jamf and Google: one device, two sources.
    CHECK(alice.count(u"Alice's iPhone") == 1);
    CHECK(alice.contains(u"reported by Google, Jamf"));
}

TEST_CASE("The report says where this computer's live reading corrects a backend, and how the "
          "two were matched",
          "[report][local]")
{
    Report report;
    const QString text
        = report.render({SourceResult {QStringLiteral("landesk"),
                                       QList<DeviceRecord> {RecordBuilder(u"landesk", u"{G-1}")
                                                                .name(u"alice-laptop")
                                                                .platform(Platform::Linux)
                                                                .syncedHoursAgo(72)
                                                                .failing(PracticeKey::screenlock)
                                                                .passing(PracticeKey::firewall)},
                                       testNow},
                         SourceResult {QStringLiteral("local"),
                                       QList<DeviceRecord> {RecordBuilder(u"local", u"alice-laptop")
                                                                .name(u"alice-laptop")
                                                                .platform(Platform::Linux)
                                                                .passing(PracticeKey::screenlock)
                                                                .passing(PracticeKey::firewall)},
                                       testNow}});
    const QStringList lines = linesOf(text);
    INFO(text.toStdString());
    const auto device = lines.indexOf(QStringLiteral("✔ alice-laptop"));
    REQUIRE(device > 0);
    CHECK(lines.value(device + 2)
          == u"    Matched by its name “alice-laptop”: this computer reports no serial number or "
             u"network address that LANDESK knows.");
    const auto lock = lines.indexOf(QStringLiteral("    ✔ Screen lock is on"), device);
    REQUIRE(lock > device);
    CHECK(
        lines.value(lock + 1)
        == u"        LANDESK last reported “Screen lock is off” 3 days ago; this computer reports "
           u"“Screen lock is on” now — LANDESK will catch up at its next inventory.");
    // Where both say the same, nothing more.
    const auto firewall = lines.indexOf(QStringLiteral("    ✔ Firewall is on"), device);
    REQUIRE(firewall > device);
    CHECK_FALSE(lines.value(firewall + 1).startsWith(u"        "));
}
