#include "localparsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stethoscope::Sources::Local {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalChecks)
};

} // namespace

std::optional<bool> netstatListensOn(QByteArrayView netstat, int port)
{
    const QString output = QString::fromUtf8(netstat);
    if (!output.contains(u"LISTEN", Qt::CaseInsensitive))
        return output.contains(u"Proto", Qt::CaseInsensitive) ? std::optional<bool>(false)
                                                              : std::nullopt;
    // macOS "tcp4 0 0 *.22 *.* LISTEN", Windows "TCP 0.0.0.0:3389 0.0.0.0:0 LISTENING".
    const QRegularExpression listener(
        QStringLiteral("^\\s*tcp\\S*\\s+(?:\\d+\\s+\\d+\\s+)?\\S*[.:]%1\\s+\\S+\\s+LISTEN")
            .arg(port),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return output.contains(listener);
}

std::optional<Observation> macFileVault(QByteArrayView output)
{
    const QString text = QString::fromUtf8(output);
    static const QRegularExpression percent(QStringLiteral("Percent completed = ([0-9.]+)"));
    if (text.contains(u"Encryption in progress")) {
        const auto match = percent.match(text);
        return observe(
            Observation::State::InProgress,
            match.hasMatch()
                ? Text::tr("FileVault is encrypting the disk (%1 % done).").arg(match.captured(1))
                : Text::tr("FileVault is encrypting the disk."));
    }
    if (text.contains(u"FileVault is On"))
        return observe(Observation::State::Passing, Text::tr("FileVault is on."));
    if (text.contains(u"FileVault is Off"))
        return observe(Observation::State::Failing, Text::tr("FileVault is off."));
    return std::nullopt;
}

std::optional<Observation> macFirewall(QByteArrayView output)
{
    static const QRegularExpression state(QStringLiteral("State = (\\d)"));
    const QString text = QString::fromUtf8(output);
    const auto match = state.match(text);
    int value = match.hasMatch() ? match.captured(1).toInt() : -1;
    if (value < 0) // older releases print only the sentence
        value = text.contains(u"Firewall is enabled") ? 1
            : text.contains(u"Firewall is disabled")  ? 0
                                                      : -1;
    if (value == 0)
        return observe(Observation::State::Failing, Text::tr("The firewall is off."));
    if (value == 1 || value == 2)
        return observe(Observation::State::Passing, Text::tr("The firewall is on."));
    return std::nullopt;
}

std::optional<Observation> macAutoUpdate(QByteArrayView installMacOSUpdates,
                                         QByteArrayView automaticDownload)
{
    const QByteArray install = installMacOSUpdates.trimmed().toByteArray();
    const QByteArray download = automaticDownload.trimmed().toByteArray();
    if (install == "1")
        return observe(Observation::State::Passing,
                       Text::tr("macOS updates are installed automatically."));
    if (install == "0") {
        return observe(Observation::State::Failing,
                       download == "1"
                           ? Text::tr("macOS updates are downloaded but not installed "
                                      "automatically.")
                           : Text::tr("macOS updates are not installed automatically."));
    }
    return std::nullopt; // not set: macOS asks the person, which a probe cannot see
}

std::optional<Observation> macScreenLock(QByteArrayView output)
{
    const QString text = QString::fromUtf8(output);
    static const QRegularExpression delay(QStringLiteral("screenLock delay is (\\d+) seconds"));
    if (text.contains(u"screenLock is off"))
        return observe(Observation::State::Failing,
                       Text::tr("The screen does not ask for the password after sleep."));
    if (text.contains(u"screenLock is immediate"))
        return observe(Observation::State::Passing,
                       Text::tr("The password is asked for as soon as the screen sleeps."));
    if (const auto match = delay.match(text); match.hasMatch()) {
        const int minutes = (match.captured(1).toInt() + 59) / 60;
        return observe(Observation::State::Passing,
                       Text::tr("The password is asked for %n minute(s) after the screen sleeps.",
                                nullptr, minutes));
    }
    return std::nullopt;
}

OsVersion parseSwVers(QByteArrayView output)
{
    OsVersion os;
    for (const QString &line : QString::fromUtf8(output).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (value.isEmpty())
            continue;
        if (key == u"ProductName")
            os.name = value;
        else if (key == u"ProductVersion")
            os.version = value;
        else if (key == u"BuildVersion")
            os.build = value;
    }
    return os;
}

std::optional<Observation> macRemoteLogin(QByteArrayView printDisabled, QByteArrayView netstat)
{
    if (netstatListensOn(netstat, 22).value_or(false))
        return observe(Observation::State::Failing,
                       Text::tr("Remote Login (SSH) is on: port 22 accepts connections."));
    // "com.openssh.sshd" => disabled (macOS 11+) or => true (older: true means disabled).
    static const QRegularExpression sshd(
        QStringLiteral("\"com\\.openssh\\.sshd\"\\s*=>\\s*(\\w+)"));
    const auto match = sshd.match(QString::fromUtf8(printDisabled));
    if (match.hasMatch()) {
        const QString value = match.captured(1);
        if (value == u"disabled" || value == u"true")
            return observe(Observation::State::Passing, Text::tr("Remote Login (SSH) is off."));
        if (value == u"enabled" || value == u"false")
            return observe(Observation::State::Failing, Text::tr("Remote Login (SSH) is on."));
    }
    if (netstatListensOn(netstat, 22) == false)
        return observe(Observation::State::Passing, Text::tr("Remote Login (SSH) is off."));
    return std::nullopt;
}

std::optional<QString> macSerial(QByteArrayView ioreg)
{
    static const QRegularExpression serial(
        QStringLiteral("\"IOPlatformSerialNumber\"\\s*=\\s*\"([^\"]+)\""));
    const auto match = serial.match(QString::fromUtf8(ioreg));
    if (!match.hasMatch() || match.captured(1).trimmed().isEmpty())
        return std::nullopt;
    return match.captured(1).trimmed();
}

QList<NetworkInterface> macHardwarePorts(QByteArrayView output)
{
    // Blocks of "Hardware Port: Wi-Fi / Device: en0 / Ethernet Address: a4:83:e7:…".
    QList<NetworkInterface> interfaces;
    NetworkInterface current;
    QString port;
    for (const QString &raw : QString::fromUtf8(output).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"Hardware Port:")) {
            port = line.mid(14).trimmed();
        } else if (line.startsWith(u"Device:")) {
            current.name = line.mid(7).trimmed();
        } else if (line.startsWith(u"Ethernet Address:")) {
            current.address = line.mid(17).trimmed();
            // Bridges and VPN ports carry made-up addresses.
            current.hardware
                = !port.contains(u"Bridge") && !port.contains(u"VPN") && current.address != u"N/A";
            interfaces.append(current);
            current = {};
            port.clear();
        }
    }
    return interfaces;
}

} // namespace Stethoscope::Sources::Local
