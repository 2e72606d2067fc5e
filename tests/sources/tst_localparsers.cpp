// The local probes' parsers, on outputs captured from real machines of the three platforms.
#include "catch.h"

#include "local/localparsers.h"

#include <QFile>

using namespace Stethoscope::Core;
using namespace Stethoscope::Sources::Local;

namespace {

QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(STETHOSCOPE_TEST_DATA "/local/") + name);
    INFO("reading " << name.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// "passing", "in progress", "failing", or "unknown" when the parser could not tell.
std::string verdict(const std::optional<Observation> &observation)
{
    if (!observation)
        return "unknown";
    switch (observation->state) {
    case Observation::State::Passing:
        return "passing";
    case Observation::State::InProgress:
        return "in progress";
    case Observation::State::Failing:
        return "failing";
    }
    return "?";
}

std::string details(const std::optional<Observation> &observation)
{
    return observation ? observation->details.toStdString() : std::string();
}

} // namespace

TEST_CASE("Linux: os-release gives the distribution's name and version", "[local][linux]")
{
    const OsVersion debian = parseOsRelease(testData(QStringLiteral("linux/os-release-debian")));
    CHECK(debian.name == u"Debian GNU/Linux");
    CHECK(debian.version == u"12");
    const OsVersion ubuntu = parseOsRelease(testData(QStringLiteral("linux/os-release-ubuntu")));
    CHECK(ubuntu.name == u"Ubuntu");
    CHECK(ubuntu.version == u"24.04");
    CHECK_FALSE(parseOsRelease("no equals sign here\n\0\xff").version.has_value());
}

TEST_CASE("Linux: encryption is LUKS under / and a separate /home", "[local][linux]")
{
    const auto luks = linuxEncryption(testData(QStringLiteral("linux/lsblk-luks.json")));
    CHECK(verdict(luks) == "passing");
    CHECK_THAT(details(luks), Catch::Matchers::Contains("home"));

    // Root encrypted, /home on a plain partition: the employee's files are exposed.
    const auto home = linuxEncryption(testData(QStringLiteral("linux/lsblk-plain-home.json")));
    CHECK(verdict(home) == "failing");
    CHECK_THAT(details(home), Catch::Matchers::Contains("/home is on sda2"));

    CHECK(verdict(linuxEncryption(testData(QStringLiteral("linux/lsblk-vm.json")))) == "failing");
    // No / among the block devices (a container): cannot tell.
    CHECK(verdict(linuxEncryption(testData(QStringLiteral("linux/lsblk-container.json"))))
          == "unknown");
    CHECK(verdict(linuxEncryption("{\"blockdevices\": [{\"children\": 7}]")) == "unknown");
    CHECK(verdict(linuxEncryption("")) == "unknown");
}

TEST_CASE("Linux: the firewall must drop incoming connections by default", "[local][linux]")
{
    SECTION("a readable nftables ruleset decides")
    {
        CHECK(nftDefaultDenyInput(testData(QStringLiteral("linux/nft-firewalld.txt"))) == true);
        CHECK(nftDefaultDenyInput(testData(QStringLiteral("linux/nft-policy-drop.txt"))) == true);
        CHECK(nftDefaultDenyInput(testData(QStringLiteral("linux/nftables-debian-default.conf")))
              == false);
        CHECK_FALSE(nftDefaultDenyInput("").has_value());

        LinuxFirewallInputs inputs;
        inputs.nftRuleset = QByteArray();
        CHECK(verdict(linuxFirewall(inputs)) == "failing");
        inputs.nftRuleset = testData(QStringLiteral("linux/nft-policy-drop.txt"));
        CHECK(verdict(linuxFirewall(inputs)) == "passing");
    }
    SECTION("ufw, from its files, without root")
    {
        LinuxFirewallInputs inputs;
        inputs.ufwConf = testData(QStringLiteral("linux/ufw.conf-enabled"));
        inputs.ufwDefaults = testData(QStringLiteral("linux/default-ufw"));
        CHECK(verdict(linuxFirewall(inputs)) == "passing");
        inputs.ufwDefaults = QByteArray("DEFAULT_INPUT_POLICY=\"ACCEPT\"\n");
        CHECK(verdict(linuxFirewall(inputs)) == "failing");
        inputs.ufwConf = testData(QStringLiteral("linux/ufw.conf-disabled"));
        CHECK(verdict(linuxFirewall(inputs)) == "failing");
        CHECK_THAT(details(linuxFirewall(inputs)), Catch::Matchers::Contains("turned off"));
    }
    SECTION("firewalld and nftables by their service state")
    {
        LinuxFirewallInputs inputs;
        inputs.firewalldConf = QByteArray("DefaultZone=public\n");
        inputs.firewalldState = QStringLiteral("active");
        CHECK(verdict(linuxFirewall(inputs)) == "passing");
        inputs.firewalldConf = QByteArray("DefaultZone=trusted\n");
        CHECK(verdict(linuxFirewall(inputs)) == "failing");
        inputs.firewalldState = std::nullopt; // no service manager to ask
        CHECK(verdict(linuxFirewall(inputs)) == "unknown");

        LinuxFirewallInputs nftables;
        nftables.nftablesConf = testData(QStringLiteral("linux/nftables-debian-default.conf"));
        nftables.nftablesState = QStringLiteral("active");
        CHECK(verdict(linuxFirewall(nftables)) == "failing");
        nftables.nftablesState = QStringLiteral("inactive");
        CHECK(verdict(linuxFirewall(nftables)) == "failing");
    }
    SECTION("nothing installed at all")
    {
        const auto none = linuxFirewall({});
        CHECK(verdict(none) == "failing");
        CHECK_THAT(details(none), Catch::Matchers::Contains("No firewall"));
    }
}

TEST_CASE("Linux: automatic updates from APT's configuration or dnf-automatic", "[local][linux]")
{
    const QByteArray on = testData(QStringLiteral("linux/20auto-upgrades"));
    const QByteArray nestedOff = testData(QStringLiteral("linux/99-nested-off"));
    const QString key = QStringLiteral("APT::Periodic::Unattended-Upgrade");
    CHECK(aptConfigValue({on}, key) == u"1");
    CHECK(aptConfigValue({on, nestedOff}, key) == u"0"); // the later file wins
    CHECK_FALSE(aptConfigValue({"APT::Other \"1\";"}, key).has_value());

    LinuxUpdateInputs apt;
    apt.hasApt = true;
    apt.aptConfFiles = {on};
    apt.unattendedUpgradesInstalled = true;
    CHECK(verdict(linuxAutoUpdate(apt)) == "passing");
    apt.unattendedUpgradesInstalled = false;
    CHECK(verdict(linuxAutoUpdate(apt)) == "failing");
    apt.unattendedUpgradesInstalled = true;
    apt.aptConfFiles = {on, nestedOff};
    CHECK(verdict(linuxAutoUpdate(apt)) == "failing");

    LinuxUpdateInputs dnf;
    dnf.dnfAutomaticTimer = QStringLiteral("enabled");
    CHECK(verdict(linuxAutoUpdate(dnf)) == "passing");
    dnf.dnfAutomaticTimer = QStringLiteral("disabled");
    CHECK(verdict(linuxAutoUpdate(dnf)) == "failing");
    CHECK(verdict(linuxAutoUpdate({})) == "unknown");
}

TEST_CASE("Linux: waiting security updates, only from fresh package lists", "[local][linux]")
{
    const QDateTime now(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
    const auto pending = aptPendingSecurityUpdates(
        testData(QStringLiteral("linux/apt-simulate-security.txt")), now.addDays(-1), now);
    CHECK(verdict(pending) == "failing");
    CHECK_THAT(details(pending), Catch::Matchers::Contains("2 security update"));
    CHECK(verdict(aptPendingSecurityUpdates(
              testData(QStringLiteral("linux/apt-simulate-current.txt")), now.addDays(-1), now))
          == "passing");
    // Lists a month old would hide what came out since.
    CHECK(verdict(aptPendingSecurityUpdates(
              testData(QStringLiteral("linux/apt-simulate-current.txt")), now.addDays(-30), now))
          == "unknown");
    CHECK(verdict(aptPendingSecurityUpdates("E: Could not open lock file", now, now)) == "unknown");
}

TEST_CASE("Linux: screen lock from GNOME's or KDE's settings", "[local][linux]")
{
    CHECK(verdict(gnomeScreenLock("true\n", "uint32 300\n")) == "passing");
    CHECK_THAT(details(gnomeScreenLock("true\n", "uint32 300\n")),
               Catch::Matchers::Contains("5 minute"));
    CHECK(verdict(gnomeScreenLock("false\n", "uint32 300\n")) == "failing");
    CHECK(verdict(gnomeScreenLock("true\n", "uint32 0\n")) == "failing");
    CHECK(verdict(gnomeScreenLock("No such schema", "")) == "unknown");

    CHECK(verdict(kdeScreenLock(testData(QStringLiteral("linux/kscreenlockerrc")))) == "failing");
    CHECK(verdict(kdeScreenLock(std::nullopt)) == "passing"); // Plasma's defaults
    CHECK(verdict(kdeScreenLock(QByteArray("[Daemon]\nTimeout=0\n"))) == "failing");

    CHECK(linuxDesktop(QStringLiteral("ubuntu:GNOME")) == LinuxDesktop::Gnome);
    CHECK(linuxDesktop(QStringLiteral("KDE")) == LinuxDesktop::Kde);
    CHECK(linuxDesktop(QStringLiteral("XFCE")) == LinuxDesktop::Other);
    CHECK(linuxDesktop(QString()) == LinuxDesktop::None);
}

TEST_CASE("Linux: remote login is an SSH listener on port 22", "[local][linux]")
{
    const QByteArray sshd = testData(QStringLiteral("linux/proc-net-tcp-sshd"));
    const QByteArray quiet = testData(QStringLiteral("linux/proc-net-tcp-quiet"));
    CHECK(verdict(linuxRemoteLogin(sshd, quiet)) == "failing");
    CHECK(verdict(linuxRemoteLogin(quiet, sshd)) == "failing"); // IPv6 only counts too
    // An established connection to port 22 elsewhere is not a listener.
    CHECK(verdict(linuxRemoteLogin(quiet, quiet)) == "passing");
    CHECK(verdict(linuxRemoteLogin(std::nullopt, std::nullopt)) == "unknown");
    CHECK_FALSE(linuxListensOn("garbage", 22).has_value());
}

TEST_CASE("Identity: only hardware interfaces give MAC addresses", "[local]")
{
    DeviceIdentifiers ids;
    addHardwareMacs({{QStringLiteral("eth0"), QStringLiteral("02:fc:00:00:00:01\n"), true},
                     {QStringLiteral("docker0"), QStringLiteral("02:42:ac:11:00:02"), false},
                     {QStringLiteral("wlan0"), QStringLiteral("not a mac"), true}},
                    ids);
    CHECK(ids.macAddresses == QStringList {QStringLiteral("02:FC:00:00:00:01")});

    const auto mac
        = macHardwarePorts(testData(QStringLiteral("mac/networksetup-listallhardwareports.txt")));
    DeviceIdentifiers macIds;
    addHardwareMacs(mac, macIds);
    CHECK(
        macIds.macAddresses
        == QStringList {QStringLiteral("3C:22:FB:91:0A:5E"), QStringLiteral("3C:22:FB:91:0A:60")});
    CHECK(macSerial(testData(QStringLiteral("mac/ioreg-platform.txt"))) == u"C02ZK1ABMD6M");
    CHECK_FALSE(macSerial("nothing").has_value());

    DeviceIdentifiers windowsIds;
    addHardwareMacs(windowsAdapters(testData(QStringLiteral("windows/getmac.csv"))), windowsIds);
    CHECK(
        windowsIds.macAddresses
        == QStringList {QStringLiteral("00:1A:2B:3C:4D:5E"), QStringLiteral("A4:83:E7:12:34:56")});
    CHECK(windowsSerial(testData(QStringLiteral("windows/bios-serial.txt"))) == u"PF3ABCDE");
}

TEST_CASE("macOS: FileVault, firewall, updates, screen lock, version and Remote Login",
          "[local][mac]")
{
    CHECK(verdict(macFileVault(testData(QStringLiteral("mac/fdesetup-on.txt")))) == "passing");
    CHECK(verdict(macFileVault(testData(QStringLiteral("mac/fdesetup-off.txt")))) == "failing");
    const auto encrypting = macFileVault(testData(QStringLiteral("mac/fdesetup-encrypting.txt")));
    CHECK(verdict(encrypting) == "in progress");
    CHECK_THAT(details(encrypting), Catch::Matchers::Contains("37.4"));
    CHECK(verdict(macFileVault("fdesetup: command not found")) == "unknown");

    CHECK(verdict(macFirewall(testData(QStringLiteral("mac/socketfilterfw-on.txt")))) == "passing");
    CHECK(verdict(macFirewall(testData(QStringLiteral("mac/socketfilterfw-off.txt"))))
          == "failing");

    CHECK(verdict(macAutoUpdate("1\n", "1\n")) == "passing");
    CHECK(verdict(macAutoUpdate("0\n", "1\n")) == "failing");
    CHECK(verdict(macAutoUpdate("", "")) == "unknown");

    CHECK(verdict(macScreenLock(testData(QStringLiteral("mac/sysadminctl-delay.txt"))))
          == "passing");
    CHECK(verdict(macScreenLock(testData(QStringLiteral("mac/sysadminctl-off.txt")))) == "failing");

    const OsVersion os = parseSwVers(testData(QStringLiteral("mac/sw_vers.txt")));
    CHECK(os.name == u"macOS");
    CHECK(os.version == u"14.4.1");
    CHECK(os.build == u"23E224");

    const QByteArray disabled = testData(QStringLiteral("mac/launchctl-print-disabled.txt"));
    CHECK(verdict(macRemoteLogin(disabled, testData(QStringLiteral("mac/netstat-quiet.txt"))))
          == "passing");
    CHECK(verdict(macRemoteLogin(disabled, testData(QStringLiteral("mac/netstat-sshd.txt"))))
          == "failing");
    CHECK(verdict(macRemoteLogin("", "")) == "unknown");
}

TEST_CASE("Windows: BitLocker, firewall, update policy, screen saver, version and RDP",
          "[local][windows]")
{
    CHECK(verdict(windowsBitLocker(testData(QStringLiteral("windows/manage-bde-on.txt"))))
          == "passing");
    CHECK(verdict(windowsBitLocker(testData(QStringLiteral("windows/manage-bde-off.txt"))))
          == "failing");
    // Not an administrator: unknown, never a failure.
    CHECK(verdict(windowsBitLocker(testData(QStringLiteral("windows/manage-bde-denied.txt"))))
          == "unknown");
    // Without administrator rights: the shell property Explorer's padlock shows.
    CHECK(verdict(windowsBitLockerProtection("1\r\n")) == "passing");
    CHECK(verdict(windowsBitLockerProtection("6\r\n")) == "passing");
    CHECK(verdict(windowsBitLockerProtection("2\r\n")) == "failing");
    CHECK(verdict(windowsBitLockerProtection("3\r\n")) == "in progress");
    for (const char *unclear : {"", "0", "5", "8", "\r\n", "On", "1 2", "99999999999999"}) {
        INFO(unclear);
        CHECK(verdict(windowsBitLockerProtection(unclear)) == "unknown");
    }

    const auto firewall
        = windowsFirewall(testData(QStringLiteral("windows/netsh-allprofiles.txt")));
    CHECK(verdict(firewall) == "failing");
    CHECK_THAT(details(firewall), Catch::Matchers::Contains("Public"));
    CHECK(verdict(windowsFirewall(testData(QStringLiteral("windows/netsh-allprofiles-on.txt"))))
          == "passing");
    CHECK(verdict(windowsFirewall("Der Befehl wurde nicht gefunden")) == "unknown");

    CHECK(verdict(windowsUpdatePolicy(testData(QStringLiteral("windows/reg-au-notify.txt"))))
          == "failing");
    CHECK(verdict(windowsUpdatePolicy(testData(QStringLiteral("windows/reg-missing.txt"))))
          == "passing");
    CHECK(verdict(windowsUpdatePolicy("\r\nHKEY_LOCAL_MACHINE\\x\r\n    NoAutoUpdate    "
                                      "REG_DWORD    0x1\r\n"))
          == "failing");

    const auto lock = windowsScreenLock(testData(QStringLiteral("windows/reg-desktop.txt")));
    CHECK(verdict(lock) == "passing");
    CHECK_THAT(details(lock), Catch::Matchers::Contains("10 minute"));
    CHECK(parseRegQuery(testData(QStringLiteral("windows/reg-desktop.txt")))
              .value(QStringLiteral("WallPaper"))
          == u"C:\\Users\\alice\\Pictures\\lake view.jpg");
    CHECK(verdict(windowsScreenLock(testData(QStringLiteral("windows/reg-missing.txt"))))
          == "unknown");

    CHECK(verdict(windowsRemoteDesktop(testData(QStringLiteral("windows/reg-terminal-server.txt"))))
          == "failing");
    CHECK(verdict(windowsRemoteDesktop("    fDenyTSConnections    REG_DWORD    0x1\n"))
          == "passing");

    const OsVersion os = parseWindowsVer(testData(QStringLiteral("windows/ver.txt")));
    CHECK(os.name == u"Windows 11");
    CHECK(os.version == u"10.0.22631");
    CHECK(os.build == u"22631.3447");
}
