#include "catch.h"

#include "devicemerger.h"
#include "macaddress.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs the real stethoscope binary, as a script or IT would, with only the secrets given.
Run stethoscope(const QStringList &arguments, const QHash<QString, QString> &secrets = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("STETHOSCOPE_JAMF_SECRET"));
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        environment.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STETHOSCOPE_BINARY), arguments);
    REQUIRE(process.waitForStarted(10'000));
    REQUIRE(process.waitForFinished(60'000));
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QString writeConfig(QTemporaryDir &dir, const QByteArray &ini)
{
    const QString path = dir.filePath(QStringLiteral("stethoscope.ini"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(ini);
    return path;
}

} // namespace

TEST_CASE("The demo report lists the employee's devices from all three backends over HTTP", "[cli]")
{
    const Run run = stethoscope({QStringLiteral("--demo"), QStringLiteral("--report"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(report.value(QStringLiteral("user")).toString() == u"alice@example.com");
    CHECK(report.value(QStringLiteral("devices")).toArray().size() >= 3);
    const QJsonArray sources = report.value(QStringLiteral("sources")).toArray();
    QStringList states;
    for (const QJsonValue &source : sources) {
        states.append(source.toObject().value(QStringLiteral("id")).toString() + u'='
                      + source.toObject().value(QStringLiteral("state")).toString());
    }
    states.sort();
    CHECK(states
          == QStringList {QStringLiteral("google=ok"), QStringLiteral("jamf=ok"),
                          QStringLiteral("landesk=ok")});
}

TEST_CASE("Configuration errors exit with 2 and name what is wrong", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto [arguments, ini, expected] = GENERATE(table<QStringList, QByteArray, QString>({
        {{QStringLiteral("--report"), QStringLiteral("--bogus")}, {}, QStringLiteral("bogus")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[local]\nenabled=false\n",
         QStringLiteral("No backend is configured")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[local]\nenabled=maybe\n",
         QStringLiteral("[local] enabled")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[jamf]\nenabeld=true\n",
         QStringLiteral("unknown key \"jamf/enabeld\"")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[jamf]\nenabled=true\n",
         QStringLiteral("[jamf] url")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[jamf]\nenabled=true\nurl=http://jamf.example.com\nclient_id=x\n",
         QStringLiteral("https://")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[jamf]\nenabled=true\nurl=https://jamf.example.com\nauth=kerberos\n",
         QStringLiteral("[jamf] auth")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[identity]\nemail=alice@example.com\n[jamf]\nenabled=true\nurl=https://jamf.example.com\n"
         "client_id=x\n",
         QStringLiteral("STETHOSCOPE_JAMF_SECRET")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[google]\nenabled=true\n",
         QStringLiteral("[google] subject")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[google]\nenabled=true\nsubject=admin@example.com\nservice_account_file=/nonexistent/"
         "key.json\n",
         QStringLiteral("cannot be read")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[landesk]\nenabled=true\nurl=https://epm.example.com/MBSDKService/MsgSDK.asmx\n",
         QStringLiteral("[landesk] filter")},
        {{QStringLiteral("--report"), QStringLiteral("--config")},
         "[landesk]\nenabled=true\nurl=https://epm.example.com/MBSDKService/"
         "MsgSDK.asmx\nquery=Mine\ntimezone=Mars/Olympus\n",
         QStringLiteral("[landesk] timezone")},
    }));
    QStringList args = arguments;
    if (args.endsWith(QStringLiteral("--config")))
        args.append(writeConfig(dir, ini));
    const Run run = stethoscope(args);
    CAPTURE(run.err);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(expected));
    CHECK(run.out.isEmpty());
}

TEST_CASE("When every backend fails the report says why and exits with 3", "[cli]")
{
    // A loopback port where nothing listens: the connection is refused on every attempt.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString config = writeConfig(
        dir,
        "[identity]\nemail=alice@example.com\n[local]\nenabled=false\n[jamf]\nenabled=true\n"
        "url=http://127.0.0.1:"
            + QByteArray::number(port) + "\nclient_id=x\n");
    const Run run = stethoscope(
        {QStringLiteral("--report"), QStringLiteral("--config"), config},
        {{QStringLiteral("STETHOSCOPE_JAMF_SECRET"), QStringLiteral("s3cret-value")}});
    CHECK(run.exitCode == 3);
    const QString out = QString::fromUtf8(run.out);
    CHECK(out.contains(u"Jamf failed: Jamf could not be reached at 127.0.0.1"));
    CHECK(out.contains(u"Overall: ? Unknown"));
    // The secret never shows up anywhere.
    CHECK_FALSE(out.contains(u"s3cret-value"));
    CHECK_FALSE(run.err.contains(u"s3cret-value"));
}

TEST_CASE("Diagnostics show each setting's layer, the keychain and the backends' reachability",
          "[cli]")
{
    QTemporaryDir dir;
    // IT's file, found through the XDG config dirs like /etc/xdg/Stethoscope/stethoscope.conf.
    QDir(dir.path()).mkpath(QStringLiteral("xdg/Stethoscope"));
    QFile managed(dir.filePath(QStringLiteral("xdg/Stethoscope/stethoscope.conf")));
    REQUIRE(managed.open(QIODevice::WriteOnly));
    managed.write("[app]\nrefresh_minutes=240\nhelp=it@example.com\n[jamf]\nulr=typo\n");
    managed.close();
    const QString user = writeConfig(dir, "[app]\nrefresh_minutes=30\nallow_quit=false\n");

    const Run run = stethoscope(
        {QStringLiteral("--diagnostics"), QStringLiteral("--demo"), QStringLiteral("--config"),
         user},
        {{QStringLiteral("XDG_CONFIG_DIRS"), dir.filePath(QStringLiteral("xdg"))},
         {QStringLiteral("STETHOSCOPE_JAMF_SECRET"), QStringLiteral("do-not-print-me")}});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString out = QString::fromUtf8(run.out);
    CHECK(out.contains(QStringLiteral("Managed settings: ")
                       + dir.filePath(QStringLiteral("xdg/Stethoscope/stethoscope.conf"))));
    CHECK(out.contains(u"  problem: unknown key \"jamf/ulr\" ignored"));
    CHECK(out.contains(u"  [app] refresh_minutes = 240 (managed)\n")); // IT beats the user
    CHECK(out.contains(u"  [app] allow_quit = false (user)\n"));
    CHECK(out.contains(u"  [google] customer = my_customer (default)\n"));
    CHECK(out.contains(u"  [jamf] enabled = true (command line)\n")); // --demo
    CHECK(out.contains(u"Keychain:\n  backend/google: "));
    CHECK(out.contains(u"  oidc/refresh-token: "));
    CHECK(
        out.contains(QRegularExpression(QStringLiteral("  Jamf \\(http://127\\.0\\.0\\.1:\\d+\\): "
                                                       "reachable \\(HTTP \\d+ in \\d+ ms\\)"))));
    CHECK(out.contains(QRegularExpression(QStringLiteral(
        "  LANDESK \\(http://127\\.0\\.0\\.1:\\d+/MBSDKService/MsgSDK\\.asmx\\): reachable"))));
    CHECK_FALSE(out.contains(u"do-not-print-me"));
    CHECK_FALSE(run.err.contains(u"do-not-print-me"));
}

TEST_CASE("With only the local source the report lists this computer, read live", "[cli][local]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString config = writeConfig(dir, "[local]\nenabled=true\n");
    const Run run = stethoscope({QStringLiteral("--report"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--config"), config});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);

    // The backends are listed as off; the local source answered.
    QStringList states;
    for (const QJsonValue &source : report.value(QStringLiteral("sources")).toArray()) {
        states.append(source.toObject().value(QStringLiteral("id")).toString() + u'='
                      + source.toObject().value(QStringLiteral("state")).toString());
    }
    states.sort();
    CHECK(states
          == QStringList {QStringLiteral("google=disabled"), QStringLiteral("jamf=disabled"),
                          QStringLiteral("landesk=disabled"), QStringLiteral("local=ok")});

    const QJsonArray devices = report.value(QStringLiteral("devices")).toArray();
    REQUIRE(devices.size() == 1);
    const QJsonObject device = devices[0].toObject();
    CHECK(device.value(QStringLiteral("sources")).toArray()
          == QJsonArray {QStringLiteral("local")});
    CHECK(device.value(QStringLiteral("name")).toString() == QSysInfo::machineHostName());
#ifdef Q_OS_LINUX
    CHECK(device.value(QStringLiteral("platform")).toString() == u"Linux");
#endif
    CHECK_FALSE(device.value(QStringLiteral("os_version")).toString().isEmpty());
    // A verdict on every practice the issue names, each from this device.
    const QJsonObject practices = device.value(QStringLiteral("practices")).toObject();
    for (const char *key : {"encryption", "firewall", "autoupdate", "screenlock", "uptodate"}) {
        INFO(key);
        const QJsonObject practice = practices.value(QLatin1String(key)).toObject();
        REQUIRE_FALSE(practice.isEmpty());
        CHECK(practice.value(QStringLiteral("source")).toString() == u"local");
        CHECK_FALSE(practice.value(QStringLiteral("status")).toString().isEmpty());
    }
}

TEST_CASE("The demo leaves this computer out unless [local] enabled is set", "[cli][local]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto sourcesOf = [](const Run &run) {
        QStringList ids;
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        for (const QJsonValue &source : report.value(QStringLiteral("sources")).toArray())
            ids.append(source.toObject().value(QStringLiteral("id")).toString());
        ids.sort();
        return ids;
    };
    const Run plain = stethoscope({QStringLiteral("--demo"), QStringLiteral("--report"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(plain.exitCode == 0);
    CHECK_FALSE(sourcesOf(plain).contains(QStringLiteral("local")));

    const Run withLocal
        = stethoscope({QStringLiteral("--demo"), QStringLiteral("--report"),
                       QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--config"), writeConfig(dir, "[local]\nenabled=true\n")});
    INFO(withLocal.err.toStdString());
    REQUIRE(withLocal.exitCode == 0);
    CHECK(sourcesOf(withLocal)
          == QStringList {QStringLiteral("google"), QStringLiteral("jamf"),
                          QStringLiteral("landesk"), QStringLiteral("local")});
    // This computer is listed once: the demo's backend knows it as of three days ago, and
    // that record merges with the live one (by serial or MAC, or else by its host name).
    const QString host = QSysInfo::machineHostName();
    QList<QJsonObject> named;
    for (const QJsonValue &device :
         QJsonDocument::fromJson(withLocal.out).object().value(QStringLiteral("devices")).toArray())
        if (device.toObject().value(QStringLiteral("name")).toString() == host)
            named.append(device.toObject());
    REQUIRE_FALSE(named.isEmpty());
    // By a hardware identifier where this computer has one, else by its name — and then it
    // says so. A computer with neither (called "localhost", say) stays on its own.
    bool hardware = false;
    for (const QJsonObject &device : std::as_const(named)) {
        const QJsonObject ids = device.value(QStringLiteral("identifiers")).toObject();
        hardware = hardware
            || Stethoscope::Core::isIdentitySerial(ids.value(QStringLiteral("serial")).toString());
        for (const QJsonValue mac : ids.value(QStringLiteral("mac_addresses")).toArray())
            hardware = hardware || Stethoscope::Core::isIdentityMac(mac.toString());
    }
    if (!hardware && Stethoscope::Core::hostNameKey(host).isEmpty()) {
        WARN("This computer has nothing to be known by: no serial, hardware MAC or telling "
             "host name.");
        CHECK(named.size() == 1);
        return;
    }
    REQUIRE(named.size() == 1);
    const QJsonObject device = named.front();
#ifdef Q_OS_MACOS
    const QString backend = QStringLiteral("jamf");
#else
    const QString backend = QStringLiteral("landesk");
#endif
    CHECK(device.value(QStringLiteral("sources")).toArray()
          == QJsonArray {backend, QStringLiteral("local")});
    CHECK(device.value(QStringLiteral("joined_by_name")).toBool() == !hardware);

    // The backend last reported the screen lock (Linux), or disk encryption (Mac, PC), off.
    // Where this computer reads it on now, the live verdict wins and the backend's older one
    // is kept as the disagreement the details window and the text report explain.
#if defined(Q_OS_LINUX)
    const QString practice = QStringLiteral("screenlock");
#else
    const QString practice = QStringLiteral("encryption");
#endif
    const QJsonObject verdict
        = device.value(QStringLiteral("practices")).toObject().value(practice).toObject();
    const QString live = verdict.value(QStringLiteral("status")).toString();
    INFO(practice.toStdString() << " is " << live.toStdString() << " here");
    if (live == u"ok" || live == u"nudge") {
        CHECK(verdict.value(QStringLiteral("source")).toString() == u"local");
        const QJsonObject other = verdict.value(QStringLiteral("disagreement")).toObject();
        CHECK(other.value(QStringLiteral("source")).toString() == backend);
        CHECK(other.value(QStringLiteral("status")).toString() == u"warn");

        const Run text = stethoscope(
            {QStringLiteral("--demo"), QStringLiteral("--report"), QStringLiteral("--format"),
             QStringLiteral("text"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--config"), writeConfig(dir, "[local]\nenabled=true\n")});
        REQUIRE(text.exitCode == 0);
        const QString said = QString::fromUtf8(text.out);
        CHECK(said.contains(QRegularExpression(QStringLiteral(
            "(LANDESK|Jamf) last reported “[^”]+” 3 days ago; this (computer|Mac|PC) "
            "reports “[^”]+” now — (LANDESK|Jamf) will catch up at its next "
            "inventory\\."))));
    } else {
        // Off here too, or unreadable: the backend's warning stands, with nothing to explain.
        CHECK(live == u"warn");
        CHECK_FALSE(verdict.contains(QStringLiteral("disagreement")));
    }
}

TEST_CASE("A damaged settings file stops the run and is left exactly as it was", "[cli][files]")
{
    // The settings are the employee's (or IT's) own file: Stethoscope never writes it, so a
    // damaged one is reported and kept for a person to repair, never replaced or set aside.
    const auto [damage, settings, says] = GENERATE(table<const char *, QByteArray, const char *>({
        {"cut off in a section header",
         QByteArrayLiteral("[jamf]\nenabled=true\nurl=https://jamf.example.com\n[goo"),
         "is not a valid INI file"},
        {"binary garbage", QByteArrayLiteral("\x00\x01\x02\xff\xfe"), "No backend is configured"},
        {"cut off in a value",
         QByteArrayLiteral("[identity]\nemail=alice@example.com\n[app]\nrefresh_minutes=3"),
         "No backend is configured"},
    }));
    DYNAMIC_SECTION(damage)
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, settings);
        // IT switches this computer's own checks off, so that what the damaged file lost (its
        // backends) is all there is to run.
        QTemporaryDir managed;
        REQUIRE(QDir(managed.path()).mkpath(QStringLiteral("Stethoscope")));
        QFile policy(managed.filePath(QStringLiteral("Stethoscope/stethoscope.conf")));
        REQUIRE(policy.open(QIODevice::WriteOnly));
        policy.write("[local]\nenabled=false\n");
        policy.close();
        const Run run = stethoscope({QStringLiteral("--report"), QStringLiteral("--config"), path},
                                    {{QStringLiteral("XDG_CONFIG_DIRS"), managed.path()}});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2); // a configuration error, not a crash
        CHECK(run.err.contains(QLatin1String(says)));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == settings);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)
              == QStringList {QStringLiteral("stethoscope.ini")});
    }
}
