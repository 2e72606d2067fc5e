// Prints how fast the core grades and merges a fleet: the time evaluate + merge takes for
// 1 000, 10 000 and 100 000 records (target: 100 000 under 500 ms), and records per second.
// A benchmark, not a test: it never fails on time. tests/bench/footprint.sh runs it.
//
// The synthetic fleet is shaped like a real one: most devices are known to two backends that
// share a serial or a MAC, some to one, phones join through an IMEI, and a few records carry
// randomised MACs or placeholder serials that must not join anything.

#include "devicemerger.h"
#include "evaluator.h"
#include "policy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace Stethoscope::Core;

namespace {

QString hex(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0')).toUpper();
}

QString macFor(quint64 n) // globally unique, unicast
{
    const QString digits = QStringLiteral("3C22FB") + hex(n & 0xFFFFFF, 6);
    QString mac;
    for (int i = 0; i < 12; i += 2)
        mac += (i ? QStringLiteral(":") : QString()) + digits.mid(i, 2);
    return mac;
}

QList<DeviceRecord> makeFleet(int recordCount, std::mt19937 &random)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Platform platforms[]
        = {Platform::Mac, Platform::Windows, Platform::iOS, Platform::Android};
    const QString sources[]
        = {QStringLiteral("jamf"), QStringLiteral("landesk"), QStringLiteral("google")};
    const QString keys[]
        = {PracticeKey::encryption, PracticeKey::firewall, PracticeKey::autoupdate,
           PracticeKey::screenlock, PracticeKey::jailed,   PracticeKey::remotelogin};
    QList<DeviceRecord> records;
    records.reserve(recordCount);
    std::uniform_int_distribution<int> percent(0, 99);
    quint64 device = 0;
    while (records.size() < recordCount) {
        ++device;
        const Platform platform = platforms[device % 4];
        const int copies = percent(random) < 70 ? 2 : 1;
        for (int copy = 0; copy < copies && records.size() < recordCount; ++copy) {
            DeviceRecord record;
            record.source = sources[(device + copy) % 3];
            record.recordId = QString::number(device * 4 + copy);
            record.name = QStringLiteral("device-%1").arg(device);
            record.platform = platform;
            record.osVersion = platform == Platform::Windows
                ? QStringLiteral("10.0.26100.2314")
                : QStringLiteral("15.%1").arg(device % 8);
            record.lastSync = now.addSecs(-qint64(percent(random)) * 3600);
            // One copy knows the serial, the other only the MAC, or both.
            if (copy == 0 || percent(random) < 50)
                record.ids.serial = QStringLiteral("C02") + hex(device, 9);
            if (copy == 1 || percent(random) < 50)
                record.ids.addMac(macFor(device));
            if (platform == Platform::iOS || platform == Platform::Android)
                record.ids.imei = QStringLiteral("35%1").arg(device, 13, 10, QLatin1Char('0'));
            if (percent(random) < 5)
                record.ids.addMac(u"DA:A1:19:5C:0E:77"); // randomised: never joins
            if (percent(random) < 2)
                record.ids.serial = QStringLiteral("To be filled by O.E.M.");
            for (const QString &key : keys) {
                if (percent(random) < 85) {
                    record.observations.insert(key,
                                               Observation {percent(random) < 80
                                                                ? Observation::State::Passing
                                                                : Observation::State::Failing,
                                                            {},
                                                            {}});
                }
            }
            if (platform == Platform::Mac || platform == Platform::Windows)
                record.software = QList<InstalledSoftware> {
                    {QStringLiteral("CbDefense"), QStringLiteral("com.carbonblack.CbDefense"),
                     QStringLiteral("3.%1").arg(device % 10)}};
            records.append(record);
        }
    }
    std::shuffle(records.begin(), records.end(), random);
    return records;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    auto policy = Policy::fromJson(QByteArrayView(R"({"schema": 1,
        "os_versions": {"Mac": {"required": "15.0", "recommended": "15.6"},
                        "Windows": {"required": "10.0.26100"}},
        "software": [{"key": "carbonblack", "name": "Carbon Black", "app_names": ["CbDefense"],
                      "platforms": ["Mac", "Windows"], "minimum_version": "3.5"}]})"));
    Q_ASSERT(policy);
    PracticeCatalog catalog = PracticeCatalog::builtin();
    policy->extendCatalog(catalog);
    const Evaluator evaluator(catalog, *policy);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    std::mt19937 random(42);
    // Lines as footprint.sh prints them; the 100 000 records have a target.
    out << "# core: evaluate + merge, best of 3 runs\n";
    for (const int count : {1'000, 10'000, 100'000}) {
        const QList<DeviceRecord> fleet = makeFleet(count, random);
        qint64 bestNs = std::numeric_limits<qint64>::max();
        qsizetype devices = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            QList<EvaluatedRecord> evaluated;
            evaluated.reserve(fleet.size());
            for (const DeviceRecord &record : fleet)
                evaluated.append(evaluator(record));
            devices = mergeDevices(std::move(evaluated), {now, 30}).size();
            bestNs = std::min(bestNs, timer.nsecsElapsed());
        }
        const double ms = double(bestNs) / 1e6;
        const bool hasTarget = count == 100'000;
        out << QStringLiteral("metric=merge_evaluate.%1 value=%2 unit=ms baseline=- ratio=- "
                              "target=%3 ok=%4\n")
                   .arg(count)
                   .arg(ms, 0, 'f', 1)
                   .arg(hasTarget ? QStringLiteral("value<500") : QStringLiteral("-"))
                   .arg(hasTarget ? (ms < 500 ? QStringLiteral("yes") : QStringLiteral("no"))
                                  : QStringLiteral("-"));
        out << QStringLiteral("# %1 records → %2 devices, %3 records/s\n")
                   .arg(count)
                   .arg(devices)
                   .arg(qint64(double(count) / (double(bestNs) / 1e9)));
        out.flush();
    }
    return 0;
}
