// Secret hygiene: a full run against the demo company with every logging category at debug
// level, then a search for every secret and token involved — the backends' credentials, the
// service-account key, and every token the backends handed out or were shown — in the logs,
// the report, the --diagnostics output, the cache and state files and the settings file.
// Zero hits.
#include "catch.h"

#include "appsettings.h"
#include "backends.h"
#include "demosetup.h"
#include "evaluator.h"
#include "policy.h"
#include "statusmonitor.h"
#include "statusservice.h"

#include "demo/demobackends.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <optional>

using namespace Stethoscope;
using Sources::Demo::DemoBackends;

namespace {

QMutex logMutex;
QByteArray logText;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    logText += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8()
        + '\n';
}

bool spin(const std::function<bool()> &done, int timeoutMs = 60'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

// Every secret of the run: the configured credentials and the key, and whatever credential
// went over the wire to the demo servers (tokens, the signed assertion, NTLM messages).
QList<QByteArray> secretsOf(DemoBackends &demo)
{
    QList<QByteArray> secrets {QByteArray(Sources::Demo::DemoJamf::clientSecret),
                               QByteArray(Sources::Demo::DemoLandesk::password)};
    // The private key: each line of its PEM body is a secret of its own.
    const auto key = QJsonDocument::fromJson(demo.secret(QStringLiteral("google")))
                         .object()
                         .value(u"private_key");
    for (const QString &line : key.toString().split(u'\n')) {
        if (line.size() >= 32 && !line.startsWith(u"-----"))
            secrets.append(line.toLatin1());
    }
    for (auto *server : {&demo.jamfServer(), &demo.googleServer(), &demo.landeskServer()}) {
        for (const auto &request : server->requests()) {
            const QByteArray authorization = request.header("authorization");
            const qsizetype space = authorization.indexOf(' ');
            if (space > 0 && authorization.size() - space > 8)
                secrets.append(authorization.mid(space + 1));
            const QUrlQuery form(QString::fromLatin1(request.body));
            for (const char *field : {"assertion", "client_secret"}) {
                const QString value = form.queryItemValue(QLatin1String(field), QUrl::FullyDecoded);
                if (!value.isEmpty())
                    secrets.append(value.toLatin1());
            }
        }
    }
    QList<QByteArray> unique;
    for (const QByteArray &secret : std::as_const(secrets)) {
        if (!unique.contains(secret))
            unique.append(secret);
    }
    return unique;
}

// Where a secret was found, or empty.
QStringList leaks(const QList<QByteArray> &secrets, const QHash<QString, QByteArray> &texts)
{
    QStringList found;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        for (const QByteArray &secret : secrets) {
            if (it.value().contains(secret))
                found.append(it.key() + QStringLiteral(" holds ")
                             + QString::fromLatin1(secret.left(12)) + QStringLiteral("…"));
        }
    }
    return found;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real binary, with the secrets in its environment, while the demo servers (in this
// process) keep answering.
Run stethoscope(const QStringList &arguments, const QTemporaryDir &home, DemoBackends &demo)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("STETHOSCOPE_JAMF_SECRET"),
                       QString::fromLatin1(Sources::Demo::DemoJamf::clientSecret));
    environment.insert(QStringLiteral("STETHOSCOPE_LANDESK_SECRET"),
                       QString::fromLatin1(Sources::Demo::DemoLandesk::password));
    environment.insert(QStringLiteral("STETHOSCOPE_GOOGLE_SECRET"),
                       QString::fromUtf8(demo.secret(QStringLiteral("google"))));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STETHOSCOPE_BINARY), arguments);
    REQUIRE(process.waitForStarted(10'000));
    REQUIRE(spin([&] { return process.state() == QProcess::NotRunning; }));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST_CASE("No secret or token reaches a log, a report, diagnostics or a file", "[secrets]")
{
    DemoBackends demo;
    REQUIRE(demo.start());
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QHash<QString, QByteArray> texts;

    // The command line, as a script or the helpdesk runs it: a report and the diagnostics,
    // against the demo servers configured like a real company's, at debug level.
    const QString ini = home.filePath(QStringLiteral("stethoscope.ini"));
    {
        QFile file(ini);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("[identity]\nemail=alice@example.com\n"
                           "[jamf]\nenabled=true\nurl=%1\nauth=client-credentials\n"
                           "client_id=%2\n"
                           "[google]\nenabled=true\napi_url=%3\nauth=service-account\n"
                           "subject=%4\n"
                           "[landesk]\nenabled=true\nurl=%5\nauth=ntlm\nusername=%6\ntimezone=%7\n"
                           "filter=\"\\\"Computer\\\".\\\"Primary Owner\\\" = "
                           "'{username}'\"\n")
                .arg(demo.jamfUrl().toString(), demo.jamfClientId(), demo.googleUrl().toString(),
                     demo.googleSubject(), demo.landeskUrl().toString(),
                     demo.landeskUser().replace(u'\\', QStringLiteral("\\\\")),
                     QString::fromUtf8(Sources::Demo::DemoLandesk::timeZone().id()))
                .toUtf8());
    }
    const Run report
        = stethoscope({QStringLiteral("--report"), QStringLiteral("--config"), ini}, home, demo);
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains("alice-mbp")); // the run did reach every backend
    CHECK(report.out.contains("ALICE-THINKPAD"));
    CHECK(report.out.contains("Pixel 9"));
    CHECK(report.err.contains("stethoscope.sources.http")); // debug logging was on
    texts.insert(QStringLiteral("the report"), report.out);
    texts.insert(QStringLiteral("the report's log"), report.err);
    const Run diagnostics = stethoscope(
        {QStringLiteral("--diagnostics"), QStringLiteral("--config"), ini}, home, demo);
    CHECK(diagnostics.exitCode == 0);
    CHECK(diagnostics.out.contains("jamf"));
    texts.insert(QStringLiteral("the diagnostics"), diagnostics.out);
    texts.insert(QStringLiteral("the diagnostics' log"), diagnostics.err);

    // The tray app's refresh, in this process: the same backends, then the status monitor
    // that writes the cache and the alert, inbox and report files.
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        Core::SystemClock clock;
        QNetworkAccessManager network;
        App::AppSettings settings;
        App::useDemoBackends(settings, demo);
        App::DemoSecrets secrets(demo);
        auto created = App::Backends::create(settings, secrets, network, clock);
        REQUIRE(created.hasValue());
        std::unique_ptr<App::Backends> backends = std::move(created).value();
        const Core::Evaluator evaluator(Core::PracticeCatalog::builtin(), Core::Policy::builtin());
        Core::StatusService status(evaluator, clock);
        status.setSources(backends->sources(), backends->disabled());
        status.setUser(settings.email());
        const QString data = home.filePath(QStringLiteral("data/Stethoscope"));
        QDir().mkpath(data);
        Desktop::StatusMonitor monitor(
            clock,
            {data + QStringLiteral("/snapshot.json"), data + QStringLiteral("/alerts.json"),
             data + QStringLiteral("/inbox.json"), data + QStringLiteral("/reported.json")});
        monitor.restore();
        int refreshes = 0;
        QObject::connect(&status, &Core::StatusService::refreshed, &monitor,
                         [&](const Core::Snapshot &snapshot) {
                             monitor.refreshed(snapshot);
                             ++refreshes;
                         });
        status.refresh();
        REQUIRE(spin([&] { return refreshes == 1; }));
        backends->release();
        backends.reset();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        CHECK(QFile::exists(data + QStringLiteral("/snapshot.json")));
        const QMutexLocker lock(&logMutex);
        CHECK(logText.contains("stethoscope.sources.http"));
        texts.insert(QStringLiteral("the app's log"), logText);
    }

    // Every file the runs left: the settings file, the cache and the state files.
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int fileCount = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        texts.insert(QDir(home.path()).relativeFilePath(file.fileName()), file.readAll());
        ++fileCount;
    }
    CHECK(fileCount >= 3); // the settings file, the cache, the alert state

    const QList<QByteArray> secrets = secretsOf(demo);
    // The credentials, a key line and at least one token from each backend.
    CHECK(secrets.size() >= 6);
    const QStringList found = leaks(secrets, texts);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}
