#include "localparsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stethoscope::Sources::Local {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalChecks)
};

// "0x1" (REG_DWORD) or "1" (REG_SZ) as a number.
std::optional<qint64> registryNumber(const QString &data)
{
    bool ok = false;
    const qint64 value = data.startsWith(u"0x", Qt::CaseInsensitive)
        ? data.mid(2).toLongLong(&ok, 16)
        : data.toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// One field of a CSV line with quoted fields ("a","b,c","d").
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            fields.append(std::exchange(field, QString()));
        else
            field.append(c);
    }
    fields.append(field);
    return fields;
}

} // namespace

std::optional<Observation> windowsBitLocker(QByteArrayView output)
{
    const QString text = QString::fromUtf8(output);
    // Without administrator rights manage-bde refuses: nothing is known.
    if (text.contains(u"denied", Qt::CaseInsensitive) || text.contains(u"ERROR:"))
        return std::nullopt;
    static const QRegularExpression protection(QStringLiteral("Protection Status:\\s*(.+)"));
    static const QRegularExpression conversion(QStringLiteral("Conversion Status:\\s*(.+)"));
    static const QRegularExpression percent(QStringLiteral("Percentage Encrypted:\\s*([0-9.,]+)"));
    const auto protectionMatch = protection.match(text);
    const auto conversionMatch = conversion.match(text);
    if (!protectionMatch.hasMatch())
        return std::nullopt;
    const QString state = protectionMatch.captured(1).trimmed();
    const QString converting = conversionMatch.captured(1).trimmed();
    if (converting.contains(u"Encryption in Progress", Qt::CaseInsensitive)) {
        return observe(Observation::State::InProgress,
                       Text::tr("BitLocker is encrypting the system drive (%1 % done).")
                           .arg(percent.match(text).captured(1)));
    }
    if (state.contains(u"Protection On", Qt::CaseInsensitive))
        return observe(Observation::State::Passing,
                       Text::tr("BitLocker protects the system drive."));
    if (state.contains(u"Protection Off", Qt::CaseInsensitive)) {
        // Fully encrypted but suspended (during an update) is still off until resumed.
        return observe(Observation::State::Failing,
                       converting.contains(u"Fully Decrypted", Qt::CaseInsensitive)
                           ? Text::tr("BitLocker is off: the system drive is not encrypted.")
                           : Text::tr("BitLocker protection is suspended on the system drive."));
    }
    return std::nullopt;
}

std::optional<Observation> windowsBitLockerProtection(QByteArrayView output)
{
    bool ok = false;
    const int value = QString::fromUtf8(output).trimmed().toInt(&ok);
    if (!ok)
        return std::nullopt;
    switch (value) {
    case 1:
    case 6:
        return observe(Observation::State::Passing,
                       Text::tr("BitLocker protects the system drive."));
    case 2:
        return observe(Observation::State::Failing,
                       Text::tr("BitLocker is off: the system drive is not encrypted."));
    case 3:
        return observe(Observation::State::InProgress,
                       Text::tr("BitLocker is encrypting the system drive."));
    default:
        return std::nullopt;
    }
}

std::optional<Observation> windowsFirewall(QByteArrayView output)
{
    // "Domain Profile Settings:" … "State    ON", for Domain, Private and Public.
    static const QRegularExpression block(
        QStringLiteral("^(\\w+) Profile Settings:.*?^State\\s+(ON|OFF)\\s*$"),
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    QStringList off;
    int profiles = 0;
    auto matches = block.globalMatch(QString::fromUtf8(output).remove(u'\r'));
    while (matches.hasNext()) {
        const auto match = matches.next();
        ++profiles;
        if (match.captured(2) == u"OFF")
            off.append(match.captured(1));
    }
    if (profiles == 0) // another language, or an error
        return std::nullopt;
    if (off.isEmpty())
        return observe(Observation::State::Passing,
                       Text::tr("Windows Firewall is on for every network profile."));
    //: %1 the network profiles, e.g. "Public, Private"
    return observe(
        Observation::State::Failing,
        Text::tr("Windows Firewall is off for: %1.").arg(off.join(QStringLiteral(", "))));
}

QMap<QString, QString> parseRegQuery(QByteArrayView output)
{
    // "    ScreenSaveTimeOut    REG_SZ    600"
    static const QRegularExpression value(
        QStringLiteral("^\\s+(\\S.*?)\\s+(REG_[A-Z_]+)(?:\\s+(.*?))?\\s*$"),
        QRegularExpression::MultilineOption);
    QMap<QString, QString> values;
    auto matches = value.globalMatch(QString::fromUtf8(output).remove(u'\r'));
    while (matches.hasNext()) {
        const auto match = matches.next();
        values.insert(match.captured(1), match.captured(3));
    }
    return values;
}

std::optional<Observation> windowsUpdatePolicy(QByteArrayView regQuery)
{
    const QString text = QString::fromUtf8(regQuery);
    const auto values = parseRegQuery(regQuery);
    if (values.isEmpty()) {
        // No policy at all: Windows Update installs updates by itself, as it does out of the box.
        if (text.contains(u"unable to find", Qt::CaseInsensitive))
            return observe(Observation::State::Passing,
                           Text::tr("Windows Update installs updates automatically."));
        return std::nullopt;
    }
    if (registryNumber(values.value(QStringLiteral("NoAutoUpdate"))).value_or(0) == 1)
        return observe(Observation::State::Failing,
                       Text::tr("A policy turns automatic Windows updates off."));
    const auto options = registryNumber(values.value(QStringLiteral("AUOptions")));
    if (!options || *options == 4)
        return observe(Observation::State::Passing,
                       Text::tr("Windows Update installs updates automatically."));
    if (*options == 2 || *options == 3)
        return observe(Observation::State::Failing,
                       Text::tr("Windows Update only notifies; updates are not installed "
                                "automatically."));
    return std::nullopt; // 5 and 7: someone else decides
}

std::optional<Observation> windowsScreenLock(QByteArrayView regQuery)
{
    const auto values = parseRegQuery(regQuery);
    const auto active = registryNumber(values.value(QStringLiteral("ScreenSaveActive")));
    const auto secure = registryNumber(values.value(QStringLiteral("ScreenSaverIsSecure")));
    const auto timeout = registryNumber(values.value(QStringLiteral("ScreenSaveTimeOut")));
    if (active == 0)
        return observe(Observation::State::Failing, Text::tr("The screen saver is off."));
    if (secure == 0)
        return observe(Observation::State::Failing,
                       Text::tr("The screen saver does not ask for the password."));
    if (secure == 1 && timeout && *timeout > 0)
        return observe(Observation::State::Passing,
                       Text::tr("The screen locks after %n minute(s) without use.", nullptr,
                                int((*timeout + 59) / 60)));
    return std::nullopt;
}

std::optional<Observation> windowsRemoteDesktop(QByteArrayView regQuery)
{
    const auto deny
        = registryNumber(parseRegQuery(regQuery).value(QStringLiteral("fDenyTSConnections")));
    if (!deny)
        return std::nullopt;
    if (*deny == 1)
        return observe(Observation::State::Passing, Text::tr("Remote Desktop is off."));
    return observe(Observation::State::Failing, Text::tr("Remote Desktop accepts connections."));
}

OsVersion parseWindowsVer(QByteArrayView output)
{
    static const QRegularExpression version(
        QStringLiteral("\\[Version (\\d+)\\.(\\d+)\\.(\\d+)(?:\\.(\\d+))?\\]"));
    const auto match = version.match(QString::fromUtf8(output));
    OsVersion os;
    if (!match.hasMatch())
        return os;
    const int build = match.captured(3).toInt();
    // Windows 11 still calls itself 10.0; its builds start at 22000.
    os.name = build >= 22000 ? QStringLiteral("Windows 11") : QStringLiteral("Windows 10");
    os.version = match.captured(1) + u'.' + match.captured(2) + u'.' + match.captured(3);
    os.build = match.captured(4).isEmpty() ? match.captured(3)
                                           : match.captured(3) + u'.' + match.captured(4);
    return os;
}

QList<NetworkInterface> windowsAdapters(QByteArrayView csv)
{
    static const QRegularExpression virtualAdapter(
        QStringLiteral("Virtual|Hyper-V|VPN|TAP-|Loopback|WAN Miniport|VirtualBox|VMware"),
        QRegularExpression::CaseInsensitiveOption);
    QList<NetworkInterface> interfaces;
    for (const QString &line : QString::fromUtf8(csv).remove(u'\r').split(u'\n')) {
        const QStringList fields = csvFields(line.trimmed());
        if (fields.size() < 3 || fields[2].trimmed().isEmpty())
            continue;
        interfaces.append({fields[0], fields[2].trimmed(),
                           !virtualAdapter.match(fields[1]).hasMatch()
                               && !virtualAdapter.match(fields[0]).hasMatch()});
    }
    return interfaces;
}

std::optional<QString> windowsSerial(QByteArrayView output)
{
    const QString serial = QString::fromUtf8(output).trimmed();
    if (serial.isEmpty() || serial.contains(u'\n') || serial.size() > 64)
        return std::nullopt;
    return serial;
}

} // namespace Stethoscope::Sources::Local
