// The local source for real: its command runner's time limit, its asynchrony, and the Linux
// probes on the machine that runs the tests.
#include "catch.h"

#include "await.h"
#include "local/localparsers.h"
#include "local/localprobes.h"
#include "local/localsource.h"
#include "statusservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <atomic>

using namespace Stethoscope::Core;
using namespace Stethoscope::Sources::Local;
using Stethoscope::Testing::await;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC); }
};

} // namespace

TEST_CASE("A command that hangs is stopped at its time limit and tells nothing", "[local]")
{
    const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
    REQUIRE_FALSE(sleep.isEmpty());
    QElapsedTimer timer;
    timer.start();
    const CommandOutput output
        = runCommand(sleep, {QStringLiteral("30")}, std::chrono::milliseconds(300));
    CHECK(timer.elapsed() < 5000);
    CHECK_FALSE(output.finished);

    const CommandOutput missing
        = runCommand(QStringLiteral("/nonexistent/probe"), {}, std::chrono::milliseconds(300));
    CHECK_FALSE(missing.finished);
}

TEST_CASE("The local source answers off the GUI thread with its probe's record", "[local]")
{
    FixedClock clock;
    std::atomic<bool> onGuiThread = true;
    LocalSource source(clock, [&onGuiThread](const QDateTime &now) {
        onGuiThread = QThread::currentThread() == QCoreApplication::instance()->thread();
        DeviceRecord record;
        record.source = QStringLiteral("local");
        record.recordId = QStringLiteral("host");
        record.lastSync = now;
        return record;
    });
    CHECK(source.id() == u"local");
    const auto result = await(source.fetch(QStringLiteral("alice@example.com")));
    REQUIRE(result.has_value());
    CHECK(result->source == u"local");
    CHECK(result->fetchedAt == clock.now());
    REQUIRE(result->records.hasValue());
    REQUIRE(result->records->size() == 1);
    CHECK(result->records->front().lastSync == clock.now());
    CHECK_FALSE(onGuiThread);
}

#ifdef Q_OS_LINUX
TEST_CASE("The Linux probes read this machine in time", "[local][linux]")
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ProbeOptions options;
    options.now = now;
    QElapsedTimer timer;
    timer.start();
    const DeviceRecord record = probeThisDevice(options);
    CHECK(timer.elapsed() < 30'000);

    CHECK(record.source == u"local");
    CHECK(record.platform == Platform::Linux);
    CHECK(record.name == QSysInfo::machineHostName());
    CHECK(record.lastSync == now);
    QFile osRelease(QStringLiteral("/etc/os-release"));
    if (osRelease.open(QIODevice::ReadOnly)) {
        const OsVersion expected = parseOsRelease(osRelease.readAll());
        CHECK(record.osName == expected.name);
        CHECK(record.osVersion == expected.version);
    }
    // Every reading is of now; whatever could not be told is simply absent.
    for (const Observation &observation : record.observations)
        CHECK(observation.updatedAt == now);
    // Hardware MACs only, canonical; never /etc/machine-id as a serial.
    for (const QString &mac : record.ids.macAddresses)
        CHECK(mac.size() == 17);
    QFile machineId(QStringLiteral("/etc/machine-id"));
    if (machineId.open(QIODevice::ReadOnly) && record.ids.serial)
        CHECK(*record.ids.serial != QString::fromLatin1(machineId.readAll().trimmed()));
}
#endif

TEST_CASE("Re-reading only this device keeps the other sources' last answers", "[local]")
{
    FixedClock clock;
    int localReads = 0;
    LocalSource local(clock, [&localReads](const QDateTime &now) {
        ++localReads;
        DeviceRecord record;
        record.source = QStringLiteral("local");
        record.recordId = QStringLiteral("host");
        record.platform = Platform::Linux;
        record.lastSync = now;
        record.observations.insert(
            PracticeKey::firewall,
            {localReads > 1 ? Observation::State::Passing : Observation::State::Failing, {}, now});
        return record;
    });
    // A backend that counts its fetches.
    struct CountingSource final : Source
    {
        int fetches = 0;
        QString id() const override { return QStringLiteral("jamf"); }
        QFuture<SourceResult> fetch(const QString &) override
        {
            ++fetches;
            return QtFuture::makeReadyFuture(
                SourceResult {QStringLiteral("jamf"), QList<DeviceRecord> {}, QDateTime()});
        }
    } backend;

    const Evaluator evaluator(PracticeCatalog::builtin(), Policy::builtin());
    StatusService status(evaluator, clock);
    status.setSources({&backend, &local});
    QList<Snapshot> snapshots;
    QObject::connect(&status, &StatusService::refreshed, &status,
                     [&](const Snapshot &snapshot) { snapshots.append(snapshot); });

    // Nothing to keep yet: everyone is asked.
    status.refreshOnly({QStringLiteral("local")});
    REQUIRE(Stethoscope::Testing::spinUntil([&] { return snapshots.size() == 1; }));
    CHECK(backend.fetches == 1);
    CHECK(localReads == 1);
    REQUIRE(snapshots.back().devices.size() == 1);
    CHECK(snapshots.back().devices.front().practices.value(PracticeKey::firewall).status
          == PracticeStatus::Warn);

    // Back from the settings: only the device is read again, and the fix shows.
    status.refreshOnly({QStringLiteral("local")});
    REQUIRE(Stethoscope::Testing::spinUntil([&] { return snapshots.size() == 2; }));
    CHECK(backend.fetches == 1);
    CHECK(localReads == 2);
    CHECK(snapshots.back().devices.front().practices.value(PracticeKey::firewall).status
          == PracticeStatus::Ok);
    CHECK(status.lastResults().size() == 2);

    status.refresh();
    REQUIRE(Stethoscope::Testing::spinUntil([&] { return snapshots.size() == 3; }));
    CHECK(backend.fetches == 2);
}
