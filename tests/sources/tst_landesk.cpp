#include "catch.h"

#include "landesk/landeskparser.h"

#include <QFile>

using namespace Stethoscope;
using namespace Stethoscope::Sources::Landesk;
using State = Core::Observation::State;

namespace {

QByteArray testData(const char *name)
{
    QFile file(QStringLiteral(STETHOSCOPE_TEST_DATA "/landesk/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList guids(const QList<Machine> &machines)
{
    QStringList result;
    for (const Machine &m : machines)
        result.append(m.guid);
    return result;
}

} // namespace

TEST_CASE("LANDESK machine lists read the same with one element or many, GET or SOAP",
          "[landesk][parser]")
{
    const auto one = parseMachineList(testData("listmachines-one.xml"));
    REQUIRE(one.hasValue());
    REQUIRE(one->size() == 1);
    CHECK(one->at(0).guid == u"{4C1F0E2A-8B5D-4E71-9A3C-2D6F8B1E0A97}");
    CHECK(one->at(0).name == u"ALICE-THINKPAD");
    CHECK(one->at(0).mac == u"8C8CAA5219E0");
    CHECK(one->at(0).osName == u"Microsoft Windows 11 Enterprise Edition");

    // SOAP, three entries, one of them a placeholder record without an agent.
    const auto many = parseMachineList(testData("listmachines-many.soap.xml"));
    REQUIRE(many.hasValue());
    CHECK(guids(*many)
          == QStringList {QStringLiteral("{11111111-1111-1111-1111-111111111111}"),
                          QStringLiteral("{22222222-2222-2222-2222-222222222222}")});
}

TEST_CASE("A saved LANDESK query yields only the employee's rows", "[landesk][parser]")
{
    const auto rows = parseQueryMachines(
        testData("runquery.xml"), QStringLiteral("alice@example.com"), QStringLiteral("alice"));
    REQUIRE(rows.hasValue());
    REQUIRE(rows->size() == 1);
    CHECK(rows->at(0).name == u"ALICE-THINKPAD");
}

TEST_CASE("LANDESK machine data becomes a Windows record", "[landesk][parser]")
{
    const auto data = parseMachineData(testData("machinedata.xml"));
    REQUIRE(data.hasValue());
    ParseOptions options;
    options.timeZone = QTimeZone(QByteArrayLiteral("UTC+02:00"));
    const auto record
        = buildRecord(Machine {QStringLiteral("{G}"), {}, {}, {}}, *data, std::nullopt, options);
    CHECK(record.source == u"landesk");
    CHECK(record.recordId == u"{G}");
    CHECK(record.platform == Core::Platform::Windows);
    CHECK(record.name == u"BOB-LAPTOP");
    CHECK(record.manufacturer == u"HP");
    CHECK(record.model == u"HP EliteBook 840 G10");
    CHECK(record.ids.serial == u"5CG1234XYZ");
    CHECK(record.ids.macAddresses == QStringList {QStringLiteral("F4:B5:20:AA:01:02")});
    CHECK(record.osVersion == u"10.0.22631.4460");
    CHECK(record.osBuild == u"22631.4460");
    // 09:30 on the core server, two hours ahead of UTC.
    CHECK(record.lastSync == QDateTime(QDate(2024, 7, 1), QTime(7, 30), Qt::UTC));

    const auto &bitlocker = record.observations.value(Core::PracticeKey::encryption);
    CHECK(bitlocker.state == State::InProgress);
    CHECK(bitlocker.details == u"BitLocker is still encrypting (63 %).");
    const auto &firewall = record.observations.value(Core::PracticeKey::firewall);
    CHECK(firewall.state == State::Failing);
    CHECK(firewall.details.contains(u"Public"));
    CHECK_FALSE(firewall.details.contains(u"Domain"));
    // Without a vulnerability scan, none of its practices is reported.
    CHECK_FALSE(record.observations.contains(Core::PracticeKey::uptodate));
    CHECK_FALSE(record.observations.contains(Core::PracticeKey::screenlock));
}
