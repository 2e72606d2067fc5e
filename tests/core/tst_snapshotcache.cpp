#include "catch.h"

#include "policy.h"
#include "recordbuilder.h"
#include "snapshotbuilder.h"
#include "snapshotcache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Stethoscope::Core;
using namespace Stethoscope::Core::Testing;

namespace {

Snapshot someSnapshot()
{
    const Evaluator evaluator(PracticeCatalog::builtin(), Policy::builtin());
    return buildSnapshot({SourceResult {QStringLiteral("jamf"),
                                        QList<DeviceRecord> {RecordBuilder(u"jamf", u"1")
                                                                 .name(u"alice-air")
                                                                 .platform(Platform::Mac)
                                                                 .serial(u"FVFDL2Q4Q6L4")
                                                                 .failing(PracticeKey::firewall)},
                                        testNow}},
                         evaluator, {QStringLiteral("alice@example.com"), testNow, {}});
}

} // namespace

TEST_CASE("The saved status comes back exactly as it was", "[cache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The folder does not exist yet: saving creates it.
    const SnapshotCache cache(dir.filePath(QStringLiteral("nested/status.json")));
    const Snapshot snapshot = someSnapshot();
    REQUIRE_FALSE(cache.save(snapshot).has_value());
    const auto loaded = cache.load();
    REQUIRE(loaded.hasValue());
    REQUIRE(loaded->has_value());
    CHECK(**loaded == snapshot);
    CHECK((*loaded)->generatedAt == testNow); // its age is known
    CHECK((*loaded)->overall == Rating::Critical); // never greener than it was
}

TEST_CASE("No saved status yet is not an error", "[cache]")
{
    QTemporaryDir dir;
    const auto loaded = SnapshotCache(dir.filePath(QStringLiteral("status.json"))).load();
    REQUIRE(loaded.hasValue());
    CHECK_FALSE(loaded->has_value());
}

TEST_CASE("A damaged saved status is refused with a clear error", "[cache]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("status.json"));
    const QByteArray content
        = GENERATE(QByteArrayLiteral(""), QByteArrayLiteral("{\"schema\":"),
                   QByteArrayLiteral("\x00\xff garbage"), QByteArrayLiteral("{\"schema\": 99}"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const auto loaded = SnapshotCache(path).load();
    REQUIRE_FALSE(loaded.hasValue());
    CHECK(loaded.error().message.contains(u"damaged"));
}

TEST_CASE("Saving replaces the old status whole, leaving no temporary file", "[cache]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("status.json"));
    const SnapshotCache cache(path);
    Snapshot first = someSnapshot();
    REQUIRE_FALSE(cache.save(first).has_value());
    Snapshot second = first;
    second.devices.clear();
    second.overall = Rating::Unknown;
    REQUIRE_FALSE(cache.save(second).has_value());
    const auto loaded = cache.load();
    REQUIRE(loaded.hasValue());
    REQUIRE(loaded->has_value());
    CHECK(**loaded == second);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList {QStringLiteral("status.json")});
}

TEST_CASE("A status that cannot be written says where", "[cache]")
{
    QTemporaryDir dir;
    // A file where the folder should be.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const SnapshotCache cache(dir.filePath(QStringLiteral("blocked/status.json")));
    const auto error = cache.save(someSnapshot());
    REQUIRE(error.has_value());
    CHECK(error->message.contains(u"blocked"));
}
