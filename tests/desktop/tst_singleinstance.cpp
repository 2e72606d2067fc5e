#include "catch.h"

#include "singleinstance.h"

#include <QSignalSpy>
#include <QUuid>

using Stethoscope::Desktop::SingleInstance;

TEST_CASE("A second launch brings the first one forward instead of starting again", "[instance]")
{
    const QString key = QUuid::createUuid().toString(QUuid::Id128).left(8);
    SingleInstance first(key);
    REQUIRE(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SingleInstance second(key);
    CHECK_FALSE(second.claim());
    CHECK(activated.wait(3000));

    QSignalSpy alerts(&first, &SingleInstance::alertsRequested);
    SingleInstance third(key);
    CHECK_FALSE(third.claim(SingleInstance::Request::ShowAlerts));
    CHECK(alerts.wait(3000));
    CHECK(activated.count() == 1);

    // Another key (the demo) is another instance.
    SingleInstance other(key + QStringLiteral("-other"));
    CHECK(other.claim());
}

TEST_CASE("A socket left by a crashed instance is taken over", "[instance]")
{
    const QString key = QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        SingleInstance crashed(key);
        REQUIRE(crashed.claim());
        // Destroyed without a goodbye; on Unix the socket file may stay.
    }
    SingleInstance next(key);
    CHECK(next.claim());
}
