#include "catch.h"

#include "keychainstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <optional>

using namespace Stethoscope;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real binary, with a stand-in browser, inside the keyring session this test runs in.
Run stethoscope(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BROWSER"), QStringLiteral(STETHOSCOPE_FAKE_BROWSER));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STETHOSCOPE_BINARY), arguments);
    REQUIRE(process.waitForStarted(10'000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60'000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

std::optional<QByteArray> stored(const QString &key)
{
    App::KeychainStore keychain(QStringLiteral("Stethoscope Demo"));
    auto future = keychain.read(key);
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    REQUIRE(future.isFinished());
    const auto result = future.result();
    REQUIRE(result.hasValue());
    return *result;
}

} // namespace

TEST_CASE("stethoscope --sign-in completes in the browser and keeps only the refresh token",
          "[signin][cli]")
{
    const Run signIn = stethoscope({QStringLiteral("--demo"), QStringLiteral("--sign-in")});
    CAPTURE(signIn.err);
    REQUIRE(signIn.exitCode == 0);
    CHECK(signIn.out.trimmed() == u"Signed in as alice@example.com.");
    const auto token = stored(QStringLiteral("oidc/refresh-token"));
    REQUIRE(token.has_value());
    CHECK_FALSE(token->isEmpty());
    // The token is in the keychain, not in what the command printed, nor in plain text in any
    // file of the home (settings, caches, logs — the keyring's own files are encrypted).
    CHECK_FALSE(signIn.out.contains(QString::fromUtf8(*token)));
    CHECK_FALSE(signIn.err.contains(QString::fromUtf8(*token)));
    int filesRead = 0;
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() > 16 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        ++filesRead;
        CAPTURE(file.fileName());
        CHECK_FALSE(file.readAll().contains(*token));
    }
    CHECK(filesRead > 0); // the keyring files at least: the scan looked somewhere real

    const Run signOut = stethoscope({QStringLiteral("--demo"), QStringLiteral("--sign-out")});
    CAPTURE(signOut.err);
    CHECK(signOut.exitCode == 0);
    CHECK(signOut.out.trimmed() == u"Signed out.");
    CHECK_FALSE(stored(QStringLiteral("oidc/refresh-token")).has_value());
}

TEST_CASE("stethoscope --set-secret stores a backend secret from standard input", "[signin][cli]")
{
    const Run run = stethoscope(
        {QStringLiteral("--set-secret"), QStringLiteral("landesk"), QStringLiteral("--demo")},
        QByteArrayLiteral("pa55 wörd\n"));
    CAPTURE(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == u"Stored the landesk secret in the keychain.");
    CHECK_FALSE(run.out.contains(u"pa55"));
    CHECK(stored(QStringLiteral("backend/landesk")) == QByteArray("pa55 wörd"));

    const Run wrong = stethoscope(
        {QStringLiteral("--set-secret"), QStringLiteral("ldap"), QStringLiteral("--demo")},
        QByteArrayLiteral("x\n"));
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"jamf, google, landesk"));
}
