// Inputs the fuzzers found (tests/data/regressions/<target>/), fed to the same readers as in
// the app: each must end in the outcome a person would see, not in a crash or undefined
// behaviour (which the asan preset turns into a failure).
#include "catch.h"

#include "policy.h"
#include "reporteddevices.h"

#include "oidc/idtoken.h"

#include <QFile>

using namespace Stethoscope;

namespace {

// The reproducer as the fuzzer fed it; `selector` drops the byte that chose the reader.
QByteArray reproducer(const char *target, const char *name, bool selector = false)
{
    QFile file(QStringLiteral(STETHOSCOPE_TEST_DATA "/regressions/%1/%2")
                   .arg(QLatin1String(target), QLatin1String(name)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    return selector ? data.mid(1) : data;
}

} // namespace

TEST_CASE("A policy with a number beyond 64 bits is refused, naming the key", "[regressions]")
{
    const auto policy
        = Core::Policy::fromJson(reproducer("fuzz_policy", "huge-stale-after-days.json"));
    REQUIRE_FALSE(policy.hasValue());
    CHECK(policy.error().message.contains(u"stale_after_days"));
}

TEST_CASE("A reported-devices file with an absurd schema number is refused, not misread",
          "[regressions]")
{
    const auto reports = Core::ReportedDevices::restoreState(
        reproducer("fuzz_statefiles", "huge-schema.json", true));
    REQUIRE_FALSE(reports.hasValue());
    CHECK(reports.error().message.contains(u"schema"));
}

TEST_CASE("ID tokens whose expiry is beyond any real time are read without overflow",
          "[regressions]")
{
    const Sources::Oidc::IdTokenExpectations expected {
        QStringLiteral("https://login.example.com/realms/staff"), QStringLiteral("stethoscope"),
        QStringLiteral("n-0S6_WzA2Mj"), QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC)};
    // Expired since long before the epoch: refused, and the person is told to check the clock.
    const auto ancient
        = Sources::Oidc::checkIdToken(reproducer("fuzz_jwt", "ancient-exp.txt", true), expected);
    REQUIRE_FALSE(ancient.hasValue());
    CHECK(ancient.error().message.contains(u"clock"));
    // Valid far into the future: as good as any unexpired token.
    const auto lasting
        = Sources::Oidc::checkIdToken(reproducer("fuzz_jwt", "huge-exp.txt", true), expected);
    REQUIRE(lasting.hasValue());
    CHECK(*lasting == u"alice@example.com");
}
