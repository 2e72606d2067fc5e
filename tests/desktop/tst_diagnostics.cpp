#include "catch.h"

#include "diagnostics.h"
#include "sampleview.h"

using namespace Stethoscope::Desktop;
using namespace std::chrono_literals;

TEST_CASE("Diagnostics tell the helpdesk what each backend did and what comes next",
          "[diagnostics]")
{
    DiagnosticsInput input;
    input.view = Test::sampleView();
    input.view.fromCache = true;
    input.trayAvailable = true;
    input.notificationChannel = QStringLiteral("freedesktop");
    input.signInEnabled = true;
    input.email = QStringLiteral("alice@example.com");
    input.nextRefresh = 59min + 30s;
    input.failuresInARow = 0;
    input.cachePath = QStringLiteral("/home/alice/.local/share/Stethoscope/snapshot.json");
    input.now = Test::sampleNow();

    const QString text = diagnosticsText(input);
    CHECK(text.contains(u"Tray: available; notifications: freedesktop\n"));
    CHECK(text.contains(u"Sign-in: alice@example.com\n"));
    CHECK(text.contains(u"Last checked: 2026-11-20T10:41:00Z (from the cache); overall critical; "
                        u"4 devices\n"));
    CHECK(text.contains(u"  landesk: stale, 1 records, reported 2026-11-19T16:20:00Z — LANDESK: "
                        u"connection refused\n"));
    CHECK(text.contains(u"  jamf: ok, 2 records"));
    CHECK(text.contains(u"Next refresh: in about 60 min; failed refreshes in a row: 0\n"));
    CHECK(text.contains(u"Cache: /home/alice/.local/share/Stethoscope/snapshot.json\n"));

    input.signInEnabled = true;
    input.email.clear();
    input.view = {};
    input.refreshing = true;
    const QString signedOut = diagnosticsText(input);
    CHECK(signedOut.contains(u"Sign-in: signed out\n"));
    CHECK(signedOut.contains(u"Last checked: never\n"));
    CHECK(signedOut.contains(u"Next refresh: running now"));
}
