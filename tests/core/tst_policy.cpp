#include "catch.h"

#include "policy.h"

#include <QFile>

using namespace Stethoscope::Core;

namespace {

Result<Policy> parse(const char *json)
{
    return Policy::fromJson(QByteArrayView(json));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The built-in policy loads and sets a floor for every managed platform", "[policy]")
{
    const Policy policy = Policy::builtin();
    for (const Platform platform :
         {Platform::Mac, Platform::Windows, Platform::iOS, Platform::Android, Platform::ChromeOS}) {
        CAPTURE(platformName(platform));
        REQUIRE(policy.osVersions.contains(platform));
        const OsBracket bracket = policy.osVersions.value(platform);
        REQUIRE(bracket.required.has_value());
        REQUIRE(bracket.recommended.has_value());
        CHECK(*bracket.required <= *bracket.recommended);
    }
    // Windows 10 is out of support by late 2026: its builds fall below the floor.
    CHECK(*Version::parse(u"10.0.19045.5131")
          < *policy.osVersions.value(Platform::Windows).required);
    CHECK(policy.staleAfterDays == 30);
    CHECK(policy.software.isEmpty());
}

TEST_CASE("The shipped policy files are valid", "[policy]")
{
    const QString file = GENERATE(QStringLiteral("/resources/policy/default.json"),
                                  QStringLiteral("/resources/demo/policy.json"));
    CAPTURE(file);
    const auto policy = Policy::fromJson(readFile(QStringLiteral(STETHOSCOPE_SOURCE_DIR) + file));
    INFO((policy ? QString() : policy.error().message).toStdString());
    CHECK(policy.hasValue());
}

TEST_CASE("A policy file sets levels, OS brackets and required software", "[policy]")
{
    const auto policy = parse(R"({
        "schema": 1,
        "stale_after_days": 14,
        "practices": {"autoupdate": "required", "remotelogin": "off"},
        "os_versions": {"Mac": {"required": "15.6"}, "android": {"recommended": "16"}},
        "software": [{
            "key": "crowdstrike", "name": "CrowdStrike Falcon", "level": "required",
            "platforms": ["Mac", "Windows"], "app_names": ["Falcon"],
            "services": ["CSFalconService"], "minimum_version": "7.10",
            "help_url": "https://portal.example.com/falcon"
        }]
    })");
    REQUIRE(policy.hasValue());
    CHECK(policy->staleAfterDays == 14);
    CHECK(policy->levels.value(PracticeKey::autoupdate) == RequirementLevel::Required);
    CHECK(policy->levels.value(PracticeKey::remotelogin) == RequirementLevel::Off);
    CHECK(policy->osVersions.value(Platform::Mac).required == Version::parse(u"15.6"));
    CHECK_FALSE(policy->osVersions.value(Platform::Mac).recommended.has_value());
    CHECK(policy->osVersions.value(Platform::Android).recommended == Version::parse(u"16"));

    REQUIRE(policy->software.size() == 1);
    const SoftwareRequirement &falcon = policy->software.front();
    CHECK(falcon.level == RequirementLevel::Required);
    CHECK(falcon.platforms == QList<Platform> {Platform::Mac, Platform::Windows});
    CHECK(falcon.minimumVersion == Version::parse(u"7.10"));

    PracticeCatalog catalog = PracticeCatalog::builtin();
    policy->extendCatalog(catalog);
    const Practice *practice = catalog.find(u"crowdstrike");
    REQUIRE(practice != nullptr);
    CHECK(practice->name == u"CrowdStrike Falcon");
    CHECK(practice->titleFailing.contains(QStringLiteral("CrowdStrike Falcon")));
    CHECK(practice->appliesTo(Platform::Windows));
    CHECK_FALSE(practice->appliesTo(Platform::iOS));
    CHECK(practice->directions.value(Platform::Mac).link
          == QUrl(QStringLiteral("https://portal.example.com/falcon")));
    CHECK(policy->levelFor(*practice) == RequirementLevel::Required);
    CHECK(policy->levelFor(*catalog.find(PracticeKey::remotelogin)) == RequirementLevel::Off);
    CHECK(policy->levelFor(*catalog.find(PracticeKey::firewall)) == RequirementLevel::Required);
}

TEST_CASE("A bad policy file is refused with a message naming the key", "[policy]")
{
    const auto [json, expectedKey, expectedProblem]
        = GENERATE(table<const char *, QString, QString>({
            {"{\"schema\": 1, \"practices\": {\"encription\": \"required\"}}",
             QStringLiteral("practices.encription"), QStringLiteral("not a practice")},
            {"{\"schema\": 1, \"practices\": {\"firewall\": \"mandatory\"}}",
             QStringLiteral("practices.firewall"), QStringLiteral("required, suggested or off")},
            {"{\"schema\": 1, \"practices\": {\"firewall\": true}}",
             QStringLiteral("practices.firewall"), QStringLiteral("must be a string")},
            {"{\"schema\": 1, \"os_versions\": {\"Amiga\": {\"required\": \"1\"}}}",
             QStringLiteral("os_versions.Amiga"), QStringLiteral("not a platform")},
            {"{\"schema\": 1, \"os_versions\": {\"Mac\": {\"required\": \"fifteen\"}}}",
             QStringLiteral("os_versions.Mac.required"), QStringLiteral("not a version number")},
            {"{\"schema\": 1, \"os_versions\": {\"Mac\": {\"required\": 15}}}",
             QStringLiteral("os_versions.Mac.required"), QStringLiteral("must be a string")},
            {"{\"schema\": 1, \"os_versions\": {\"Mac\": {\"required\": \"16\", \"recommended\": "
             "\"15\"}}}",
             QStringLiteral("os_versions.Mac"), QStringLiteral("older than the required")},
            {"{\"schema\": 1, \"os_versions\": {\"Mac\": {\"minimum\": \"15\"}}}",
             QStringLiteral("os_versions.Mac.minimum"), QStringLiteral("not a known key")},
            {"{\"schema\": 1, \"stale_after_days\": 0}", QStringLiteral("stale_after_days"),
             QStringLiteral("whole number from 1 to 3650")},
            {"{\"schema\": 1, \"stale_after_days\": 2.5}", QStringLiteral("stale_after_days"),
             QStringLiteral("whole number")},
            {"{\"schema\": 1, \"software\": {}}", QStringLiteral("software"),
             QStringLiteral("must be a list")},
            {"{\"schema\": 1, \"software\": [{\"key\": \"Carbon Black\", \"name\": \"x\", "
             "\"services\": [\"a\"]}]}",
             QStringLiteral("software[0].key"), QStringLiteral("lower-case")},
            {"{\"schema\": 1, \"software\": [{\"key\": \"firewall\", \"name\": \"x\", "
             "\"services\": [\"a\"]}]}",
             QStringLiteral("software[0].key"), QStringLiteral("already a practice")},
            {"{\"schema\": 1, \"software\": [{\"key\": \"cb\", \"name\": \"CB\"}]}",
             QStringLiteral("software[0]"), QStringLiteral("at least one of app_names")},
            {"{\"schema\": 1, \"software\": [{\"key\": \"cb\", \"name\": \"CB\", \"services\": "
             "[\"a\"], \"platforms\": [\"Mac\", \"BeOS\"]}]}",
             QStringLiteral("software[0].platforms[1]"), QStringLiteral("not a platform")},
            {"{\"schema\": 1, \"software\": [{\"key\": \"cb\", \"name\": \"CB\", \"services\": "
             "[\"a\"], \"help_url\": \"javascript:alert(1)\"}]}",
             QStringLiteral("software[0].help_url"), QStringLiteral("https:")},
            {"{\"schema\": 1, \"software\": [{\"key\": \"cb\", \"name\": \"CB\", \"app_names\": "
             "[\"a\", 3]}]}",
             QStringLiteral("software[0].app_names[1]"), QStringLiteral("must be a string")},
            {"{\"practices\": {}}", QStringLiteral("schema"), QStringLiteral("missing")},
            {"{\"schema\": 2}", QStringLiteral("schema"), QStringLiteral("reads schema 1")},
            {"{\"schema\": 1, \"stale_days\": 3}", QStringLiteral("stale_days"),
             QStringLiteral("not a known key")},
        }));
    CAPTURE(json);
    const auto policy = parse(json);
    REQUIRE_FALSE(policy.hasValue());
    CHECK(policy.error().category == Error::Category::Config);
    const QString message = policy.error().message;
    CAPTURE(message);
    CHECK(message.contains(u'"' + expectedKey + u'"'));
    CHECK(message.contains(expectedProblem));
}

TEST_CASE("A policy file that is not JSON says where it breaks", "[policy]")
{
    const char *json = GENERATE("", "{", "[1, 2]", "{\"schema\": 1,}", "\xff\xfe garbage");
    CAPTURE(json);
    const auto policy = parse(json);
    REQUIRE_FALSE(policy.hasValue());
    CHECK(policy.error().message.startsWith(QStringLiteral("The policy file")));
}
