#include "catch.h"

#include "devicerecord.h"
#include "macaddress.h"

using namespace Stethoscope::Core;

TEST_CASE("MAC addresses are canonicalised from every common spelling", "[mac]")
{
    const auto [input, expected] = GENERATE(table<QString, QString>({
        {QStringLiteral("3c:22:fb:91:0a:5e"), QStringLiteral("3C:22:FB:91:0A:5E")},
        {QStringLiteral("3C-22-FB-91-0A-5E"), QStringLiteral("3C:22:FB:91:0A:5E")},
        {QStringLiteral("3c22fb910a5e"), QStringLiteral("3C:22:FB:91:0A:5E")},
        {QStringLiteral("3c22.fb91.0a5e"), QStringLiteral("3C:22:FB:91:0A:5E")},
        {QStringLiteral("  3c:22:FB:91:0a:5E \n"), QStringLiteral("3C:22:FB:91:0A:5E")},
    }));
    CAPTURE(input);
    const auto mac = canonicalMac(input);
    REQUIRE(mac.has_value());
    CHECK(*mac == expected);
}

TEST_CASE("Text that is not a MAC address is refused", "[mac]")
{
    const QString input = GENERATE(QString(), QStringLiteral("not a mac"),
                                   QStringLiteral("3c:22:fb:91:0a"), // five octets
                                   QStringLiteral("3c:22:fb:91:0a:5e:11"), // seven
                                   QStringLiteral("3c:22:fb:91:0a:5g"), // not hex
                                   QStringLiteral("3c:22-fb:91-0a:5e"), // mixed separators
                                   QStringLiteral("3c2:2fb:910:a5e"), // odd grouping
                                   QStringLiteral("::3c22fb910a5e"), // empty groups
                                   QStringLiteral("3c22fb910a5e0")); // 13 digits
    CAPTURE(input);
    CHECK_FALSE(canonicalMac(input).has_value());
}

TEST_CASE("Only globally unique unicast MACs identify a device", "[mac]")
{
    const auto [mac, identifies] = GENERATE(table<QString, bool>({
        {QStringLiteral("3C:22:FB:91:0A:5E"), true},
        {QStringLiteral("DA:A1:19:5C:0E:77"), false}, // locally administered (randomised Wi-Fi)
        {QStringLiteral("02:00:00:00:00:00"), false}, // Android's placeholder
        {QStringLiteral("01:00:5E:00:00:FB"), false}, // multicast
        {QStringLiteral("FF:FF:FF:FF:FF:FF"), false}, // broadcast
        {QStringLiteral("00:00:00:12:34:56"), false}, // all-zero OUI
        {QStringLiteral("00:00:00:00:00:00"), false},
        {QStringLiteral("00:50:56:C0:00:08"), true},
    }));
    CAPTURE(mac);
    CHECK(isIdentityMac(mac) == identifies);
}

TEST_CASE("A device keeps its MAC addresses canonical, sorted and unique", "[mac]")
{
    DeviceIdentifiers ids;
    CHECK(ids.addMac(u"f0:18:98:4c:7e:21"));
    CHECK(ids.addMac(u"3C-22-FB-91-0A-5E"));
    CHECK(ids.addMac(u"F018984C7E21"));
    CHECK_FALSE(ids.addMac(u"unknown"));
    CHECK(
        ids.macAddresses
        == QStringList {QStringLiteral("3C:22:FB:91:0A:5E"), QStringLiteral("F0:18:98:4C:7E:21")});
}
