#include "catch.h"

#include "sampleview.h"
#include "statustext.h"

using namespace Stethoscope;
using namespace Stethoscope::Desktop;
using Desktop::Test::sampleNow;
using Desktop::Test::sampleView;

TEST_CASE("The tooltip counts the devices that need attention, stale ones aside", "[statustext]")
{
    const StatusView view = sampleView();
    CHECK(trayState(view) == TrayState::ActionRequired);
    CHECK(trayToolTip(view, sampleNow()) == u"Stethoscope — 2 devices need attention (1 critical)");
}

TEST_CASE("Each state has its own wording", "[statustext]")
{
    StatusView view = sampleView();

    SECTION("suggestions only")
    {
        view.snapshot.devices.removeAt(0); // the critical Mac
        view.snapshot.devices.removeLast(); // the stale iPhone
        view.snapshot.overall = Core::Rating::Warning;
        CHECK(trayState(view) == TrayState::Suggestions);
        CHECK(statusSummary(view, sampleNow()) == u"1 device with suggestions");
    }
    SECTION("all good")
    {
        view.snapshot.devices = {view.snapshot.devices[2]};
        view.snapshot.overall = Core::Rating::Ok;
        CHECK(trayState(view) == TrayState::AllGood);
        CHECK(statusSummary(view, sampleNow())
              == u"All your devices follow the security practices");
    }
    SECTION("no backend answered: unknown, with the last known status and its age")
    {
        for (auto &source : view.snapshot.sources)
            source.state = Core::SourceStatus::State::Stale;
        view.snapshot.generatedAt = sampleNow().addSecs(-3 * 3600);
        CHECK(trayState(view) == TrayState::Unknown);
        CHECK(statusSummary(view, sampleNow())
              == u"Status unknown — last known 3 h ago: 2 devices need attention (1 critical)");
    }
    SECTION("checking before anything is known")
    {
        StatusView first;
        first.checking = true;
        CHECK(trayState(first) == TrayState::Checking);
        CHECK(statusSummary(first, sampleNow()) == u"Checking your devices…");
        first.checking = false;
        CHECK(trayState(first) == TrayState::Unknown);
    }
    SECTION("from the cache, with its age")
    {
        view.fromCache = true;
        view.snapshot.generatedAt = sampleNow().addSecs(-2 * 3600);
        CHECK(statusSummary(view, sampleNow())
              == u"2 devices need attention (1 critical) (as of 2 h ago)");
    }
    SECTION("an empty fleet is never green")
    {
        view.snapshot.devices.clear();
        view.snapshot.overall = Core::Rating::Unknown;
        CHECK(trayState(view) == TrayState::Unknown);
        CHECK(statusSummary(view, sampleNow()) == u"No devices found for you");
    }
}

TEST_CASE("The last-checked line names the backends that answered and those that did not",
          "[statustext]")
{
    CHECK(lastCheckedLine(sampleView(), sampleNow())
          == u"Last checked 10:41 AM — Jamf and Google ok; LANDESK unreachable");
    CHECK(lastCheckedLine(StatusView {}, sampleNow()) == u"Not checked yet");
}

TEST_CASE("A failed backend says what is shown instead", "[statustext]")
{
    StatusView view = sampleView();
    CHECK(sourceProblems(view, sampleNow())
          == QStringList {
              QStringLiteral("LANDESK couldn't be reached — showing what it reported yesterday "
                             "at 4:20 PM")});
    view.snapshot.sources[1].state = Core::SourceStatus::State::Error;
    view.snapshot.sources[1].reportedAt.reset();
    CHECK(sourceProblems(view, sampleNow()).value(0)
          == u"Google couldn't be reached — nothing it reported is known yet");
}

TEST_CASE("Days read as today, yesterday or a date", "[statustext]")
{
    const QDateTime now = sampleNow();
    CHECK(dayAndTime(now.addSecs(-3600), now) == u"today at 9:42 AM");
    CHECK(dayAndTime(now.addDays(-1), now) == u"yesterday at 10:42 AM");
    CHECK(dayAndTime(now.addDays(-6), now) == u"on 14 Nov at 10:42 AM");
}

TEST_CASE("Clock times never show seconds, whatever the locale", "[statustext]")
{
    const QLocale saved;
    QLocale::setDefault(QLocale::c());
    CHECK(clockTime(QTime(16, 20, 33)) == u"16:20");
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(clockTime(QTime(16, 20, 33)) == u"16:20");
    QLocale::setDefault(saved);
    CHECK(clockTime(QTime(16, 20, 33)) == u"4:20 PM");
}
