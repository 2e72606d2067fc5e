// The sources' share of the footprint: how long a refresh takes against slow backends, how
// many HTTP requests a refresh costs each backend, and how fast each backend's answers parse.
// A benchmark, not a test: it prints figures (lines "metric=… value=…", see footprint.sh) and
// never fails on time; it fails only when it cannot measure.
//
//   stethoscope_bench_sources [latency ms, default 200]
//
// Refresh: the tray app's own backends (App::Backends, as built from the settings) against
// the demo company, every request of every backend answered L ms late. Each backend alone,
// then all three at once, for alice@example.com (a Mac and an iPhone in Jamf, a ThinkPad in
// LANDESK, a Pixel in Google). The first refresh fetches the tokens; the second, measured,
// reuses them, as every refresh after the first does.

#include "appsettings.h"
#include "backends.h"
#include "clock.h"
#include "demo/demobackends.h"
#include "demosetup.h"
#include "evaluator.h"
#include "google/googleparser.h"
#include "jamf/jamfparser.h"
#include "landesk/landeskparser.h"
#include "policy.h"
#include "statusservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace Stethoscope;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One figure, in the format footprint.sh prints: baseline, ratio and target are "-" when
// they do not apply.
void metric(const QString &name, double value, const QString &unit,
            std::optional<double> baseline = {}, const QString &target = {})
{
    const auto number = [](double x) {
        return x == std::floor(x) ? QString::number(qint64(x))
                                  : QString::number(x, 'f', x < 10 ? 2 : 1);
    };
    const auto dash = QStringLiteral("-");
    QString ratio = dash;
    if (baseline && *baseline > 0)
        ratio = QString::number(value / *baseline, 'f', 2);
    QString ok = dash;
    if (!target.isEmpty()) {
        // "ratio<=1.2" or "value<=2": one comparison, parsed here.
        const bool onRatio = target.startsWith(u"ratio");
        const double measured = onRatio ? (baseline ? value / *baseline : 0) : value;
        const QString rest = target.mid(5); // after "ratio" or "value"
        const bool orEqual = rest.startsWith(u"<=");
        const double limit = rest.mid(orEqual ? 2 : 1).toDouble();
        ok = (orEqual ? measured <= limit : measured < limit) ? QStringLiteral("yes")
                                                              : QStringLiteral("no");
    }
    out() << QStringLiteral("metric=%1 value=%2 unit=%3 baseline=%4 ratio=%5 target=%6 ok=%7\n")
                 .arg(name, number(value), unit, baseline ? number(*baseline) : dash, ratio,
                      target.isEmpty() ? dash : target, ok);
    out().flush();
}

struct Backend
{
    QString name; // as in the settings: "jamf", "google", "landesk"
    const App::SettingKey &enabled;
    Sources::Demo::DemoHttpServer &(Sources::Demo::DemoBackends::*server)();
};

const Backend backends[] = {
    {QStringLiteral("jamf"), App::Keys::jamfEnabled, &Sources::Demo::DemoBackends::jamfServer},
    {QStringLiteral("google"), App::Keys::googleEnabled,
     &Sources::Demo::DemoBackends::googleServer},
    {QStringLiteral("landesk"), App::Keys::landeskEnabled,
     &Sources::Demo::DemoBackends::landeskServer},
};

struct RefreshFigures
{
    qint64 coldMs = -1; // the first refresh (tokens fetched)
    qint64 warmMs = -1; // the second (tokens reused)
    QHash<QString, int> coldRequests; // per backend
    QHash<QString, int> warmRequests;
};

// Two refreshes over the demo company with `latencyMs` on every request of the backends in
// `only` (empty: all of them), the others switched off. Nothing when it could not run.
std::optional<RefreshFigures> measureRefresh(int latencyMs, const QString &only)
{
    Sources::Demo::DemoBackends demo;
    if (!demo.start())
        return std::nullopt;
    App::AppSettings settings;
    App::useDemoBackends(settings, demo);
    for (const Backend &backend : backends) {
        (demo.*backend.server)().addFault(
            {.kind = Sources::Demo::DemoFault::Kind::Latency, .milliseconds = latencyMs});
        if (!only.isEmpty() && backend.name != only)
            settings.setOverride(backend.enabled, false);
    }
    QNetworkAccessManager network;
    const Core::SystemClock clock;
    const App::DemoSecrets secrets(demo);
    auto built = App::Backends::create(settings, secrets, network, clock);
    if (!built) {
        out() << "# the backends could not be built: " << built.error().message << '\n';
        return std::nullopt;
    }
    const Core::Evaluator evaluator(Core::PracticeCatalog::builtin(), Core::Policy::builtin());
    Core::StatusService status(evaluator, clock);
    status.setSources((*built)->sources(), (*built)->disabled());
    status.setUser(settings.email());

    RefreshFigures figures;
    for (int round = 0; round < 2; ++round) {
        QHash<QString, int> before;
        for (const Backend &backend : backends)
            before[backend.name] = (demo.*backend.server)().requestCount();
        bool done = false;
        bool answered = true;
        const auto connection = QObject::connect(
            &status, &Core::StatusService::refreshed, &status, [&](const Core::Snapshot &) {
                done = true;
                for (const Core::SourceResult &result : status.lastResults())
                    answered = answered && result.records.hasValue();
            });
        QElapsedTimer timer;
        timer.start();
        status.refresh();
        while (!done && timer.elapsed() < 120'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const qint64 elapsed = timer.elapsed();
        QObject::disconnect(connection);
        if (!done || !answered) {
            out() << "# a refresh " << (done ? "had a failing backend" : "did not finish") << " ("
                  << (only.isEmpty() ? QStringLiteral("all") : only) << ")\n";
            return std::nullopt;
        }
        QHash<QString, int> &requests = round == 0 ? figures.coldRequests : figures.warmRequests;
        for (const Backend &backend : backends)
            requests[backend.name] = (demo.*backend.server)().requestCount() - before[backend.name];
        (round == 0 ? figures.coldMs : figures.warmMs) = elapsed;
    }
    return figures;
}

QByteArray readTestData(const char *relativePath)
{
    QFile file(QStringLiteral(STETHOSCOPE_TEST_DATA "/") + QString::fromLatin1(relativePath));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A JSON page with the sample's first entry of `arrayKey` repeated to `count` entries, each
// with its own id: a full page, as the backends send them.
QByteArray fullJsonPage(const QByteArray &sample, const QString &arrayKey, const QString &idKey,
                        int count)
{
    QJsonObject page = QJsonDocument::fromJson(sample).object();
    const QJsonArray entries = page.value(arrayKey).toArray();
    if (entries.isEmpty())
        return {};
    QJsonArray filled;
    for (int i = 0; i < count; ++i) {
        QJsonObject entry = entries.at(i % entries.size()).toObject();
        entry.insert(idKey, QStringLiteral("%1%2").arg(entry.value(idKey).toString()).arg(i));
        filled.append(entry);
    }
    page.insert(arrayKey, filled);
    return QJsonDocument(page).toJson(QJsonDocument::Indented);
}

// One answer of a backend and the parser that reads it.
struct Sample
{
    QByteArray body;
    std::function<bool(QByteArrayView)> parses;
};

// Parses the samples over and over for at least 300 ms; MB/s (10^6 bytes), or nothing when a
// sample is missing or did not parse.
std::optional<double> throughput(const QList<Sample> &samples)
{
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    do {
        for (const Sample &sample : samples) {
            if (sample.body.isEmpty() || !sample.parses(sample.body))
                return std::nullopt;
            bytes += sample.body.size();
        }
    } while (timer.elapsed() < 300);
    return double(bytes) / 1e6 / (double(timer.nsecsElapsed()) / 1e9);
}

bool measureParsing()
{
    using namespace Sources;
    const QString email = QStringLiteral("alice@example.com");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Jamf and Google answer in pages of 100 devices; the samples' devices fill one.
    const auto jamf = throughput({
        {fullJsonPage(readTestData("jamf/computers-v3-page1.json"), QStringLiteral("results"),
                      QStringLiteral("id"), 100),
         [](QByteArrayView body) { return Jamf::parseComputersPage(body).hasValue(); }},
        {fullJsonPage(readTestData("jamf/mobile-devices.json"), QStringLiteral("results"),
                      QStringLiteral("id"), 100),
         [](QByteArrayView body) { return Jamf::parseMobileDevicesPage(body).hasValue(); }},
    });
    const auto google = throughput({
        {fullJsonPage(readTestData("google/mobile-page.json"), QStringLiteral("mobiledevices"),
                      QStringLiteral("resourceId"), 100),
         [&](QByteArrayView body) { return Google::parseMobilePage(body, email, now).hasValue(); }},
        {fullJsonPage(readTestData("google/chromeos-page.json"), QStringLiteral("chromeosdevices"),
                      QStringLiteral("deviceId"), 100),
         [&](QByteArrayView body) {
             return Google::parseChromeOsPage(body, email, now).hasValue();
         }},
    });
    // LANDESK answers one machine at a time: the query, then each machine's data and
    // vulnerabilities.
    const auto landesk = throughput({
        {readTestData("landesk/runquery.xml"),
         [&](QByteArrayView body) {
             return Landesk::parseQueryMachines(body, email, QStringLiteral("alice")).hasValue();
         }},
        {readTestData("landesk/machinedata.xml"),
         [](QByteArrayView body) { return Landesk::parseMachineData(body).hasValue(); }},
        {readTestData("landesk/vulnerabilities.soap.xml"),
         [](QByteArrayView body) { return Landesk::parseVulnerabilities(body).hasValue(); }},
    });
    if (!jamf || !google || !landesk) {
        out() << "# a sample answer is missing or did not parse (tests/data)\n";
        return false;
    }
    metric(QStringLiteral("parse.jamf"), *jamf, QStringLiteral("MB/s"));
    metric(QStringLiteral("parse.google"), *google, QStringLiteral("MB/s"));
    metric(QStringLiteral("parse.landesk"), *landesk, QStringLiteral("MB/s"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int latencyMs = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    if (latencyMs <= 0) {
        out() << "usage: stethoscope_bench_sources [latency ms]\n";
        return 2;
    }

    out() << "# sources: refresh with " << latencyMs
          << " ms on every request, requests per refresh, parse throughput\n";
    qint64 slowestAlone = 0;
    for (const Backend &backend : backends) {
        const auto figures = measureRefresh(latencyMs, backend.name);
        if (!figures)
            return 1;
        slowestAlone = std::max(slowestAlone, figures->warmMs);
        metric(QStringLiteral("refresh.alone.") + backend.name, double(figures->warmMs),
               QStringLiteral("ms"), double(latencyMs));
    }
    const auto all = measureRefresh(latencyMs, {});
    if (!all)
        return 1;
    // As a multiple of L (how many round trips in a row), and against the slowest backend
    // alone: side by side, three backends take about as long as the slowest one.
    metric(QStringLiteral("refresh.all"), double(all->warmMs), QStringLiteral("ms"),
           double(latencyMs));
    metric(QStringLiteral("refresh.all_vs_slowest"), double(all->warmMs), QStringLiteral("ms"),
           double(slowestAlone), QStringLiteral("ratio<=1.2"));
    metric(QStringLiteral("refresh.all_first"), double(all->coldMs), QStringLiteral("ms"),
           double(latencyMs));
    for (const Backend &backend : backends) {
        metric(QStringLiteral("requests.first.") + backend.name,
               all->coldRequests.value(backend.name), QStringLiteral("requests"));
        metric(QStringLiteral("requests.") + backend.name, all->warmRequests.value(backend.name),
               QStringLiteral("requests"), {}, QStringLiteral("value<=2"));
    }
    return measureParsing() ? 0 : 1;
}
