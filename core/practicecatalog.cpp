#include "practicecatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace Stethoscope::Core {

namespace {

// Opens a pane of macOS System Settings.
QUrl macSettings(QStringView pane)
{
    return QUrl(QStringLiteral("x-apple.systempreferences:").append(pane));
}

// Opens a page of the Windows Settings app.
QUrl windowsSettings(QStringView page)
{
    return QUrl(QStringLiteral("ms-settings:").append(page));
}

Direction steps(QString text, QUrl link = {})
{
    return Direction {std::move(text), std::move(link)};
}

QList<Platform> allExcept(Platform kept)
{
    QList<Platform> others;
    for (const Platform platform : allPlatforms) {
        if (platform != kept)
            others.append(platform);
    }
    return others;
}

Practice makePractice(const QString &key, RequirementLevel level,
                      QList<Platform> notApplicableOn = {})
{
    Practice result;
    result.key = key;
    result.defaultLevel = level;
    result.notApplicableOn = std::move(notApplicableOn);
    return result;
}

Practice encryption()
{
    Practice p = makePractice(PracticeKey::encryption, RequirementLevel::Required);
    //: Practice name, shown when its state is unknown.
    p.name = QCoreApplication::translate("Practice", "Disk encryption");
    //: Practice title: the device's storage is encrypted.
    p.titlePassing = QCoreApplication::translate("Practice", "Disk encryption is on");
    p.titleFailing = QCoreApplication::translate("Practice", "Disk encryption is off");
    p.why = QCoreApplication::translate("Practice",
                                        "If your device is lost or stolen, encryption keeps your "
                                        "files and work data unreadable to whoever has it.");

    //: “Turn On…” is the FileVault button in macOS System Settings.
    p.directions[Platform::Mac]
        = steps(QCoreApplication::translate("Practice",
                                            "1. Open System Settings → Privacy & Security.\n"
                                            "2. Scroll to FileVault and select Turn On…\n"
                                            "3. Choose how to recover the disk if you forget your "
                                            "password, then follow the prompts."),
                macSettings(u"com.apple.preference.security?FileVault"));
    p.directions[Platform::Windows] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → Privacy & security → Device encryption "
                                    "and turn it on.\n"
                                    "2. If that page is missing, open Control Panel → System and "
                                    "Security → BitLocker Drive Encryption and select Turn on "
                                    "BitLocker for the C: drive."),
        windowsSettings(u"deviceencryption"));
    //: LUKS is the name of the Linux disk encryption format; keep it as is.
    p.directions[Platform::Linux] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Back up your files; Linux can usually encrypt the whole "
                                    "disk only while it is being installed.\n"
                                    "2. Reinstall Linux and choose the installer option to "
                                    "encrypt the disk (LUKS).\n"
                                    "3. Restore your files. Your IT team can help with any of "
                                    "these steps."));
    p.directions[Platform::iOS] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → Face ID & Passcode (or Touch ID & "
                                    "Passcode).\n"
                                    "2. Select Turn Passcode On. Your data is encrypted as soon "
                                    "as a passcode is set."));
    p.directions[Platform::Android] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → Security & privacy → Device unlock → "
                                    "Screen lock and set a PIN, pattern or password.\n"
                                    "2. On older Android versions, also open Settings → Security "
                                    "→ Encryption & credentials and select Encrypt phone."));
    p.directions[Platform::ChromeOS] = steps(
        QCoreApplication::translate("Practice",
                                    "ChromeOS always encrypts your data, so there is nothing to "
                                    "turn on. If this still shows as off after a restart, "
                                    "contact your IT team."));
    return p;
}

Practice firewall()
{
    Practice p = makePractice(PracticeKey::firewall, RequirementLevel::Required,
                              {Platform::iOS, Platform::Android, Platform::ChromeOS});
    //: Practice name, shown when its state is unknown.
    p.name = QCoreApplication::translate("Practice", "Firewall");
    //: Practice title: the computer's built-in firewall is enabled.
    p.titlePassing = QCoreApplication::translate("Practice", "Firewall is on");
    p.titleFailing = QCoreApplication::translate("Practice", "Firewall is off");
    p.why = QCoreApplication::translate("Practice",
                                        "The firewall turns away network connections you did not "
                                        "ask for. This matters most on shared networks such as "
                                        "cafés, hotels and airports.");

    p.directions[Platform::Mac]
        = steps(QCoreApplication::translate("Practice",
                                            "1. Open System Settings → Network → Firewall.\n"
                                            "2. Turn on Firewall."),
                macSettings(u"com.apple.preference.security?Firewall"));
    p.directions[Platform::Windows] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → Privacy & security → Windows Security → "
                                    "Firewall & network protection.\n"
                                    "2. Select each network shown as off (Domain, Private, "
                                    "Public) and turn on Microsoft Defender Firewall."),
        windowsSettings(u"windowsdefender"));
    //: Each line is an alternative for one kind of Linux system. Keep the commands unchanged.
    p.directions[Platform::Linux] = steps(
        QCoreApplication::translate("Practice",
                                    "Ubuntu or Debian: open a terminal and run: sudo ufw enable\n"
                                    "Fedora: open a terminal and run: sudo systemctl enable "
                                    "--now firewalld\n"
                                    "KDE Plasma: open System Settings, search for Firewall and "
                                    "turn it on."));
    return p;
}

Practice autoupdate()
{
    Practice p = makePractice(PracticeKey::autoupdate, RequirementLevel::Suggested,
                              {Platform::iOS, Platform::Android, Platform::ChromeOS});
    //: Practice name, shown when its state is unknown.
    p.name = QCoreApplication::translate("Practice", "Automatic updates");
    //: Practice title: the operating system installs updates by itself.
    p.titlePassing = QCoreApplication::translate("Practice", "Automatic updates are on");
    p.titleFailing = QCoreApplication::translate("Practice", "Automatic updates are off");
    p.why = QCoreApplication::translate("Practice",
                                        "Automatic updates install security fixes soon after they "
                                        "come out, so you do not have to remember. You can still "
                                        "pick a convenient time to restart.");

    p.directions[Platform::Mac] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open System Settings → General → Software Update.\n"
                                    "2. Select the ⓘ button next to Automatic updates.\n"
                                    "3. Turn on Download new updates when available, Install "
                                    "macOS updates and Install Security Responses and system "
                                    "files."),
        macSettings(u"com.apple.Software-Update-Settings.extension"));
    p.directions[Platform::Windows]
        = steps(QCoreApplication::translate("Practice",
                                            "1. Open Settings → Windows Update.\n"
                                            "2. If updates are paused, select Resume updates.\n"
                                            "3. If the page says your organization manages some "
                                            "settings, contact your IT team."),
                windowsSettings(u"windowsupdate"));
    //: Each line is an alternative for one kind of Linux system.
    p.directions[Platform::Linux] = steps(
        QCoreApplication::translate("Practice",
                                    "GNOME: open Software → main menu → Preferences and turn on "
                                    "automatic updates.\n"
                                    "KDE Plasma: open System Settings → Software Update and "
                                    "choose to update software automatically.\n"
                                    "Ubuntu: open Software & Updates → Updates and set security "
                                    "updates to Download and install automatically."));
    return p;
}

Practice uptodate()
{
    Practice p = makePractice(PracticeKey::uptodate, RequirementLevel::Required);
    //: Practice name, shown when its state is unknown.
    p.name = QCoreApplication::translate("Practice", "Operating system updates");
    //: Practice title: the operating system version and security patches are recent enough.
    p.titlePassing = QCoreApplication::translate("Practice", "Operating system is up to date");
    p.titleFailing = QCoreApplication::translate("Practice", "Operating system is out of date");
    p.why = QCoreApplication::translate("Practice",
                                        "Updates fix security problems that attackers already "
                                        "know about. Staying current closes those gaps.");

    p.directions[Platform::Mac]
        = steps(QCoreApplication::translate("Practice",
                                            "1. Open System Settings → General → Software Update.\n"
                                            "2. Select Update Now or Upgrade Now and follow the "
                                            "prompts.\n"
                                            "3. Restart when asked."),
                macSettings(u"com.apple.Software-Update-Settings.extension"));
    p.directions[Platform::Windows]
        = steps(QCoreApplication::translate("Practice",
                                            "1. Open Settings → Windows Update.\n"
                                            "2. Select Check for updates, then install everything "
                                            "offered.\n"
                                            "3. Select Restart now when asked."),
                windowsSettings(u"windowsupdate"));
    //: Each line but the last is an alternative for one kind of Linux system.
    p.directions[Platform::Linux] = steps(
        QCoreApplication::translate("Practice",
                                    "GNOME: open Software → Updates, install everything listed "
                                    "and restart.\n"
                                    "KDE Plasma: open Discover → Updates, select Update All and "
                                    "restart.\n"
                                    "Ubuntu: open Software Updater, install the updates and "
                                    "restart.\n"
                                    "If your distribution release is no longer supported, "
                                    "upgrade to a current one."));
    p.directions[Platform::iOS]
        = steps(QCoreApplication::translate("Practice",
                                            "1. Open Settings → General → Software Update.\n"
                                            "2. Select Update Now or Install Now and follow the "
                                            "prompts."));
    p.directions[Platform::Android] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → System → Software updates (on Samsung: "
                                    "Settings → Software update) and install what is offered.\n"
                                    "2. Open Settings → Security & privacy → System & updates "
                                    "and install any security update or Google Play system "
                                    "update.\n"
                                    "3. Restart when asked."));
    p.directions[Platform::ChromeOS] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → About ChromeOS.\n"
                                    "2. Select Check for updates, then Restart once the update "
                                    "is ready.\n"
                                    "3. If it says this device no longer receives updates, "
                                    "contact your IT team."));
    return p;
}

Practice screenlock()
{
    Practice p = makePractice(PracticeKey::screenlock, RequirementLevel::Required);
    //: Practice name, shown when its state is unknown.
    p.name = QCoreApplication::translate("Practice", "Screen lock");
    //: Practice title: a password, PIN or biometric lock is set and the screen locks by itself.
    p.titlePassing = QCoreApplication::translate("Practice", "Screen lock is on");
    p.titleFailing = QCoreApplication::translate("Practice", "Screen lock is off");
    p.why = QCoreApplication::translate("Practice",
                                        "A screen lock keeps your device private when you step "
                                        "away or if it gets lost. Locking automatically means you "
                                        "do not have to remember to do it.");

    p.directions[Platform::Mac] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open System Settings → Lock Screen.\n"
                                    "2. Set Start Screen Saver when inactive or Turn display off "
                                    "when inactive to a few minutes.\n"
                                    "3. Set Require password after screen saver begins or "
                                    "display is turned off to Immediately."),
        macSettings(u"com.apple.Lock-Screen-Settings.extension"));
    //: The quoted text is the start of a question shown in Windows sign-in options.
    p.directions[Platform::Windows] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → Accounts → Sign-in options and set up a "
                                    "PIN, fingerprint, face recognition or password.\n"
                                    "2. Under Additional settings, set “If you’ve been away…” to "
                                    "When PC wakes up from sleep.\n"
                                    "3. Open Settings → System → Power & battery and set the "
                                    "screen and sleep timeouts to a few minutes."),
        windowsSettings(u"signinoptions"));
    //: Each line but the last is an alternative for one kind of Linux desktop.
    p.directions[Platform::Linux] = steps(
        QCoreApplication::translate("Practice",
                                    "GNOME: open Settings → Privacy & Security → Screen Lock, "
                                    "set Blank Screen Delay to a few minutes and turn on "
                                    "Automatic Screen Lock.\n"
                                    "KDE Plasma: open System Settings → Security & Privacy → "
                                    "Screen Locking and lock the screen automatically after a "
                                    "few minutes.\n"
                                    "Make sure your account has a password."));
    p.directions[Platform::iOS] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → Face ID & Passcode (or Touch ID & "
                                    "Passcode) and select Turn Passcode On.\n"
                                    "2. Open Settings → Display & Brightness → Auto-Lock and "
                                    "choose a few minutes rather than Never."));
    p.directions[Platform::Android] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → Security & privacy → Device unlock → "
                                    "Screen lock and set a PIN, pattern or password.\n"
                                    "2. Open Settings → Display (or Display & touch) → Screen "
                                    "timeout and choose a few minutes."));
    p.directions[Platform::ChromeOS] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → Security and privacy → Lock screen and "
                                    "sign-in and turn on Lock when sleeping or lid is closed.\n"
                                    "2. Open Settings → Device → Power and choose Sleep for when "
                                    "the device is idle."));
    return p;
}

Practice jailed()
{
    Practice p = makePractice(PracticeKey::jailed, RequirementLevel::Required,
                              {Platform::Mac, Platform::Windows, Platform::Linux});
    //: Practice name, shown when its state is unknown.
    p.name = QCoreApplication::translate("Practice", "Jailbreak and root detection");
    //: Practice title: the phone, tablet or Chromebook still runs its original, locked-down system.
    p.titlePassing = QCoreApplication::translate("Practice", "Not jailbroken or rooted");
    //: Practice title: the device was jailbroken (iOS), rooted (Android) or put in developer mode
    //: (ChromeOS).
    p.titleFailing
        = QCoreApplication::translate("Practice", "Jailbroken, rooted or in developer mode");
    p.why = QCoreApplication::translate("Practice",
                                        "Jailbreaking, rooting and developer mode switch off "
                                        "protections the system relies on, which makes it much "
                                        "easier for harmful apps to take over the device.");

    p.directions[Platform::iOS] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Back up your iPhone or iPad to iCloud or a computer.\n"
                                    "2. Connect it to a computer, open Finder on a Mac or Apple "
                                    "Devices on Windows, select the device and choose Restore.\n"
                                    "3. When setup starts, restore your backup."));
    p.directions[Platform::Android] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Back up the data you want to keep.\n"
                                    "2. Remove the rooting tools, reinstall the manufacturer’s "
                                    "official software and lock the bootloader again.\n"
                                    "3. If you are not sure how, ask your IT team for help."));
    //: “Turn on OS verification” is the option on the ChromeOS developer mode warning screen.
    p.directions[Platform::ChromeOS] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Back up any files stored only on this Chromebook.\n"
                                    "2. Restart it and, on the developer mode warning screen, "
                                    "choose Turn on OS verification.\n"
                                    "3. Confirm. The Chromebook resets and starts in normal "
                                    "mode."));
    return p;
}

Practice remotelogin()
{
    Practice p = makePractice(PracticeKey::remotelogin, RequirementLevel::Suggested,
                              {Platform::iOS, Platform::Android, Platform::ChromeOS});
    //: Practice name, shown when its state is unknown.
    p.name = QCoreApplication::translate("Practice", "Remote login");
    //: Practice title: nobody can sign in to this computer over the network (SSH, Remote
    //: Desktop, Screen Sharing).
    p.titlePassing = QCoreApplication::translate("Practice", "Remote login is off");
    p.titleFailing = QCoreApplication::translate("Practice", "Remote login is on");
    p.why = QCoreApplication::translate("Practice",
                                        "With remote login on, anyone who can reach your computer "
                                        "over the network can try to sign in. Keeping it off when "
                                        "you do not need it closes that door.");

    p.directions[Platform::Mac]
        = steps(QCoreApplication::translate("Practice",
                                            "1. Open System Settings → General → Sharing.\n"
                                            "2. Turn off Remote Login, Screen Sharing and Remote "
                                            "Management."),
                macSettings(u"com.apple.Sharing-Settings.extension"));
    p.directions[Platform::Windows]
        = steps(QCoreApplication::translate("Practice",
                                            "1. Open Settings → System → Remote Desktop.\n"
                                            "2. Turn off Remote Desktop and confirm."),
                windowsSettings(u"remotedesktop"));
    //: Each line is an alternative for one kind of Linux system. Keep the commands unchanged.
    p.directions[Platform::Linux] = steps(
        QCoreApplication::translate("Practice",
                                    "GNOME: open Settings → System, turn off Secure Shell, then "
                                    "open Remote Desktop and turn off Desktop Sharing and Remote "
                                    "Login.\n"
                                    "KDE Plasma: open System Settings, search for Remote Desktop "
                                    "and turn it off.\n"
                                    "Terminal: run sudo systemctl disable --now ssh (on Fedora, "
                                    "sshd instead of ssh)."));
    return p;
}

Practice unknownsources()
{
    Practice p = makePractice(PracticeKey::unknownsources, RequirementLevel::Suggested,
                              allExcept(Platform::Android));
    //: Practice name, shown when its state is unknown.
    p.name = QCoreApplication::translate("Practice", "Apps from unknown sources");
    //: Practice title: the phone only installs apps from its app store.
    p.titlePassing
        = QCoreApplication::translate("Practice", "Apps from unknown sources are blocked");
    p.titleFailing
        = QCoreApplication::translate("Practice", "Apps from unknown sources are allowed");
    p.why = QCoreApplication::translate("Practice",
                                        "Apps from outside trusted app stores skip the safety "
                                        "checks those stores run, and they are a common way for "
                                        "harmful apps to reach phones.");

    //: “Allow from this source” is the switch on each app’s Install unknown apps page.
    p.directions[Platform::Android] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → Apps → Special app access → Install "
                                    "unknown apps (on Samsung: Settings → Apps → ⋮ → Special "
                                    "access → Install unknown apps).\n"
                                    "2. Select each app marked Allowed and turn off Allow from "
                                    "this source."));
    return p;
}

Practice adbstatus()
{
    Practice p = makePractice(PracticeKey::adbstatus, RequirementLevel::Suggested,
                              allExcept(Platform::Android));
    //: Practice name, shown when its state is unknown.
    p.name = QCoreApplication::translate("Practice", "USB debugging");
    //: Practice title: Android Debug Bridge (ADB) access over USB is disabled.
    p.titlePassing = QCoreApplication::translate("Practice", "USB debugging is off");
    p.titleFailing = QCoreApplication::translate("Practice", "USB debugging is on");
    p.why = QCoreApplication::translate("Practice",
                                        "USB debugging lets a connected computer install apps and "
                                        "read data on your phone. It is meant for app developers "
                                        "and is safest left off.");

    p.directions[Platform::Android] = steps(
        QCoreApplication::translate("Practice",
                                    "1. Open Settings → System → Developer options (on Samsung: "
                                    "Settings → Developer options).\n"
                                    "2. Turn off USB debugging and Wireless debugging.\n"
                                    "3. If you do not need developer options at all, turn off "
                                    "Use developer options at the top."));
    return p;
}

} // namespace

PracticeCatalog PracticeCatalog::builtin()
{
    PracticeCatalog catalog;
    catalog.m_practices = {
        encryption(), firewall(),    autoupdate(),     uptodate(),  screenlock(),
        jailed(),     remotelogin(), unknownsources(), adbstatus(),
    };

    // Every practice explains how to fix it exactly where it applies.
    for (const Practice &practice : std::as_const(catalog.m_practices)) {
        for (const Platform platform : allPlatforms) {
            Q_ASSERT_X(practice.appliesTo(platform) == practice.directions.contains(platform),
                       "PracticeCatalog::builtin", "directions do not match the platforms");
        }
    }
    return catalog;
}

void PracticeCatalog::add(Practice practice)
{
    const auto existing
        = std::find_if(m_practices.begin(), m_practices.end(),
                       [&practice](const Practice &known) { return known.key == practice.key; });
    if (existing != m_practices.end())
        *existing = std::move(practice);
    else
        m_practices.append(std::move(practice));
}

const Practice *PracticeCatalog::find(QStringView key) const
{
    for (const Practice &practice : m_practices) {
        if (practice.key == key)
            return &practice;
    }
    return nullptr;
}

} // namespace Stethoscope::Core
