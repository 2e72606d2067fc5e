// Prints how long a refresh takes when every backend is slow: two demo Jamf servers, each
// answering every request 300 ms late. Started side by side, two sources take about as long
// as one; one after the other they would take twice as long. A benchmark: it prints figures
// and never fails on time.

#include "clock.h"
#include "demo/demobackends.h"
#include "evaluator.h"
#include "jamf/jamfsource.h"
#include "net/httpclient.h"
#include "net/tokenprovider.h"
#include "policy.h"
#include "statusservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>
#include <vector>

using namespace Stethoscope;
using namespace Stethoscope::Sources;

namespace {

constexpr int latencyMs = 300;

struct Backend
{
    Demo::DemoBackends demo;
    std::unique_ptr<Net::HttpClient> http;
    std::unique_ptr<Net::TokenProvider> tokens;
    std::unique_ptr<Jamf::JamfSource> source;
};

std::unique_ptr<Backend> makeBackend(QNetworkAccessManager &network, const Core::Clock &clock)
{
    auto backend = std::make_unique<Backend>();
    if (!backend->demo.start())
        return nullptr;
    backend->demo.jamfServer().addFault(
        {.kind = Demo::DemoFault::Kind::Latency, .milliseconds = latencyMs});
    backend->http
        = std::make_unique<Net::HttpClient>(network, Net::BackendLimits {QStringLiteral("Jamf")});
    backend->tokens = std::make_unique<Net::JamfClientCredentials>(
        *backend->http, clock, backend->demo.jamfUrl(), backend->demo.jamfClientId(),
        backend->demo.secret(QStringLiteral("jamf")));
    backend->source = std::make_unique<Jamf::JamfSource>(
        *backend->http, *backend->tokens, Jamf::JamfConfig {backend->demo.jamfUrl()}, clock);
    return backend;
}

// One refresh over the given backends; milliseconds, or -1 if it did not finish.
qint64 timeRefresh(const std::vector<std::unique_ptr<Backend>> &backends,
                   const Core::Evaluator &evaluator, const Core::Clock &clock)
{
    Core::StatusService status(evaluator, clock);
    QList<Core::Source *> sources;
    for (const auto &backend : backends)
        sources.append(backend->source.get());
    status.setSources(sources);
    status.setUser(QStringLiteral("alice@example.com"));
    bool done = false;
    QObject::connect(&status, &Core::StatusService::refreshed, &status,
                     [&done](const Core::Snapshot &) { done = true; });
    QElapsedTimer timer;
    timer.start();
    status.refresh();
    while (!done && timer.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done ? timer.elapsed() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Core::SystemClock clock;
    QNetworkAccessManager network;
    const Core::Evaluator evaluator(Core::PracticeCatalog::builtin(), Core::Policy::builtin());

    std::vector<std::unique_ptr<Backend>> one;
    std::vector<std::unique_ptr<Backend>> two;
    one.push_back(makeBackend(network, clock));
    two.push_back(makeBackend(network, clock));
    two.push_back(makeBackend(network, clock));
    for (const auto *list : {&one, &two}) {
        for (const auto &backend : *list) {
            if (!backend) {
                out << "benchmark: the demo backends could not start\n";
                return 1;
            }
        }
    }

    // Each refresh makes one token request and then the listings (side by side), each
    // answered 300 ms late, so one backend needs about 2 × 300 ms.
    const qint64 single = timeRefresh(one, evaluator, clock);
    const qint64 both = timeRefresh(two, evaluator, clock);
    out << "benchmark: refresh with " << latencyMs << " ms latency on every request\n";
    out << QStringLiteral("sources.refresh backends=1 ms=%1\n").arg(single);
    out << QStringLiteral("sources.refresh backends=2 ms=%1\n").arg(both);
    out << QStringLiteral("sources.parallel_ratio two_over_one=%1 (1.0 = fully parallel, 2.0 = "
                          "one after the other)\n")
               .arg(single > 0 ? double(both) / double(single) : 0.0, 0, 'f', 2);
    return 0;
}
