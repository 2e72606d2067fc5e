#include "localparsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Stethoscope::Sources::Local {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalChecks)
};

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

// KEY=value lines (os-release, ufw.conf, /etc/default/ufw, firewalld.conf), quotes removed.
QMap<QString, QString> keyValues(QByteArrayView bytes)
{
    QMap<QString, QString> values;
    for (const QString &raw : QString::fromUtf8(bytes).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(equals).trimmed(), value);
    }
    return values;
}

// The mount points of one lsblk node: "mountpoints" (an array, util-linux 2.37+) or
// "mountpoint" (a string or null).
QStringList mountPoints(const QJsonObject &node)
{
    QStringList points;
    for (const QJsonValue &point : node.value(QStringLiteral("mountpoints")).toArray()) {
        if (point.isString())
            points.append(point.toString());
    }
    if (node.value(QStringLiteral("mountpoint")).isString())
        points.append(node.value(QStringLiteral("mountpoint")).toString());
    return points;
}

// Walks the block device tree; `encrypted` says whether some ancestor (or the node) is a
// dm-crypt mapping. Records, per wanted mount point, whether it is encrypted and its device.
void walkBlockDevices(const QJsonArray &nodes, bool encrypted, int depth,
                      QMap<QString, std::pair<bool, QString>> &found)
{
    if (depth > 32) // lsblk nests a few levels; anything deeper is not lsblk's
        return;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const bool crypt = encrypted || node.value(QStringLiteral("type")).toString() == u"crypt";
        for (const QString &point : mountPoints(node)) {
            if ((point == u"/" || point == u"/home") && !found.contains(point))
                found.insert(point, {crypt, node.value(QStringLiteral("name")).toString()});
        }
        walkBlockDevices(node.value(QStringLiteral("children")).toArray(), crypt, depth + 1, found);
    }
}

int secondsFromGsettings(QByteArrayView output, bool *ok)
{
    // "uint32 300"
    const QStringList words = text(output).split(u' ', Qt::SkipEmptyParts);
    *ok = !words.isEmpty();
    return *ok ? words.last().toInt(ok) : 0;
}

QString minutesText(int seconds)
{
    const int minutes = (seconds + 59) / 60;
    return Text::tr("%n minute(s)", nullptr, minutes);
}

} // namespace

void addHardwareMacs(const QList<NetworkInterface> &interfaces, Core::DeviceIdentifiers &ids)
{
    for (const NetworkInterface &interface : interfaces) {
        if (interface.hardware)
            ids.addMac(interface.address.trimmed());
    }
}

std::optional<bool> linuxListensOn(QByteArrayView procNetTcp, int port)
{
    const QList<QByteArray> lines = procNetTcp.toByteArray().split('\n');
    if (lines.isEmpty() || !lines.front().contains("local_address"))
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // "  0: 00000000:0016 00000000:0000 0A …": local address:port (hex), remote, state.
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (fields.size() < 4)
            continue;
        const qsizetype colon = fields[1].lastIndexOf(':');
        bool ok = false;
        const int localPort = fields[1].mid(colon + 1).toInt(&ok, 16);
        if (ok && colon > 0 && localPort == port && fields[3] == "0A") // 0A = TCP_LISTEN
            return true;
    }
    return false;
}

OsVersion parseOsRelease(QByteArrayView bytes)
{
    const auto values = keyValues(bytes);
    OsVersion os;
    if (!values.value(QStringLiteral("NAME")).isEmpty())
        os.name = values.value(QStringLiteral("NAME"));
    if (!values.value(QStringLiteral("VERSION_ID")).isEmpty())
        os.version = values.value(QStringLiteral("VERSION_ID"));
    if (!values.value(QStringLiteral("BUILD_ID")).isEmpty())
        os.build = values.value(QStringLiteral("BUILD_ID"));
    return os;
}

std::optional<Observation> linuxEncryption(QByteArrayView lsblkJson)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(lsblkJson.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QMap<QString, std::pair<bool, QString>> found;
    walkBlockDevices(document.object().value(QStringLiteral("blockdevices")).toArray(), false, 0,
                     found);
    if (!found.contains(QStringLiteral("/")))
        return std::nullopt;
    QStringList plain;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!it->first)
            plain.append(it.key());
    }
    if (plain.isEmpty()) {
        return observe(Observation::State::Passing,
                       found.contains(QStringLiteral("/home"))
                           ? Text::tr("The system and home file systems are encrypted (LUKS).")
                           : Text::tr("The system file system is encrypted (LUKS)."));
    }
    //: %1 a file system's mount point ("/" or "/home"), %2 its disk or partition ("sda2")
    return observe(Observation::State::Failing,
                   Text::tr("%1 is on %2, which is not encrypted.")
                       .arg(plain.front(), found.value(plain.front()).second));
}

std::optional<bool> nftDefaultDenyInput(QByteArrayView ruleset)
{
    static const QRegularExpression chainStart(QStringLiteral("\\bchain\\s+\\S+\\s*\\{"));
    static const QRegularExpression inputHook(QStringLiteral("hook\\s+input\\b"));
    static const QRegularExpression policyDrop(QStringLiteral("policy\\s+drop\\s*;"));
    static const QRegularExpression separator(QStringLiteral("[\\n;]"));
    static const QRegularExpression counter(
        QStringLiteral("\\bcounter(\\s+packets\\s+\\d+\\s+bytes\\s+\\d+)?\\s*"));
    const QString text = QString::fromUtf8(ruleset);
    std::optional<bool> result;
    auto starts = chainStart.globalMatch(text);
    while (starts.hasNext()) {
        // The chain's body up to its matching brace: sets ({ established, related }) nest.
        const qsizetype begin = starts.next().capturedEnd();
        qsizetype end = begin;
        for (int depth = 1; end < text.size() && depth > 0; ++end) {
            if (text[end] == u'{')
                ++depth;
            else if (text[end] == u'}')
                --depth;
        }
        const QString body = text.mid(begin, end - begin - 1);
        if (!body.contains(inputHook))
            continue;
        bool denies = body.contains(policyDrop);
        // firewalld and many hand-written rulesets keep policy accept and end with a catch-all.
        QStringList statements = body.split(separator, Qt::SkipEmptyParts);
        for (QString &statement : statements)
            statement = statement.trimmed().remove(counter).trimmed();
        statements.removeAll(QString());
        if (!statements.isEmpty()) {
            const QString &last = statements.back();
            denies = denies || last == u"drop" || last == u"reject"
                || last.startsWith(u"reject with ");
        }
        result = result.value_or(false) || denies;
    }
    return result;
}

std::optional<Observation> linuxFirewall(const LinuxFirewallInputs &in)
{
    // The live ruleset, where it can be read, is the truth.
    if (in.nftRuleset) {
        const auto denies = nftDefaultDenyInput(*in.nftRuleset);
        if (denies.value_or(false))
            return observe(Observation::State::Passing,
                           Text::tr("The firewall drops incoming connections by default."));
        return observe(Observation::State::Failing,
                       denies ? Text::tr("The firewall accepts incoming connections by default.")
                              : Text::tr("No firewall rules filter incoming connections."));
    }
    if (in.ufwConf) {
        const auto conf = keyValues(*in.ufwConf);
        if (conf.value(QStringLiteral("ENABLED")).compare(u"yes", Qt::CaseInsensitive) == 0) {
            const QString policy = in.ufwDefaults
                ? keyValues(*in.ufwDefaults).value(QStringLiteral("DEFAULT_INPUT_POLICY")).toUpper()
                : QString();
            if (policy == u"DROP" || policy == u"REJECT")
                return observe(Observation::State::Passing,
                               Text::tr("ufw is on and blocks incoming connections by default."));
            if (policy == u"ACCEPT")
                return observe(Observation::State::Failing,
                               Text::tr("ufw is on but accepts incoming connections by default."));
            return std::nullopt;
        }
    }
    if (in.firewalldState == u"active") {
        const QString zone = in.firewalldConf
            ? keyValues(*in.firewalldConf).value(QStringLiteral("DefaultZone"))
            : QString();
        if (zone == u"trusted")
            return observe(Observation::State::Failing,
                           Text::tr("firewalld is on, but its default zone trusts every "
                                    "connection."));
        return observe(Observation::State::Passing,
                       Text::tr("firewalld is on and rejects unexpected incoming connections."));
    }
    if (in.nftablesState == u"active" && in.nftablesConf) {
        const auto denies = nftDefaultDenyInput(*in.nftablesConf);
        if (denies.value_or(false))
            return observe(Observation::State::Passing,
                           Text::tr("nftables is on and drops incoming connections by default."));
        return observe(Observation::State::Failing,
                       Text::tr("nftables is on but its rules accept incoming connections."));
    }
    // Nothing on. Only a definite "off" for every installed firewall is a failure; a service
    // manager that could not be asked leaves it unknown.
    const bool firewalldInstalled = in.firewalldConf.has_value();
    const bool nftablesInstalled = in.nftablesConf.has_value();
    if ((firewalldInstalled && !in.firewalldState) || (nftablesInstalled && !in.nftablesState))
        return std::nullopt;
    if (in.ufwConf || firewalldInstalled || nftablesInstalled)
        return observe(Observation::State::Failing, Text::tr("The firewall is turned off."));
    return observe(Observation::State::Failing,
                   Text::tr("No firewall (ufw, firewalld or nftables) is set up."));
}

std::optional<QString> aptConfigValue(const QList<QByteArray> &files, const QString &name)
{
    // Tokens: words (A::B::C), quoted values, braces and semicolons; comments removed.
    static const QRegularExpression token(
        QStringLiteral("//[^\\n]*|#[^\\n]*|/\\*.*?\\*/|\"([^\"]*)\"|([{};])|([^\\s{};\"]+)"),
        QRegularExpression::DotMatchesEverythingOption);
    std::optional<QString> value;
    for (const QByteArray &file : files) {
        QStringList scope;
        QString pendingName;
        auto tokens = token.globalMatch(QString::fromUtf8(file));
        while (tokens.hasNext()) {
            const auto match = tokens.next();
            if (match.hasCaptured(3)) {
                pendingName = match.captured(3);
            } else if (match.hasCaptured(1)) {
                const QString full = (scope + QStringList {pendingName}).join(u"::");
                if (!pendingName.isEmpty() && full.compare(name, Qt::CaseInsensitive) == 0)
                    value = match.captured(1);
                pendingName.clear();
            } else if (match.captured(2) == u"{") {
                scope.append(pendingName);
                pendingName.clear();
            } else if (match.captured(2) == u"}") {
                if (!scope.isEmpty())
                    scope.removeLast();
            } else if (match.captured(2) == u";") {
                pendingName.clear();
            }
        }
    }
    return value;
}

std::optional<Observation> linuxAutoUpdate(const LinuxUpdateInputs &in)
{
    if (in.hasApt) {
        const auto value
            = aptConfigValue(in.aptConfFiles, QStringLiteral("APT::Periodic::Unattended-Upgrade"));
        const bool on = value && value->toInt() > 0;
        if (on && in.unattendedUpgradesInstalled)
            return observe(Observation::State::Passing,
                           Text::tr("Security updates are installed automatically "
                                    "(unattended-upgrades)."));
        if (on)
            return observe(Observation::State::Failing,
                           Text::tr("Automatic updates are configured, but unattended-upgrades "
                                    "is not installed."));
        return observe(Observation::State::Failing,
                       Text::tr("Updates are not installed automatically."));
    }
    if (in.dnfAutomaticTimer) {
        if (*in.dnfAutomaticTimer == u"enabled")
            return observe(Observation::State::Passing,
                           Text::tr("Updates are installed automatically (dnf-automatic)."));
        return observe(Observation::State::Failing,
                       Text::tr("Updates are not installed automatically."));
    }
    return std::nullopt;
}

std::optional<Observation> aptPendingSecurityUpdates(QByteArrayView simulation,
                                                     const std::optional<QDateTime> &listsUpdated,
                                                     const QDateTime &now, int maxListAgeDays)
{
    if (!listsUpdated || listsUpdated->addDays(maxListAgeDays) < now)
        return std::nullopt;
    const QString output = QString::fromUtf8(simulation);
    // APT prints "N upgraded, N newly installed, …" at the end of every simulation.
    if (!output.contains(QRegularExpression(QStringLiteral("\\d+ upgraded, \\d+ newly"))))
        return std::nullopt;
    int security = 0;
    for (const QString &line : output.split(u'\n')) {
        // "Inst libssl3 [3.0.11-1] (3.0.13-1 Debian-Security:12/stable-security [amd64])"
        if (line.startsWith(u"Inst ") && line.contains(u"-security", Qt::CaseInsensitive))
            ++security;
    }
    if (security > 0)
        return observe(
            Observation::State::Failing,
            Text::tr("%n security update(s) waiting to be installed.", nullptr, security));
    return observe(Observation::State::Passing, Text::tr("No security update is waiting."));
}

std::optional<Observation> gnomeScreenLock(QByteArrayView lockEnabled, QByteArrayView idleDelay)
{
    const QString lock = text(lockEnabled);
    bool ok = false;
    const int seconds = secondsFromGsettings(idleDelay, &ok);
    if (lock == u"false")
        return observe(Observation::State::Failing, Text::tr("The screen does not lock."));
    if (lock != u"true" || !ok)
        return std::nullopt;
    if (seconds <= 0)
        return observe(Observation::State::Failing,
                       Text::tr("The screen locks, but never turns off by itself."));
    return observe(Observation::State::Passing,
                   Text::tr("The screen locks after %1 without use.").arg(minutesText(seconds)));
}

std::optional<Observation> kdeScreenLock(const std::optional<QByteArray> &rc)
{
    bool autolock = true; // Plasma's defaults: lock after 5 minutes
    int minutes = 5;
    if (rc) {
        bool inDaemon = false;
        for (const QByteArray &raw : rc->split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.startsWith('[')) {
                inDaemon = line == "[Daemon]";
                continue;
            }
            if (!inDaemon)
                continue;
            if (line.startsWith("Autolock="))
                autolock = line.mid(9).trimmed() != "false";
            else if (line.startsWith("Timeout="))
                minutes = line.mid(8).trimmed().toInt();
        }
    }
    if (!autolock)
        return observe(Observation::State::Failing,
                       Text::tr("The screen does not lock by itself."));
    if (minutes <= 0)
        return observe(Observation::State::Failing,
                       Text::tr("The screen locks, but never turns off by itself."));
    return observe(
        Observation::State::Passing,
        Text::tr("The screen locks after %1 without use.").arg(minutesText(minutes * 60)));
}

LinuxDesktop linuxDesktop(const QString &xdgCurrentDesktop)
{
    const QStringList names = xdgCurrentDesktop.split(u':', Qt::SkipEmptyParts);
    if (names.isEmpty())
        return LinuxDesktop::None;
    for (const QString &name : names) {
        if (name.compare(u"GNOME", Qt::CaseInsensitive) == 0
            || name.compare(u"Unity", Qt::CaseInsensitive) == 0)
            return LinuxDesktop::Gnome;
        if (name.compare(u"KDE", Qt::CaseInsensitive) == 0)
            return LinuxDesktop::Kde;
    }
    return LinuxDesktop::Other;
}

std::optional<Observation> linuxRemoteLogin(const std::optional<QByteArray> &tcp,
                                            const std::optional<QByteArray> &tcp6)
{
    // -1: the table could not be read; 0: no listener; 1: an SSH listener.
    const auto listener = [](const std::optional<QByteArray> &table) {
        if (!table)
            return -1;
        const std::optional<bool> listens = linuxListensOn(*table, 22);
        return listens.has_value() ? int(listens.value()) : -1;
    };
    const int v4 = listener(tcp);
    const int v6 = listener(tcp6);
    if (v4 == 1 || v6 == 1)
        return observe(Observation::State::Failing,
                       Text::tr("An SSH server accepts remote logins (port 22)."));
    if (v4 < 0) // without the IPv4 table nothing can be said
        return std::nullopt;
    return observe(Observation::State::Passing, Text::tr("No SSH server is listening."));
}

} // namespace Stethoscope::Sources::Local
