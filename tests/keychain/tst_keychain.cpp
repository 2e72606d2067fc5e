// KeychainStore against a real Secret Service. Run through run-with-keyring.sh (ctest does),
// which gives every run a private D-Bus session and a new, unlocked gnome-keyring.
#include "catch.h"
#include "keychainstore.h"

#include "../sources/await.h"

#include <QByteArray>
#include <QString>

#include <optional>

using Stethoscope::App::KeychainStore;
using Stethoscope::Testing::await;

namespace {

// Not the app's service name, so that running this by hand on a desktop never touches the
// app's own entries.
const QString testService = QStringLiteral("Stethoscope tests");

template<typename T> QString failure(const Stethoscope::Core::Result<T> &result)
{
    return result.hasValue() ? QString() : result.error().message;
}

std::optional<QByteArray> readBack(KeychainStore &store, const QString &key)
{
    const auto result = await(store.read(key));
    REQUIRE(result.has_value()); // the keychain answered in time
    INFO(failure(*result));
    REQUIRE(result->hasValue());
    return result->value();
}

void store(KeychainStore &keychain, const QString &key, const QByteArray &secret)
{
    const auto result = await(keychain.write(key, secret));
    REQUIRE(result.has_value());
    INFO(failure(*result));
    REQUIRE(result->hasValue());
}

void erase(KeychainStore &keychain, const QString &key)
{
    const auto result = await(keychain.remove(key));
    REQUIRE(result.has_value());
    INFO(failure(*result));
    REQUIRE(result->hasValue());
}

} // namespace

TEST_CASE("A secret written to the keychain reads back, and is gone after removal")
{
    KeychainStore keychain(testService);
    const QString key = QStringLiteral("backend/jamf");

    store(keychain, key, QByteArrayLiteral("client-secret-1"));
    CHECK(readBack(keychain, key) == QByteArrayLiteral("client-secret-1"));

    erase(keychain, key);
    CHECK(readBack(keychain, key) == std::nullopt);
}

TEST_CASE("Writing a key again replaces its secret")
{
    KeychainStore keychain(testService);
    const QString key = QStringLiteral("oidc/refresh-token");

    store(keychain, key, QByteArrayLiteral("first token"));
    store(keychain, key, QByteArrayLiteral("second"));
    CHECK(readBack(keychain, key) == QByteArrayLiteral("second"));
    erase(keychain, key);
}

TEST_CASE("A key never written reads as signed out, not as an error")
{
    KeychainStore keychain(testService);
    CHECK(readBack(keychain, QStringLiteral("backend/never-written")) == std::nullopt);
}

TEST_CASE("Removing a key that is not there succeeds")
{
    KeychainStore keychain(testService);
    erase(keychain, QStringLiteral("backend/not-there"));
    // Twice in a row too: signing out twice is not an error.
    store(keychain, QStringLiteral("backend/once"), QByteArrayLiteral("x"));
    erase(keychain, QStringLiteral("backend/once"));
    erase(keychain, QStringLiteral("backend/once"));
}

TEST_CASE("Keys and services keep their secrets apart")
{
    KeychainStore keychain(testService);
    KeychainStore otherService(testService + QStringLiteral(" (other)"));
    const QString jamf = QStringLiteral("backend/jamf");
    const QString landesk = QStringLiteral("backend/landesk");

    store(keychain, jamf, QByteArrayLiteral("jamf secret"));
    store(keychain, landesk, QByteArrayLiteral("landesk secret"));
    store(otherService, jamf, QByteArrayLiteral("other service's jamf secret"));

    CHECK(readBack(keychain, jamf) == QByteArrayLiteral("jamf secret"));
    CHECK(readBack(keychain, landesk) == QByteArrayLiteral("landesk secret"));
    CHECK(readBack(otherService, jamf) == QByteArrayLiteral("other service's jamf secret"));

    erase(keychain, jamf);
    CHECK(readBack(keychain, jamf) == std::nullopt);
    CHECK(readBack(keychain, landesk) == QByteArrayLiteral("landesk secret"));
    CHECK(readBack(otherService, jamf) == QByteArrayLiteral("other service's jamf secret"));

    erase(keychain, landesk);
    erase(otherService, jamf);
}

TEST_CASE("Secrets of any bytes round-trip unchanged")
{
    const QByteArray secret
        = GENERATE(QByteArrayLiteral("\0"), QByteArrayLiteral("nul\0in the middle\0"),
                   QByteArray("Gr\xc3\xbc\xc3\x9f\x65 \xe2\x80\x94 \xf0\x9f\x94\x91"),
                   QByteArrayLiteral("\xff\xfe\x80\x00\x01 not UTF-8"), QByteArray(4096, 'k'),
                   QByteArrayLiteral(" leading and trailing space \n"));
    CAPTURE(secret.toHex());
    KeychainStore keychain(testService);
    const QString key = QStringLiteral("backend/google");

    store(keychain, key, secret);
    const auto back = readBack(keychain, key);
    REQUIRE(back.has_value());
    CHECK(back->toHex() == secret.toHex());
    erase(keychain, key);
}

// Hidden from the keyring runs; ctest runs it alone with a session bus address that leads
// nowhere (see CMakeLists.txt).
TEST_CASE("Without a keychain, calls fail with an error that says so and keeps the secret",
          "[.][nokeychain]")
{
    KeychainStore keychain(testService);
    const QByteArray secret = QByteArrayLiteral("do-not-leak-7f3a");

    const auto written = await(keychain.write(QStringLiteral("backend/jamf"), secret));
    REQUIRE(written.has_value());
    REQUIRE_FALSE(written->hasValue());
    const auto &error = written->error();
    CHECK((error.category == Stethoscope::Core::Error::Category::Config
           || error.category == Stethoscope::Core::Error::Category::Auth));
    CHECK(error.message.contains(QStringLiteral("keychain")));
    CHECK_FALSE(error.message.contains(QString::fromLatin1(secret)));
    CHECK_FALSE(error.detail.contains(QString::fromLatin1(secret)));

    // Not "signed out": the caller must be able to tell a missing keychain from no secret.
    const auto read = await(keychain.read(QStringLiteral("backend/jamf")));
    REQUIRE(read.has_value());
    CHECK_FALSE(read->hasValue());
}
