#include "localprobes.h"

#include "localparsers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>

namespace Stethoscope::Sources::Local {

using Core::DeviceRecord;
using Core::Platform;
namespace PracticeKey = Core::PracticeKey;

namespace {

void observe(DeviceRecord &record, const QString &practice,
             std::optional<Core::Observation> observation, const QDateTime &now)
{
    if (!observation)
        return; // the probe could not tell: unknown
    observation->updatedAt = now;
    record.observations.insert(practice, *observation);
}

void applyOs(DeviceRecord &record, const OsVersion &os)
{
    record.osName = os.name;
    record.osVersion = os.version;
    record.osBuild = os.build;
}

// The output of a command that ran to its end with exit code 0.
std::optional<QByteArray> outputOf(const QString &program, const QStringList &arguments,
                                   std::chrono::milliseconds timeout)
{
    const CommandOutput output = runCommand(program, arguments, timeout);
    if (!output.finished || output.exitCode != 0)
        return std::nullopt;
    return output.out;
}

[[maybe_unused]] void identifyLinux(DeviceRecord &record)
{
    record.platform = Platform::Linux;
    // product_serial is readable by root only; /etc/machine-id is not a serial number.
    if (const auto serial = readSmallFile(QStringLiteral("/sys/class/dmi/id/product_serial"), 256))
        if (!serial->trimmed().isEmpty())
            record.ids.serial = QString::fromUtf8(serial->trimmed());
    QList<NetworkInterface> interfaces;
    const QDir net(QStringLiteral("/sys/class/net"));
    for (const QString &name : net.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const auto address = readSmallFile(net.filePath(name + QStringLiteral("/address")), 256);
        if (!address)
            continue;
        // Only interfaces backed by a device: no bridges, tunnels, veths or loopback.
        const bool hardware = QFileInfo::exists(net.filePath(name + QStringLiteral("/device")));
        interfaces.append({name, QString::fromLatin1(address->trimmed()), hardware});
    }
    addHardwareMacs(interfaces, record.ids);
}

[[maybe_unused]] std::optional<QString> serviceState(const QString &verb, const QString &unit,
                                                     std::chrono::milliseconds timeout)
{
    // Non-zero exit codes are normal here ("inactive" exits with 3); only the word counts.
    const CommandOutput output = runCommand(QStringLiteral("systemctl"), {verb, unit}, timeout);
    const QString word = QString::fromUtf8(output.out).trimmed();
    static const QStringList known {
        QStringLiteral("active"),     QStringLiteral("inactive"),     QStringLiteral("failed"),
        QStringLiteral("activating"), QStringLiteral("deactivating"), QStringLiteral("enabled"),
        QStringLiteral("disabled"),   QStringLiteral("static"),       QStringLiteral("masked"),
    };
    if (!output.finished || !known.contains(word))
        return std::nullopt;
    return word;
}

[[maybe_unused]] void probeLinux(DeviceRecord &record, const ProbeOptions &options)
{
    const auto timeout = options.commandTimeout;
    const QDateTime &now = options.now;

    auto osRelease = readSmallFile(QStringLiteral("/etc/os-release"));
    if (!osRelease)
        osRelease = readSmallFile(QStringLiteral("/usr/lib/os-release"));
    if (osRelease)
        applyOs(record, parseOsRelease(*osRelease));

    // Encryption: MOUNTPOINTS is util-linux 2.37+, MOUNTPOINT the older spelling.
    auto lsblk = outputOf(QStringLiteral("lsblk"),
                          {QStringLiteral("-J"), QStringLiteral("-o"),
                           QStringLiteral("NAME,TYPE,FSTYPE,MOUNTPOINTS")},
                          timeout);
    if (!lsblk)
        lsblk = outputOf(QStringLiteral("lsblk"),
                         {QStringLiteral("-J"), QStringLiteral("-o"),
                          QStringLiteral("NAME,TYPE,FSTYPE,MOUNTPOINT")},
                         timeout);
    if (lsblk)
        observe(record, PracticeKey::encryption, linuxEncryption(*lsblk), now);

    // Firewall: the live ruleset needs privileges; the frontends' files and states do not.
    LinuxFirewallInputs firewall;
    firewall.nftRuleset = outputOf(QStringLiteral("nft"),
                                   {QStringLiteral("list"), QStringLiteral("ruleset")}, timeout);
    firewall.ufwConf = readSmallFile(QStringLiteral("/etc/ufw/ufw.conf"));
    firewall.ufwDefaults = readSmallFile(QStringLiteral("/etc/default/ufw"));
    firewall.firewalldConf = readSmallFile(QStringLiteral("/etc/firewalld/firewalld.conf"));
    if (firewall.firewalldConf)
        firewall.firewalldState
            = serviceState(QStringLiteral("is-active"), QStringLiteral("firewalld"), timeout);
    firewall.nftablesConf = readSmallFile(QStringLiteral("/etc/nftables.conf"));
    if (!firewall.nftablesConf)
        firewall.nftablesConf = readSmallFile(QStringLiteral("/etc/sysconfig/nftables.conf"));
    if (firewall.nftablesConf)
        firewall.nftablesState
            = serviceState(QStringLiteral("is-active"), QStringLiteral("nftables"), timeout);
    observe(record, PracticeKey::firewall, linuxFirewall(firewall), now);

    // Automatic updates, and the security updates waiting.
    LinuxUpdateInputs updates;
    updates.hasApt = QFileInfo(QStringLiteral("/etc/apt")).isDir();
    if (updates.hasApt) {
        // APT reads apt.conf.d in name order, then apt.conf.
        const QDir parts(QStringLiteral("/etc/apt/apt.conf.d"));
        for (const QString &name : parts.entryList(QDir::Files, QDir::Name)) {
            if (const auto file = readSmallFile(parts.filePath(name)))
                updates.aptConfFiles.append(*file);
        }
        if (const auto main = readSmallFile(QStringLiteral("/etc/apt/apt.conf")))
            updates.aptConfFiles.append(*main);
        updates.unattendedUpgradesInstalled
            = QFileInfo::exists(QStringLiteral("/usr/bin/unattended-upgrade"));
    } else if (QFileInfo::exists(QStringLiteral("/usr/bin/dnf"))) {
        updates.dnfAutomaticTimer = serviceState(
            QStringLiteral("is-enabled"), QStringLiteral("dnf-automatic-install.timer"), timeout);
        if (updates.dnfAutomaticTimer != u"enabled")
            updates.dnfAutomaticTimer = serviceState(
                QStringLiteral("is-enabled"), QStringLiteral("dnf-automatic.timer"), timeout);
    }
    observe(record, PracticeKey::autoupdate, linuxAutoUpdate(updates), now);
    if (updates.hasApt) {
        std::optional<QDateTime> listsUpdated;
        const QDir lists(QStringLiteral("/var/lib/apt/lists"));
        for (const QFileInfo &file :
             lists.entryInfoList({QStringLiteral("*Release")}, QDir::Files)) {
            if (!listsUpdated || file.lastModified() > *listsUpdated)
                listsUpdated = file.lastModified().toUTC();
        }
        // A simulation reads the package lists only; it changes nothing and needs no lock.
        if (const auto simulation
            = outputOf(QStringLiteral("apt-get"),
                       {QStringLiteral("-s"), QStringLiteral("-o"),
                        QStringLiteral("Debug::NoLocking=true"), QStringLiteral("upgrade")},
                       timeout * 3)) {
            observe(record, PracticeKey::uptodate,
                    aptPendingSecurityUpdates(*simulation, listsUpdated, now), now);
        }
    }

    // Screen lock, from the desktop's own settings. No named desktop (a terminal over SSH)
    // still has GNOME's settings where GNOME is installed.
    switch (linuxDesktop(qEnvironmentVariable("XDG_CURRENT_DESKTOP"))) {
    case LinuxDesktop::Kde:
        observe(record, PracticeKey::screenlock,
                kdeScreenLock(
                    readSmallFile(QDir::homePath() + QStringLiteral("/.config/kscreenlockerrc"))),
                now);
        break;
    case LinuxDesktop::Gnome:
    case LinuxDesktop::None: {
        const auto lock
            = outputOf(QStringLiteral("gsettings"),
                       {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.screensaver"),
                        QStringLiteral("lock-enabled")},
                       timeout);
        const auto delay
            = outputOf(QStringLiteral("gsettings"),
                       {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.session"),
                        QStringLiteral("idle-delay")},
                       timeout);
        if (lock && delay)
            observe(record, PracticeKey::screenlock, gnomeScreenLock(*lock, *delay), now);
        break;
    }
    case LinuxDesktop::Other:
        break; // a desktop whose settings this app does not know: unknown
    }

    observe(record, PracticeKey::remotelogin,
            linuxRemoteLogin(readSmallFile(QStringLiteral("/proc/net/tcp"), 16 << 20),
                             readSmallFile(QStringLiteral("/proc/net/tcp6"), 16 << 20)),
            now);
}

[[maybe_unused]] void identifyMac(DeviceRecord &record, std::chrono::milliseconds timeout)
{
    record.platform = Platform::Mac;
    if (const auto ioreg = outputOf(QStringLiteral("/usr/sbin/ioreg"),
                                    {QStringLiteral("-rd1"), QStringLiteral("-c"),
                                     QStringLiteral("IOPlatformExpertDevice")},
                                    timeout))
        record.ids.serial = macSerial(*ioreg);
    if (const auto ports = outputOf(QStringLiteral("/usr/sbin/networksetup"),
                                    {QStringLiteral("-listallhardwareports")}, timeout))
        addHardwareMacs(macHardwarePorts(*ports), record.ids);
}

[[maybe_unused]] void probeMac(DeviceRecord &record, const ProbeOptions &options)
{
    const auto timeout = options.commandTimeout;
    const QDateTime &now = options.now;
    if (const auto swVers = outputOf(QStringLiteral("/usr/bin/sw_vers"), {}, timeout))
        applyOs(record, parseSwVers(*swVers));
    if (const auto status
        = outputOf(QStringLiteral("/usr/bin/fdesetup"), {QStringLiteral("status")}, timeout))
        observe(record, PracticeKey::encryption, macFileVault(*status), now);
    if (const auto state
        = outputOf(QStringLiteral("/usr/libexec/ApplicationFirewall/socketfilterfw"),
                   {QStringLiteral("--getglobalstate")}, timeout))
        observe(record, PracticeKey::firewall, macFirewall(*state), now);
    const QString updates = QStringLiteral("/Library/Preferences/com.apple.SoftwareUpdate");
    const auto install = runCommand(
        QStringLiteral("/usr/bin/defaults"),
        {QStringLiteral("read"), updates, QStringLiteral("AutomaticallyInstallMacOSUpdates")},
        timeout);
    const auto download = runCommand(
        QStringLiteral("/usr/bin/defaults"),
        {QStringLiteral("read"), updates, QStringLiteral("AutomaticDownload")}, timeout);
    if (install.finished)
        observe(record, PracticeKey::autoupdate,
                macAutoUpdate(install.exitCode == 0 ? install.out : QByteArray(),
                              download.exitCode == 0 ? download.out : QByteArray()),
                now);
    // sysadminctl writes its answer to standard error.
    const auto lock
        = runCommand(QStringLiteral("/usr/sbin/sysadminctl"),
                     {QStringLiteral("-screenLock"), QStringLiteral("status")}, timeout);
    if (lock.finished)
        observe(record, PracticeKey::screenlock, macScreenLock(lock.err + lock.out), now);
    const auto disabled
        = outputOf(QStringLiteral("/bin/launchctl"),
                   {QStringLiteral("print-disabled"), QStringLiteral("system")}, timeout);
    const auto netstat
        = outputOf(QStringLiteral("/usr/sbin/netstat"),
                   {QStringLiteral("-an"), QStringLiteral("-p"), QStringLiteral("tcp")}, timeout);
    if (disabled || netstat)
        observe(record, PracticeKey::remotelogin,
                macRemoteLogin(disabled.value_or(QByteArray()), netstat.value_or(QByteArray())),
                now);
}

[[maybe_unused]] void identifyWindows(DeviceRecord &record, std::chrono::milliseconds timeout)
{
    record.platform = Platform::Windows;
    if (const auto serial = outputOf(QStringLiteral("powershell.exe"),
                                     {QStringLiteral("-NoProfile"),
                                      QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
                                      QStringLiteral("(Get-CimInstance Win32_BIOS).SerialNumber")},
                                     timeout))
        record.ids.serial = windowsSerial(*serial);
    if (const auto adapters = outputOf(QStringLiteral("getmac.exe"),
                                       {QStringLiteral("/fo"), QStringLiteral("csv"),
                                        QStringLiteral("/nh"), QStringLiteral("/v")},
                                       timeout))
        addHardwareMacs(windowsAdapters(*adapters), record.ids);
}

[[maybe_unused]] void probeWindows(DeviceRecord &record, const ProbeOptions &options)
{
    const auto timeout = options.commandTimeout;
    const QDateTime &now = options.now;
    const auto reg = [timeout](const QStringList &arguments) {
        // reg query exits with 1 for a missing key; its message still says so.
        const CommandOutput output = runCommand(
            QStringLiteral("reg.exe"), QStringList {QStringLiteral("query")} + arguments, timeout);
        return output.finished ? std::optional<QByteArray>(output.out + output.err) : std::nullopt;
    };
    if (const auto ver = outputOf(QStringLiteral("cmd.exe"),
                                  {QStringLiteral("/c"), QStringLiteral("ver")}, timeout))
        applyOs(record, parseWindowsVer(*ver));
    // The system drive, as "C:" and nothing else: it becomes part of a command line.
    QString drive = qEnvironmentVariable("SystemDrive", QStringLiteral("C:")).toUpper();
    if (drive.size() != 2 || drive[1] != u':' || drive[0] < u'A' || drive[0] > u'Z')
        drive = QStringLiteral("C:");
    // manage-bde answers only to administrators (with the percentage while encrypting);
    // otherwise the parser sees "denied" and the shell property Explorer's padlock reads
    // answers instead.
    const auto bitlocker
        = runCommand(QStringLiteral("manage-bde.exe"), {QStringLiteral("-status"), drive}, timeout);
    auto encryption
        = bitlocker.finished ? windowsBitLocker(bitlocker.out + bitlocker.err) : std::nullopt;
    if (!encryption) {
        const QString script
            = QStringLiteral("(New-Object -ComObject Shell.Application).NameSpace('%1\\')"
                             ".Self.ExtendedProperty('System.Volume.BitLockerProtection')")
                  .arg(drive);
        if (const auto property
            = outputOf(QStringLiteral("powershell.exe"),
                       {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                        QStringLiteral("-Command"), script},
                       timeout))
            encryption = windowsBitLockerProtection(*property);
    }
    observe(record, PracticeKey::encryption, encryption, now);
    if (const auto firewall = outputOf(QStringLiteral("netsh.exe"),
                                       {QStringLiteral("advfirewall"), QStringLiteral("show"),
                                        QStringLiteral("allprofiles"), QStringLiteral("state")},
                                       timeout))
        observe(record, PracticeKey::firewall, windowsFirewall(*firewall), now);
    if (const auto policy
        = reg({QStringLiteral("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU")}))
        observe(record, PracticeKey::autoupdate, windowsUpdatePolicy(*policy), now);
    if (const auto desktop = reg({QStringLiteral("HKCU\\Control Panel\\Desktop")}))
        observe(record, PracticeKey::screenlock, windowsScreenLock(*desktop), now);
    if (const auto rdp
        = reg({QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server"),
               QStringLiteral("/v"), QStringLiteral("fDenyTSConnections")}))
        observe(record, PracticeKey::remotelogin, windowsRemoteDesktop(*rdp), now);
}

void identify(DeviceRecord &record, [[maybe_unused]] std::chrono::milliseconds timeout)
{
    record.source = QStringLiteral("local");
    record.name = QSysInfo::machineHostName();
    record.recordId = QSysInfo::machineHostName();
#if defined(Q_OS_MACOS)
    identifyMac(record, timeout);
#elif defined(Q_OS_WIN)
    identifyWindows(record, timeout);
#elif defined(Q_OS_LINUX)
    identifyLinux(record);
#endif
}

} // namespace

CommandOutput runCommand(const QString &program, const QStringList &arguments,
                         std::chrono::milliseconds timeout)
{
    QProcess process;
    // The C locale, so that the parsers see the words they know.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments, QIODevice::ReadOnly);
    CommandOutput output;
    if (!process.waitForStarted(int(timeout.count())))
        return output;
    if (!process.waitForFinished(int(timeout.count()))) {
        process.kill();
        process.waitForFinished(1000);
        return output;
    }
    output.finished = process.exitStatus() == QProcess::NormalExit;
    output.exitCode = process.exitCode();
    output.out = process.readAllStandardOutput();
    output.err = process.readAllStandardError();
    return output;
}

std::optional<QByteArray> readSmallFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Files under /proc and /sys report no size: read up to the limit and look for more.
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit || file.error() != QFileDevice::NoError)
        return std::nullopt;
    return bytes;
}

Core::DeviceRecord probeIdentity()
{
    DeviceRecord record;
    identify(record, std::chrono::milliseconds(4000));
    return record;
}

Core::DeviceRecord probeThisDevice(const ProbeOptions &options)
{
    DeviceRecord record;
    identify(record, options.commandTimeout);
    record.lastSync = options.now;
#if defined(Q_OS_MACOS)
    probeMac(record, options);
#elif defined(Q_OS_WIN)
    probeWindows(record, options);
#elif defined(Q_OS_LINUX)
    probeLinux(record, options);
#endif
    return record;
}

} // namespace Stethoscope::Sources::Local
