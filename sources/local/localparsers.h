#pragma once

#include "devicerecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Pure parsers for what the local probes read: the text of one command's output or one file in,
// an observation or a few fields out. They never run anything and never crash on any input. A
// parser that cannot tell answers std::nullopt, which leaves the practice unknown: never a
// guess. The observation's time is left empty; the source stamps it with the time of the probe.
namespace Stethoscope::Sources::Local {

using Core::Observation;

// A parser's finding; the source stamps its time.
inline Observation observe(Observation::State state, const QString &details)
{
    return Observation {state, details, std::nullopt};
}

// What the operating system says about itself.
struct OsVersion
{
    std::optional<QString> name; // "Debian GNU/Linux", "macOS", "Windows 11"
    std::optional<QString> version; // "12", "14.4.1", "10.0.22631"
    std::optional<QString> build; // "23E224", "22631.3447"
};

// A network interface as the system lists it.
struct NetworkInterface
{
    QString name; // "eth0", "en0", "Ethernet"
    QString address; // as printed
    bool hardware = true; // backed by a physical device (not a bridge, tunnel or loopback)
};

// Adds the hardware interfaces' MAC addresses to `ids`.
void addHardwareMacs(const QList<NetworkInterface> &interfaces, Core::DeviceIdentifiers &ids);

// Whether a TCP listener is on `port`, from /proc/net/tcp or /proc/net/tcp6 (Linux) or the
// output of `netstat -an -p tcp` (macOS) / `netstat -an -p TCP` (Windows).
std::optional<bool> linuxListensOn(QByteArrayView procNetTcp, int port);
std::optional<bool> netstatListensOn(QByteArrayView netstat, int port);

// ---- Linux ------------------------------------------------------------------------------

// /etc/os-release (or /usr/lib/os-release).
OsVersion parseOsRelease(QByteArrayView text);

// `lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINTS` (or MOUNTPOINT on older util-linux): whether the
// root file system, and /home where it is separate, sit on dm-crypt (LUKS). Unknown when / is
// not a block device lsblk lists (a container, a network root).
std::optional<Observation> linuxEncryption(QByteArrayView lsblkJson);

// What the firewall probe could read. An absent value was not readable or does not exist.
struct LinuxFirewallInputs
{
    std::optional<QByteArray> nftRuleset; // `nft list ruleset`: needs CAP_NET_ADMIN, often absent
    std::optional<QByteArray> ufwConf; // /etc/ufw/ufw.conf
    std::optional<QByteArray> ufwDefaults; // /etc/default/ufw
    std::optional<QByteArray> firewalldConf; // /etc/firewalld/firewalld.conf
    std::optional<QString> firewalldState; // `systemctl is-active firewalld`: "active", …
    std::optional<QByteArray> nftablesConf; // /etc/nftables.conf
    std::optional<QString> nftablesState; // `systemctl is-active nftables`
};
// A firewall that is on and drops or rejects incoming connections by default passes.
std::optional<Observation> linuxFirewall(const LinuxFirewallInputs &inputs);
// From a ruleset in nft's syntax: true when some input-hook chain drops by default (policy
// drop, or a last rule that drops or rejects everything), false when every input chain
// accepts, nullopt when there is no input chain at all.
std::optional<bool> nftDefaultDenyInput(QByteArrayView ruleset);

// An APT configuration value ("APT::Periodic::Unattended-Upgrade") from the files of
// /etc/apt/apt.conf.d in the order APT reads them; both the flat and the nested syntax.
std::optional<QString> aptConfigValue(const QList<QByteArray> &files, const QString &name);

struct LinuxUpdateInputs
{
    QList<QByteArray> aptConfFiles; // /etc/apt/apt.conf.d/*, in name order; empty without APT
    bool hasApt = false;
    bool unattendedUpgradesInstalled = false; // /usr/bin/unattended-upgrade
    // `systemctl is-enabled dnf-automatic.timer` (or dnf-automatic-install.timer)
    std::optional<QString> dnfAutomaticTimer;
};
std::optional<Observation> linuxAutoUpdate(const LinuxUpdateInputs &inputs);

// `apt-get -s upgrade` (a simulation, no root needed): the security updates that are waiting.
// Unknown when the package lists are older than `maxListAgeDays` (a stale list would hide
// updates) or the output is not APT's.
std::optional<Observation> aptPendingSecurityUpdates(QByteArrayView simulation,
                                                     const std::optional<QDateTime> &listsUpdated,
                                                     const QDateTime &now, int maxListAgeDays = 14);

// GNOME: `gsettings get org.gnome.desktop.screensaver lock-enabled` ("true") and
// `gsettings get org.gnome.desktop.session idle-delay` ("uint32 300", seconds; 0 = never).
std::optional<Observation> gnomeScreenLock(QByteArrayView lockEnabled, QByteArrayView idleDelay);
// KDE Plasma: ~/.config/kscreenlockerrc; a missing file means Plasma's defaults.
std::optional<Observation> kdeScreenLock(const std::optional<QByteArray> &kscreenlockerrc);

// Whether `XDG_CURRENT_DESKTOP` ("ubuntu:GNOME", "KDE") names the desktop.
enum class LinuxDesktop
{
    Gnome,
    Kde,
    Other,
    None,
};
LinuxDesktop linuxDesktop(const QString &xdgCurrentDesktop);

// An SSH server listening on port 22 (from /proc/net/tcp and tcp6) fails remote login.
std::optional<Observation> linuxRemoteLogin(const std::optional<QByteArray> &tcp,
                                            const std::optional<QByteArray> &tcp6);

// ---- macOS ------------------------------------------------------------------------------

// `fdesetup status`
std::optional<Observation> macFileVault(QByteArrayView output);
// `/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate`
std::optional<Observation> macFirewall(QByteArrayView output);
// `defaults read /Library/Preferences/com.apple.SoftwareUpdate AutomaticallyInstallMacOSUpdates`
// and `… AutomaticDownload`: "1" or "0"; an error text (key not set) is empty here.
std::optional<Observation> macAutoUpdate(QByteArrayView installMacOSUpdates,
                                         QByteArrayView automaticDownload);
// `sysadminctl -screenLock status` (it writes to standard error)
std::optional<Observation> macScreenLock(QByteArrayView output);
// `sw_vers`
OsVersion parseSwVers(QByteArrayView output);
// `launchctl print-disabled system` and `netstat -an -p tcp`: Remote Login is sshd.
std::optional<Observation> macRemoteLogin(QByteArrayView printDisabled, QByteArrayView netstat);
// `ioreg -rd1 -c IOPlatformExpertDevice`
std::optional<QString> macSerial(QByteArrayView ioreg);
// `networksetup -listallhardwareports`
QList<NetworkInterface> macHardwarePorts(QByteArrayView output);

// ---- Windows ----------------------------------------------------------------------------

// `manage-bde -status C:` needs an administrator: "access denied" is unknown, not a failure.
std::optional<Observation> windowsBitLocker(QByteArrayView output);
// The system drive's shell property System.Volume.BitLockerProtection, which Explorer reads
// for its padlock and which answers without administrator rights, as PowerShell prints it:
// 1 (on) and 6 (on, locked) pass, 2 (off) fails, 3 (encrypting) is in progress; any other
// value (suspended, decrypting, waiting for activation, empty) is unknown.
std::optional<Observation> windowsBitLockerProtection(QByteArrayView output);
// `netsh advfirewall show allprofiles state`
std::optional<Observation> windowsFirewall(QByteArrayView output);
// The values of one key from `reg query KEY` (name → data, as printed: "0x1", "600").
// Empty for a key that does not exist.
QMap<QString, QString> parseRegQuery(QByteArrayView output);
// `reg query HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU`
std::optional<Observation> windowsUpdatePolicy(QByteArrayView regQuery);
// `reg query "HKCU\Control Panel\Desktop"`
std::optional<Observation> windowsScreenLock(QByteArrayView regQuery);
// `reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server" /v fDenyTSConnections`
std::optional<Observation> windowsRemoteDesktop(QByteArrayView regQuery);
// `cmd /c ver`: "Microsoft Windows [Version 10.0.22631.3447]"
OsVersion parseWindowsVer(QByteArrayView output);
// `getmac /fo csv /nh /v`
QList<NetworkInterface> windowsAdapters(QByteArrayView csv);
// `powershell -NoProfile -Command (Get-CimInstance Win32_BIOS).SerialNumber`
std::optional<QString> windowsSerial(QByteArrayView output);

} // namespace Stethoscope::Sources::Local
