#include "catch.h"

#include "policy.h"
#include "recordbuilder.h"
#include "snapshotbuilder.h"
#include "statusmonitor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Stethoscope;
using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;
using Desktop::StatusMonitor;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return time; }
    QDateTime time = testNow;
};

// alice's Mac from Jamf (firewall off when asked), her PC from LANDESK.
Snapshot refresh(const QDateTime &now, bool firewallOff, bool jamfDown = false)
{
    const Evaluator evaluator(PracticeCatalog::builtin(), Policy::builtin());
    QList<SourceResult> results;
    if (jamfDown) {
        results.append({QStringLiteral("jamf"),
                        Error {Error::Category::Network, QStringLiteral("Jamf is down."), {}},
                        now});
    } else {
        auto mac = RecordBuilder(u"jamf", u"1")
                       .name(u"alice-mbp")
                       .platform(Platform::Mac)
                       .serial(u"C02ZK1ABMD6M")
                       .passing(PracticeKey::screenlock);
        if (firewallOff)
            mac.failing(PracticeKey::firewall);
        else
            mac.passing(PracticeKey::firewall);
        results.append({QStringLiteral("jamf"), QList<DeviceRecord> {mac}, now});
    }
    results.append({QStringLiteral("landesk"),
                    QList<DeviceRecord> {RecordBuilder(u"landesk", u"2")
                                             .name(u"ALICE-PC")
                                             .platform(Platform::Windows)
                                             .serial(u"PF4XK2LM")
                                             .passing(PracticeKey::encryption)},
                    now});
    return buildSnapshot(results, evaluator, {QStringLiteral("alice@example.com"), now, {}});
}

struct Files
{
    QTemporaryDir dir;
    StatusMonitor::Files paths() const
    {
        return {dir.filePath(QStringLiteral("snapshot.json")),
                dir.filePath(QStringLiteral("alerts.json")),
                dir.filePath(QStringLiteral("inbox.json")),
                dir.filePath(QStringLiteral("reported.json"))};
    }
};

} // namespace

TEST_CASE("The last status is shown at start from the cache, marked as such", "[monitor]")
{
    Files files;
    FixedClock clock;
    {
        StatusMonitor first(clock, files.paths());
        first.restore();
        CHECK_FALSE(first.view().hasSnapshot());
        first.refreshed(refresh(clock.now(), true));
        CHECK_FALSE(first.view().fromCache);
    }
    clock.time = testNow.addSecs(3 * 3600);
    StatusMonitor second(clock, files.paths());
    QSignalSpy changed(&second, &StatusMonitor::changed);
    second.restore();
    REQUIRE(changed.count() == 1);
    CHECK(second.view().fromCache);
    CHECK(second.view().snapshot.generatedAt == testNow);
    CHECK(second.view().snapshot.overall == Rating::Critical); // the firewall, as last known
}

TEST_CASE("A restart tells nothing new about an unchanged status", "[monitor]")
{
    Files files;
    FixedClock clock;
    {
        StatusMonitor first(clock, files.paths());
        QSignalSpy notify(&first, &StatusMonitor::notify);
        first.restore();
        first.refreshed(refresh(clock.now(), true));
        REQUIRE(notify.count() == 1); // the firewall, once
    }
    clock.time = testNow.addSecs(3600);
    StatusMonitor second(clock, files.paths());
    QSignalSpy notify(&second, &StatusMonitor::notify);
    second.restore();
    second.refreshed(refresh(clock.now(), true));
    CHECK(notify.isEmpty());
}

TEST_CASE("An outage keeps the backend's devices and brings no storm when it ends", "[monitor]")
{
    Files files;
    FixedClock clock;
    StatusMonitor monitor(clock, files.paths());
    QSignalSpy notify(&monitor, &StatusMonitor::notify);
    monitor.restore();
    monitor.refreshed(refresh(clock.now(), true));
    REQUIRE(notify.count() == 1);

    clock.time = testNow.addSecs(3600);
    monitor.refreshed(refresh(clock.now(), true, true));
    const auto &sources = monitor.view().snapshot.sources;
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].state == SourceStatus::State::Stale);
    CHECK(sources[0].reportedAt == testNow);
    CHECK(monitor.view().snapshot.devices.size() == 2); // the Mac is still shown
    CHECK(monitor.view().snapshot.overall == Rating::Critical); // never a false green

    clock.time = testNow.addSecs(7200);
    monitor.refreshed(refresh(clock.now(), true));
    CHECK(notify.count() == 1);
}

TEST_CASE("A damaged cache is set aside and the app starts afresh", "[monitor]")
{
    Files files;
    FixedClock clock;
    const auto paths = files.paths();
    for (const QString &path : {paths.snapshot, paths.alerts}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 1, \"devices\": [tru");
    }
    StatusMonitor monitor(clock, paths);
    QSignalSpy changed(&monitor, &StatusMonitor::changed);
    monitor.restore();
    CHECK(changed.isEmpty());
    CHECK_FALSE(monitor.view().hasSnapshot());
    CHECK(QFile::exists(paths.snapshot + QStringLiteral(".damaged")));
    CHECK(QFile::exists(paths.alerts + QStringLiteral(".damaged")));

    monitor.refreshed(refresh(clock.now(), false));
    CHECK(monitor.view().snapshot.overall == Rating::Ok);
    CHECK(QFile::exists(paths.snapshot));
}

TEST_CASE("Snooze holds notifications back; resuming tells what is still true", "[monitor]")
{
    Files files;
    FixedClock clock;
    StatusMonitor monitor(clock, files.paths());
    QSignalSpy notify(&monitor, &StatusMonitor::notify);
    monitor.restore();
    monitor.snoozeUntil(clock.now().addSecs(3600));
    CHECK(monitor.snoozedUntil() == clock.now().addSecs(3600));
    monitor.refreshed(refresh(clock.now(), true));
    CHECK(notify.isEmpty());

    monitor.snoozeUntil(QDateTime()); // resume
    CHECK_FALSE(monitor.snoozedUntil().has_value());
    REQUIRE(notify.count() == 1);
    const auto told = notify[0][0].value<QList<Notification>>();
    REQUIRE(told.size() == 1);
    CHECK(told[0].alerts[0].practice == PracticeKey::firewall);
}

TEST_CASE("Alerts are kept in the inbox and thanked for once when they recover", "[monitor]")
{
    Files files;
    FixedClock clock;
    {
        StatusMonitor monitor(clock, files.paths());
        monitor.restore();
        monitor.refreshed(refresh(clock.now(), true));
        REQUIRE(monitor.view().alerts.size() == 1);
        CHECK(monitor.view().alerts[0].practice == PracticeKey::firewall);
        CHECK(monitor.view().openAlerts() == 1);
        CHECK(monitor.snoozeAlert(monitor.view().alerts[0].id, clock.now().addSecs(3600)));
        CHECK(monitor.view().openAlerts() == 0);
    }
    // After a restart the inbox is as it was, and the recovery is thanked for once.
    clock.time = testNow.addSecs(2 * 3600);
    StatusMonitor monitor(clock, files.paths());
    QSignalSpy recovered(&monitor, &StatusMonitor::recovered);
    monitor.restore();
    REQUIRE(monitor.view().alerts.size() == 1);
    CHECK(monitor.view().alerts[0].state == InboxAlert::State::Snoozed);
    monitor.refreshed(refresh(clock.now(), false));
    REQUIRE(recovered.count() == 1);
    CHECK(monitor.view().alerts[0].state == InboxAlert::State::Resolved);
    monitor.refreshed(refresh(clock.now().addSecs(60), false));
    CHECK(recovered.count() == 1);
}

TEST_CASE("A device reported to IT stops driving the status, also after a restart", "[monitor]")
{
    Files files;
    FixedClock clock;
    QString macId;
    {
        StatusMonitor monitor(clock, files.paths());
        monitor.restore();
        const Snapshot first = refresh(clock.now(), true);
        monitor.refreshed(first);
        REQUIRE(monitor.view().snapshot.overall == Rating::Critical);
        for (const Device &device : monitor.view().snapshot.devices) {
            if (device.name == u"alice-mbp")
                macId = device.id;
        }
        REQUIRE_FALSE(macId.isEmpty());
        const auto reported = monitor.reportDevice(macId, DeviceReport::Reason::NotMine);
        REQUIRE(reported.has_value());
        CHECK(reported->name == u"alice-mbp");
        CHECK(monitor.view().snapshot.overall == Rating::Ok); // the PC alone
        REQUIRE(monitor.view().reported.size() == 1);
        CHECK(monitor.view().reported[0].id == macId);
        CHECK(monitor.view().alerts.isEmpty()); // its alert went with it
        CHECK_FALSE(
            monitor.reportDevice(QStringLiteral("no-such-device"), DeviceReport::Reason::NotMine));
    }
    StatusMonitor monitor(clock, files.paths());
    QSignalSpy notify(&monitor, &StatusMonitor::notify);
    monitor.restore();
    CHECK(monitor.view().snapshot.overall == Rating::Ok);
    monitor.refreshed(refresh(clock.now(), true)); // same data: still reported, still quiet
    CHECK(monitor.view().snapshot.overall == Rating::Ok);
    CHECK(notify.isEmpty());
}

namespace {

QByteArray monitorLog;

void captureMonitorLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "stethoscope.desktop.status")
        monitorLog += message.toUtf8() + '\n';
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Each damaged state file is set aside with a log line, and the rest carries on",
          "[monitor][files]")
{
    const int which = GENERATE(0, 1, 2, 3);
    const std::string damage
        = GENERATE(as<std::string> {}, "corrupt", "truncated", "from a newer version");
    const char *const names[] = {"the cache", "the alert state", "the inbox", "the reports"};
    DYNAMIC_SECTION(names[which] << ", " << damage)
    {
        Files files;
        FixedClock clock;
        const auto paths = files.paths();
        const QStringList all {paths.snapshot, paths.alerts, paths.inbox, paths.reported};
        {
            // A firewall alert about the Mac, and the PC reported as not hers: all four files.
            StatusMonitor monitor(clock, paths);
            monitor.restore();
            monitor.refreshed(refresh(clock.now(), true));
            QString pcId;
            for (const Device &device : monitor.view().snapshot.devices) {
                if (device.name == u"ALICE-PC")
                    pcId = device.id;
            }
            REQUIRE(monitor.reportDevice(pcId, DeviceReport::Reason::NotMine).has_value());
        }
        QHash<QString, QByteArray> before;
        for (const QString &path : all) {
            before.insert(path, readAll(path));
            REQUIRE_FALSE(before.value(path).isEmpty());
        }

        const QString target = all.at(which);
        QByteArray damaged = before.value(target);
        if (damage == "corrupt") {
            damaged = QByteArrayLiteral("\x00\x01 not what we wrote {");
        } else if (damage == "truncated") {
            damaged.truncate(damaged.size() / 2);
        } else {
            const qsizetype at = damaged.indexOf("\"schema\"");
            REQUIRE(at >= 0);
            const qsizetype digit = damaged.indexOf('1', at);
            REQUIRE(digit > at);
            damaged.replace(digit, 1, "99");
        }
        {
            QFile file(target);
            REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damaged);
        }

        monitorLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMonitorLog);
        StatusMonitor monitor(clock, paths);
        monitor.restore();
        qInstallMessageHandler(previous);

        // Set aside whole (for a bug report), with a line in the log that says where.
        CHECK_FALSE(QFile::exists(target));
        CHECK(readAll(target + QStringLiteral(".damaged")) == damaged);
        CHECK(monitorLog.contains(QString(target + QStringLiteral(".damaged")).toUtf8()));
        // The other files are untouched and still count.
        for (const QString &path : all) {
            if (path == target)
                continue;
            CHECK(readAll(path) == before.value(path));
            CHECK_FALSE(QFile::exists(path + QStringLiteral(".damaged")));
        }
        const qsizetype reports = target == paths.reported ? 0 : 1;
        CHECK(monitor.view().hasSnapshot() == (target != paths.snapshot));
        if (target != paths.snapshot)
            CHECK(monitor.view().reports.size() == reports);
        if (target == paths.inbox)
            CHECK(monitor.view().alerts.isEmpty());

        // The next refresh writes a good file again (the reports only once there is one).
        monitor.refreshed(refresh(clock.now(), true));
        if (target != paths.reported)
            CHECK(QFile::exists(target));
        CHECK(readAll(target) != damaged);
        CHECK(monitor.view().reports.size() == reports); // what was reported stays reported
    }
}
