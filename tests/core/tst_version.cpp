#include "catch.h"

#include "version.h"

using namespace Stethoscope::Core;

TEST_CASE("Versions are read leniently from what backends send", "[version]")
{
    const auto [input, expected] = GENERATE(table<QString, QString>({
        {QStringLiteral("14.4.1"), QStringLiteral("14.4.1")},
        {QStringLiteral("10.0.22631.4460"), QStringLiteral("10.0.22631.4460")},
        {QStringLiteral("Android 14"), QStringLiteral("14")},
        {QStringLiteral("17.1"), QStringLiteral("17.1")},
        {QStringLiteral("macOS 14.4.1 (23E224)"), QStringLiteral("14.4.1")},
        {QStringLiteral("v2.3-beta"), QStringLiteral("2.3")},
        {QStringLiteral("15."), QStringLiteral("15")},
        {QStringLiteral("155.0.7382.102"), QStringLiteral("155.0.7382.102")},
        {QStringLiteral("  26 "), QStringLiteral("26")},
    }));
    CAPTURE(input);
    const auto version = Version::parse(input);
    REQUIRE(version.has_value());
    CHECK(version->toString() == expected);
}

TEST_CASE("Text without a usable version is unknown, never a crash", "[version]")
{
    const QString input = GENERATE(QString(), QStringLiteral("garbage"), QStringLiteral("..."),
                                   QStringLiteral("Sonoma"), QStringLiteral("99999999999999999999"),
                                   QStringLiteral("1.2.3.4.5.6.7.8.9"),
                                   QStringLiteral("١٤.٤")); // Arabic-Indic digits
    CAPTURE(input);
    CHECK_FALSE(Version::parse(input).has_value());
}

TEST_CASE("Versions compare part by part, missing parts counting as zero", "[version]")
{
    const auto v = [](const char16_t *text) { return *Version::parse(QStringView(text)); };
    CHECK(v(u"14.4.1") < v(u"15.0"));
    CHECK(v(u"14.10") > v(u"14.9")); // numeric, not lexical
    CHECK(v(u"15") == v(u"15.0.0"));
    CHECK(v(u"15.0.1") > v(u"15"));
    CHECK(v(u"10.0.22631.4460") < v(u"10.0.26100"));
    CHECK(v(u"10.0.26100.2314") > v(u"10.0.26100"));
    CHECK(v(u"Android 14") < v(u"15"));
}
