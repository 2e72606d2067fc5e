#include "catch.h"

#include "autostart.h"

#include <QFile>
#include <QTemporaryDir>

using Stethoscope::Desktop::Autostart;

#if !defined(Q_OS_WIN)
TEST_CASE("Start at login writes and removes the per-user autostart entry", "[autostart]")
{
    QTemporaryDir dir;
    const QString entry = dir.filePath(QStringLiteral("autostart/stethoscope.desktop"));
    Autostart autostart(QStringLiteral("/opt/Stethoscope Desktop/bin/stethoscope"), entry);
    CHECK_FALSE(autostart.isEnabled());

    REQUIRE_FALSE(autostart.setEnabled(true).has_value());
    CHECK(autostart.isEnabled());
    QFile file(entry);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
#if !defined(Q_OS_MACOS)
    // The path with a space is quoted, as the desktop entry specification asks.
    CHECK(text.contains("Exec=\"/opt/Stethoscope Desktop/bin/stethoscope\"\n"));
    CHECK(text.startsWith("[Desktop Entry]\n"));
#endif
    file.close();

    REQUIRE_FALSE(autostart.setEnabled(false).has_value());
    CHECK_FALSE(autostart.isEnabled());
    CHECK_FALSE(QFile::exists(entry));
}
#endif
