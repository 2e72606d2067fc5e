#include "catch.h"

#include "appsettings.h"
#include "backends.h"
#include "demosetup.h"
#include "evaluator.h"
#include "policy.h"
#include "statusservice.h"

#include "demo/demobackends.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <optional>

using namespace Stethoscope;

namespace {

// The app's real wiring (settings → backends → status service) against the demo company.
struct Pipeline
{
    Core::SystemClock clock;
    QNetworkAccessManager network;
    Sources::Demo::DemoBackends demo;
    App::AppSettings settings;
    std::unique_ptr<App::DemoSecrets> secrets;
    std::unique_ptr<App::Backends> backends;
    Core::Evaluator evaluator {Core::PracticeCatalog::builtin(), Core::Policy::builtin()};

    Pipeline()
    {
        REQUIRE(demo.start());
        App::useDemoBackends(settings, demo);
        secrets = std::make_unique<App::DemoSecrets>(demo);
    }

    Core::Snapshot refresh()
    {
        auto created = App::Backends::create(settings, *secrets, network, clock);
        REQUIRE(created.hasValue());
        backends = std::move(created).value();
        Core::StatusService status(evaluator, clock);
        status.setSources(backends->sources(), backends->disabled());
        status.setUser(settings.email());
        std::optional<Core::Snapshot> snapshot;
        QObject::connect(&status, &Core::StatusService::refreshed, &status,
                         [&](const Core::Snapshot &s) { snapshot = s; });
        status.refresh();
        QElapsedTimer timer;
        timer.start();
        while (!snapshot && timer.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        REQUIRE(snapshot.has_value());
        return *snapshot;
    }
};

QString stateOf(const Core::Snapshot &snapshot, const QString &id)
{
    for (const auto &source : snapshot.sources) {
        if (source.id == id)
            return Core::sourceStateName(source.state);
    }
    return QStringLiteral("missing");
}

const Core::Device *deviceNamed(const Core::Snapshot &snapshot, const QString &name)
{
    for (const auto &device : snapshot.devices) {
        if (device.name == name)
            return &device;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The demo company answers from all three backends, merged into one picture",
          "[backends][demo]")
{
    Pipeline pipeline;
    const Core::Snapshot snapshot = pipeline.refresh();
    CHECK(stateOf(snapshot, QStringLiteral("jamf")) == u"ok");
    CHECK(stateOf(snapshot, QStringLiteral("google")) == u"ok");
    CHECK(stateOf(snapshot, QStringLiteral("landesk")) == u"ok");

    CHECK(deviceNamed(snapshot, QStringLiteral("alice-mbp")) != nullptr); // Jamf
    CHECK(deviceNamed(snapshot, QStringLiteral("Pixel 9")) != nullptr); // Google
    const Core::Device *thinkpad = deviceNamed(snapshot, QStringLiteral("ALICE-THINKPAD"));
    REQUIRE(thinkpad != nullptr); // LANDESK
    CHECK(thinkpad->practices.value(Core::PracticeKey::encryption).status
          == Core::PracticeStatus::Warn);
    // The iPhone is known to Jamf and Google: one device with both as sources.
    const Core::Device *iphone = deviceNamed(snapshot, QStringLiteral("Alice's iPhone"));
    REQUIRE(iphone != nullptr);
    CHECK(iphone->sources == QStringList {QStringLiteral("google"), QStringLiteral("jamf")});
    // Alicia's phone leaked into Google's fuzzy search for alice and was dropped.
    CHECK(deviceNamed(snapshot, QStringLiteral("Alicia's Pixel")) == nullptr);
}

TEST_CASE("LANDESK down: the report is still produced, with LANDESK in error", "[backends][demo]")
{
    Pipeline pipeline;
    pipeline.demo.landeskServer().addFault({.kind = Sources::Demo::DemoFault::Kind::Disconnect});
    const Core::Snapshot snapshot = pipeline.refresh();
    CHECK(stateOf(snapshot, QStringLiteral("landesk")) == u"error");
    CHECK(stateOf(snapshot, QStringLiteral("jamf")) == u"ok");
    CHECK(stateOf(snapshot, QStringLiteral("google")) == u"ok");
    CHECK(deviceNamed(snapshot, QStringLiteral("ALICE-THINKPAD")) == nullptr);
    CHECK(deviceNamed(snapshot, QStringLiteral("alice-mbp")) != nullptr);
}
