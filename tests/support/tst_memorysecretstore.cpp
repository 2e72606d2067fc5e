#include "catch.h"
#include "memorysecretstore.h"

using Stethoscope::Core::Error;
using Stethoscope::Testing::MemorySecretStore;

TEST_CASE("The in-memory secret store keeps, replaces and removes secrets")
{
    MemorySecretStore store;
    const QString key = QStringLiteral("backend/jamf");

    CHECK(store.read(key).result().value() == std::nullopt);
    CHECK(store.write(key, QByteArrayLiteral("one")).result().hasValue());
    CHECK(store.write(key, QByteArrayLiteral("two")).result().hasValue());
    CHECK(store.read(key).result().value() == QByteArrayLiteral("two"));
    CHECK(store.remove(key).result().hasValue());
    CHECK(store.remove(key).result().hasValue()); // removing nothing succeeds
    CHECK(store.read(key).result().value() == std::nullopt);
    CHECK(store.calls() == 7);
}

TEST_CASE("The in-memory secret store fails only the next call, and changes nothing then")
{
    MemorySecretStore store;
    const QString key = QStringLiteral("oidc/refresh-token");
    store.set(key, QByteArrayLiteral("kept"));

    auto call = GENERATE(as<std::string> {}, "read", "write", "remove");
    CAPTURE(call);
    store.failNextCall(Error::config(QStringLiteral("The system keychain is not available.")));
    if (call == "read") {
        const auto result = store.read(key).result();
        REQUIRE_FALSE(result.hasValue());
        CHECK(result.error().category == Error::Category::Config);
    } else if (call == "write") {
        CHECK_FALSE(store.write(key, QByteArrayLiteral("replaced")).result().hasValue());
    } else {
        CHECK_FALSE(store.remove(key).result().hasValue());
    }
    CHECK(store.peek(key) == QByteArrayLiteral("kept"));
    CHECK(store.read(key).result().value() == QByteArrayLiteral("kept"));
}
