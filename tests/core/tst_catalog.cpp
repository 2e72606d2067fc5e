#include "catch.h"

#include "practicecatalog.h"

using namespace Stethoscope::Core;

namespace {

// The applicability table, written out in full: a change to the catalog must change this.
struct Applicability
{
    QString key;
    RequirementLevel level;
    bool mac, windows, linux, ios, android, chromeos;
};

const Applicability expected[] = {
    {PracticeKey::encryption, RequirementLevel::Required, true, true, true, true, true, true},
    {PracticeKey::firewall, RequirementLevel::Required, true, true, true, false, false, false},
    {PracticeKey::autoupdate, RequirementLevel::Suggested, true, true, true, false, false, false},
    {PracticeKey::uptodate, RequirementLevel::Required, true, true, true, true, true, true},
    {PracticeKey::screenlock, RequirementLevel::Required, true, true, true, true, true, true},
    {PracticeKey::jailed, RequirementLevel::Required, false, false, false, true, true, true},
    {PracticeKey::remotelogin, RequirementLevel::Suggested, true, true, true, false, false, false},
    {PracticeKey::unknownsources, RequirementLevel::Suggested, false, false, false, false, true,
     false},
    {PracticeKey::adbstatus, RequirementLevel::Suggested, false, false, false, false, true, false},
};

bool appliesIn(const Applicability &row, Platform platform)
{
    switch (platform) {
    case Platform::Mac:
        return row.mac;
    case Platform::Windows:
        return row.windows;
    case Platform::Linux:
        return row.linux;
    case Platform::iOS:
        return row.ios;
    case Platform::Android:
        return row.android;
    case Platform::ChromeOS:
        return row.chromeos;
    }
    return false;
}

} // namespace

TEST_CASE("The built-in catalog has the nine practices in a stable order", "[catalog]")
{
    const PracticeCatalog catalog = PracticeCatalog::builtin();
    QStringList keys;
    for (const Practice &practice : catalog.practices())
        keys.append(practice.key);
    QStringList expectedKeys;
    for (const auto &row : expected)
        expectedKeys.append(row.key);
    CHECK(keys == expectedKeys);
}

TEST_CASE("Every practice applies exactly where the table says, with fixing directions there",
          "[catalog]")
{
    const PracticeCatalog catalog = PracticeCatalog::builtin();
    for (const auto &row : expected) {
        const Practice *practice = catalog.find(row.key);
        REQUIRE(practice != nullptr);
        CHECK(practice->defaultLevel == row.level);
        CHECK_FALSE(practice->name.isEmpty());
        CHECK_FALSE(practice->titlePassing.isEmpty());
        CHECK_FALSE(practice->titleFailing.isEmpty());
        CHECK(practice->titlePassing != practice->titleFailing);
        CHECK_FALSE(practice->why.isEmpty());
        for (const Platform platform : allPlatforms) {
            CAPTURE(row.key, platformName(platform));
            CHECK(practice->appliesTo(platform) == appliesIn(row, platform));
            // Directions exactly for the platforms the practice applies to.
            CHECK(practice->directions.contains(platform) == appliesIn(row, platform));
            if (practice->directions.contains(platform)) {
                const Direction &direction = practice->directions.value(platform);
                CHECK_FALSE(direction.text.isEmpty());
                CHECK_FALSE(direction.text.contains(QStringLiteral("...")));
            }
        }
    }
}

TEST_CASE("Deep links open the platform's own settings", "[catalog]")
{
    const PracticeCatalog catalog = PracticeCatalog::builtin();
    int links = 0;
    for (const Practice &practice : catalog.practices()) {
        for (auto it = practice.directions.begin(); it != practice.directions.end(); ++it) {
            if (it->link.isEmpty())
                continue;
            ++links;
            CAPTURE(practice.key, platformName(it.key()), it->link.toString());
            CHECK(it->link.isValid());
            if (it.key() == Platform::Mac)
                CHECK(it->link.scheme() == u"x-apple.systempreferences");
            else if (it.key() == Platform::Windows)
                CHECK(it->link.scheme() == u"ms-settings");
            else
                FAIL("only macOS and Windows offer settings deep links");
        }
    }
    // FileVault, firewall, updates, lock screen and sharing on both desktop platforms.
    CHECK(links >= 10);
    CHECK(catalog.find(PracticeKey::uptodate)->directions.value(Platform::Windows).link
          == QUrl(QStringLiteral("ms-settings:windowsupdate")));
    CHECK(catalog.find(PracticeKey::encryption)->directions.value(Platform::Mac).link
          == QUrl(
              QStringLiteral("x-apple.systempreferences:com.apple.preference.security?FileVault")));
}

TEST_CASE("Adding a practice with an existing key replaces it", "[catalog]")
{
    PracticeCatalog catalog = PracticeCatalog::builtin();
    const auto count = catalog.practices().size();
    Practice replacement = *catalog.find(PracticeKey::firewall);
    replacement.titleFailing = QStringLiteral("Firewall is down");
    catalog.add(replacement);
    CHECK(catalog.practices().size() == count);
    CHECK(catalog.find(PracticeKey::firewall)->titleFailing == u"Firewall is down");
    CHECK(catalog.find(u"carbonblack") == nullptr);
}
