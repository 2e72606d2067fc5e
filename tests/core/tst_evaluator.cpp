#include "catch.h"

#include "evaluator.h"
#include "recordbuilder.h"

using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;

namespace {

Policy testPolicy()
{
    auto policy = Policy::fromJson(QByteArrayView(R"({
        "schema": 1,
        "os_versions": {
            "Mac": {"required": "15.0", "recommended": "26.0"},
            "Windows": {"required": "10.0.26100", "recommended": "10.0.26200"},
            "iOS": {"required": "18.0", "recommended": "26.0"},
            "Android": {"required": "14", "recommended": "16"},
            "ChromeOS": {"required": "150"}
        },
        "software": [{
            "key": "carbonblack", "name": "Carbon Black", "platforms": ["Mac", "Windows"],
            "app_names": ["CbDefense"], "bundle_ids": ["com.carbonblack.CbDefense"],
            "services": ["cbdefense"], "minimum_version": "3.7"
        }]
    })"));
    REQUIRE(policy.hasValue());
    return *policy;
}

Evaluator makeEvaluator(Policy policy = testPolicy())
{
    PracticeCatalog catalog = PracticeCatalog::builtin();
    policy.extendCatalog(catalog);
    return Evaluator(catalog, policy);
}

const QStringList observedPractices {PracticeKey::encryption,     PracticeKey::firewall,
                                     PracticeKey::autoupdate,     PracticeKey::screenlock,
                                     PracticeKey::jailed,         PracticeKey::remotelogin,
                                     PracticeKey::unknownsources, PracticeKey::adbstatus};

} // namespace

TEST_CASE("A practice the backend did not report is unknown, never ok", "[evaluator]")
{
    const Evaluator evaluator = makeEvaluator();
    const Platform platform = GENERATE(Platform::Mac, Platform::Windows, Platform::Linux,
                                       Platform::iOS, Platform::Android, Platform::ChromeOS);
    CAPTURE(platformName(platform));
    const PracticeResults results
        = evaluator.evaluate(RecordBuilder(u"jamf", u"1").platform(platform));
    REQUIRE(results.size() == evaluator.catalog().practices().size());
    for (auto it = results.begin(); it != results.end(); ++it) {
        CAPTURE(it.key());
        const Practice *practice = evaluator.catalog().find(it.key());
        REQUIRE(practice != nullptr);
        if (practice->appliesTo(platform))
            CHECK(it->status == PracticeStatus::Unknown);
        else
            CHECK(it->status == PracticeStatus::NotApplicable);
        CHECK(it->source == u"jamf");
    }
}

TEST_CASE("A record of unknown platform is unknown on every practice", "[evaluator]")
{
    const PracticeResults results = makeEvaluator().evaluate(
        RecordBuilder(u"google", u"1").passing(PracticeKey::encryption).osVersion(u"26.1"));
    for (const PracticeResult &result : results)
        CHECK(result.status == PracticeStatus::Unknown);
}

TEST_CASE("Observations earn the status of the practice's level", "[evaluator]")
{
    const Evaluator evaluator = makeEvaluator();
    const auto [key, platform, failing] = GENERATE(table<QString, Platform, PracticeStatus>({
        {PracticeKey::encryption, Platform::Mac, PracticeStatus::Warn},
        {PracticeKey::firewall, Platform::Windows, PracticeStatus::Warn},
        {PracticeKey::screenlock, Platform::iOS, PracticeStatus::Warn},
        {PracticeKey::jailed, Platform::Android, PracticeStatus::Warn},
        {PracticeKey::autoupdate, Platform::Mac, PracticeStatus::Nudge},
        {PracticeKey::remotelogin, Platform::Linux, PracticeStatus::Nudge},
        {PracticeKey::unknownsources, Platform::Android, PracticeStatus::Nudge},
        {PracticeKey::adbstatus, Platform::Android, PracticeStatus::Nudge},
    }));
    CAPTURE(key, platformName(platform));
    const auto record = RecordBuilder(u"jamf", u"1").platform(platform);
    CHECK(evaluator.evaluate(RecordBuilder(record).passing(key)).value(key).status
          == PracticeStatus::Ok);
    CHECK(evaluator.evaluate(RecordBuilder(record).failing(key)).value(key).status == failing);
    // In progress (FileVault still encrypting) is a nudge whatever the level, never ok.
    CHECK(evaluator.evaluate(RecordBuilder(record).observe(key, Observation::State::InProgress))
              .value(key)
              .status
          == PracticeStatus::Nudge);
}

TEST_CASE("An observation on a platform where the practice does not apply is ignored",
          "[evaluator]")
{
    const auto [key, platform] = GENERATE(table<QString, Platform>({
        {PracticeKey::jailed, Platform::Mac},
        {PracticeKey::jailed, Platform::Windows},
        {PracticeKey::firewall, Platform::iOS},
        {PracticeKey::autoupdate, Platform::Android},
        {PracticeKey::adbstatus, Platform::iOS},
        {PracticeKey::unknownsources, Platform::ChromeOS},
    }));
    CAPTURE(key, platformName(platform));
    const auto results
        = makeEvaluator().evaluate(RecordBuilder(u"jamf", u"1").platform(platform).failing(key));
    CHECK(results.value(key).status == PracticeStatus::NotApplicable);
}

TEST_CASE("The policy raises, lowers or turns off a practice", "[evaluator]")
{
    Policy policy = testPolicy();
    policy.levels.insert(PracticeKey::autoupdate, RequirementLevel::Required);
    policy.levels.insert(PracticeKey::firewall, RequirementLevel::Suggested);
    policy.levels.insert(PracticeKey::screenlock, RequirementLevel::Off);
    const auto results = makeEvaluator(policy).evaluate(RecordBuilder(u"jamf", u"1")
                                                            .platform(Platform::Mac)
                                                            .failing(PracticeKey::autoupdate)
                                                            .failing(PracticeKey::firewall)
                                                            .failing(PracticeKey::screenlock));
    CHECK(results.value(PracticeKey::autoupdate).status == PracticeStatus::Warn);
    CHECK(results.value(PracticeKey::firewall).status == PracticeStatus::Nudge);
    CHECK(results.value(PracticeKey::screenlock).status == PracticeStatus::NotApplicable);
}

TEST_CASE("Observations keep their details and their own time", "[evaluator]")
{
    const auto results = makeEvaluator().evaluate(
        RecordBuilder(u"jamf", u"1")
            .platform(Platform::Mac)
            .syncedHoursAgo(2)
            .observe(PracticeKey::encryption, Observation::State::InProgress,
                     u"FileVault is still encrypting (42 %).", 30)
            .passing(PracticeKey::firewall));
    const PracticeResult encryption = results.value(PracticeKey::encryption);
    CHECK(encryption.details == u"FileVault is still encrypting (42 %).");
    CHECK(encryption.lastUpdated == testNow.addSecs(-30 * 3600));
    CHECK(results.value(PracticeKey::firewall).lastUpdated == testNow.addSecs(-2 * 3600));
}

TEST_CASE("OS versions are graded against the platform's bracket", "[evaluator][version]")
{
    const Evaluator evaluator = makeEvaluator();
    const auto [platform, version, expected, detail]
        = GENERATE(table<Platform, QString, PracticeStatus, QString>({
            {Platform::Mac, QStringLiteral("14.4.1"), PracticeStatus::Warn,
             QStringLiteral("macOS 14.4.1 — 15.0 or newer is required.")},
            {Platform::Mac, QStringLiteral("15.7.2"), PracticeStatus::Nudge,
             QStringLiteral("macOS 15.7.2 — 26.0 or newer is recommended.")},
            {Platform::Mac, QStringLiteral("26"), PracticeStatus::Ok,
             QStringLiteral("macOS 26 is up to date.")},
            {Platform::Mac, QStringLiteral("15"), PracticeStatus::Nudge, QString()},
            {Platform::Windows, QStringLiteral("10.0.19045.5131"), PracticeStatus::Warn, QString()},
            {Platform::Windows, QStringLiteral("10.0.22631.4460"), PracticeStatus::Warn, QString()},
            {Platform::Windows, QStringLiteral("10.0.26100.2314"), PracticeStatus::Nudge,
             QString()},
            {Platform::Windows, QStringLiteral("10.0.26200.1"), PracticeStatus::Ok, QString()},
            {Platform::Android, QStringLiteral("Android 13"), PracticeStatus::Warn, QString()},
            {Platform::Android, QStringLiteral("14"), PracticeStatus::Nudge, QString()},
            {Platform::Android, QStringLiteral("16.0"), PracticeStatus::Ok, QString()},
            {Platform::iOS, QStringLiteral("17.7.1"), PracticeStatus::Warn, QString()},
            {Platform::ChromeOS, QStringLiteral("155.0.7382.102"), PracticeStatus::Ok, QString()},
            {Platform::ChromeOS, QStringLiteral("149.0.1.2"), PracticeStatus::Warn, QString()},
            // Unreadable versions and platforms without a floor stay unknown.
            {Platform::Mac, QStringLiteral("garbage"), PracticeStatus::Unknown,
             QStringLiteral("The macOS version \"garbage\" could not be read.")},
            {Platform::Mac, QString(), PracticeStatus::Unknown, QString()},
            {Platform::Linux, QStringLiteral("6.1"), PracticeStatus::Unknown,
             QStringLiteral("Linux 6.1 — your organization sets no minimum version for Linux.")},
        }));
    CAPTURE(platformName(platform), version);
    RecordBuilder record(u"google", u"1");
    record.platform(platform);
    if (!version.isEmpty())
        record.osVersion(version);
    const PracticeResult result = evaluator.evaluate(record).value(PracticeKey::uptodate);
    CHECK(result.status == expected);
    if (!detail.isEmpty())
        CHECK(result.details == detail);
}

TEST_CASE("Missing patches make a current OS version not up to date", "[evaluator][version]")
{
    const Evaluator evaluator = makeEvaluator();
    const auto current
        = RecordBuilder(u"landesk", u"1").platform(Platform::Windows).osVersion(u"10.0.26200.7171");
    const auto patched = evaluator.evaluate(RecordBuilder(current).passing(PracticeKey::uptodate));
    CHECK(patched.value(PracticeKey::uptodate).status == PracticeStatus::Ok);

    const auto missing = evaluator.evaluate(RecordBuilder(current).observe(
        PracticeKey::uptodate, Observation::State::Failing, u"Missing: KB5066835 (Critical)"));
    CHECK(missing.value(PracticeKey::uptodate).status == PracticeStatus::Warn);
    CHECK(missing.value(PracticeKey::uptodate).details == u"Missing: KB5066835 (Critical)");

    // The patch verdict stands on its own when the version cannot be graded.
    const auto noVersion = evaluator.evaluate(
        RecordBuilder(u"landesk", u"2").platform(Platform::Windows).passing(PracticeKey::uptodate));
    CHECK(noVersion.value(PracticeKey::uptodate).status == PracticeStatus::Ok);
}

TEST_CASE("Required software is found by name, bundle id or service", "[evaluator][software]")
{
    const Evaluator evaluator = makeEvaluator();
    const auto mac = RecordBuilder(u"jamf", u"1").platform(Platform::Mac);
    const auto status = [&](const DeviceRecord &record) {
        return evaluator.evaluate(record).value(QStringLiteral("carbonblack"));
    };

    CHECK(status(RecordBuilder(mac).software(u"CbDefense.app", u"", u"3.9.2")).status
          == PracticeStatus::Ok);
    CHECK(
        status(RecordBuilder(mac).software(u"Sensor", u"com.carbonblack.cbdefense", u"4.0")).status
        == PracticeStatus::Ok);
    const auto old = status(RecordBuilder(mac).software(u"CbDefense", u"", u"3.5.1"));
    CHECK(old.status == PracticeStatus::Nudge); // suggested by the policy, so a nudge
    CHECK(old.details == u"Carbon Black 3.5.1 is installed — 3.7 or newer is required.");
    CHECK(status(RecordBuilder(mac).software(u"Safari.app", u"com.apple.Safari", u"26.1")).status
          == PracticeStatus::Nudge);
    CHECK(status(RecordBuilder(mac).noSoftware()).details == u"Carbon Black is not installed.");

    // Not reported, or not checkable against the minimum version: unknown, never ok.
    CHECK(status(mac).status == PracticeStatus::Unknown);
    CHECK(status(RecordBuilder(mac).software(u"CbDefense", u"", u"")).status
          == PracticeStatus::Unknown);
    CHECK(status(RecordBuilder(mac).service(u"CbDefense")).status == PracticeStatus::Unknown);

    // Not expected on phones.
    CHECK(status(RecordBuilder(u"google", u"2").platform(Platform::Android)).status
          == PracticeStatus::NotApplicable);
}

TEST_CASE("A running service satisfies software without a minimum version", "[evaluator][software]")
{
    Policy policy = testPolicy();
    policy.software.front().minimumVersion.reset();
    policy.software.front().level = RequirementLevel::Required;
    const Evaluator evaluator = makeEvaluator(policy);
    const auto windows = RecordBuilder(u"landesk", u"1").platform(Platform::Windows);
    CHECK(evaluator.evaluate(RecordBuilder(windows).service(u"CBDefense"))
              .value(QStringLiteral("carbonblack"))
              .status
          == PracticeStatus::Ok);
    CHECK(evaluator.evaluate(RecordBuilder(windows).service(u"Spooler"))
              .value(QStringLiteral("carbonblack"))
              .status
          == PracticeStatus::Warn); // required by this policy
}

TEST_CASE("Every observed practice: not reported stays unknown whatever else is reported",
          "[evaluator]")
{
    const Evaluator evaluator = makeEvaluator();
    const QString reported = GENERATE_COPY(from_range(observedPractices));
    RecordBuilder record(u"google", u"1");
    record.platform(Platform::Android).osVersion(u"16").passing(reported);
    const auto results = evaluator.evaluate(record);
    for (const QString &key : observedPractices) {
        if (key == reported || results.value(key).status == PracticeStatus::NotApplicable)
            continue;
        CAPTURE(reported, key);
        CHECK(results.value(key).status == PracticeStatus::Unknown);
    }
}
