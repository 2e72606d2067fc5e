#include "catch.h"

#include "autostart.h"

#include <QDir>
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

#if defined(Q_OS_LINUX)
TEST_CASE("Switching start at login off overrides the entry IT's package installed", "[autostart]")
{
    QTemporaryDir user;
    QTemporaryDir system;
    QDir(system.path()).mkpath(QStringLiteral("autostart"));
    QFile machine(system.filePath(QStringLiteral("autostart/stethoscope-autostart.desktop")));
    REQUIRE(machine.open(QIODevice::WriteOnly));
    machine.write("[Desktop Entry]\nType=Application\nName=Stethoscope\nExec=stethoscope\n");
    machine.close();
    const QByteArray saved = qgetenv("XDG_CONFIG_DIRS");
    qputenv("XDG_CONFIG_DIRS", system.path().toUtf8());

    const QString entry = user.filePath(QStringLiteral("autostart/stethoscope-autostart.desktop"));
    Autostart autostart(QStringLiteral("/usr/bin/stethoscope"), entry);
    CHECK(autostart.isEnabled()); // IT's entry starts it for everyone

    REQUIRE_FALSE(autostart.setEnabled(false).has_value());
    CHECK_FALSE(autostart.isEnabled());
    QFile hidden(entry);
    REQUIRE(hidden.open(QIODevice::ReadOnly));
    CHECK(hidden.readAll().contains("\nHidden=true\n")); // same name: it overrides IT's
    hidden.close();

    REQUIRE_FALSE(autostart.setEnabled(true).has_value());
    CHECK(autostart.isEnabled());
    qputenv("XDG_CONFIG_DIRS", saved);
}
#endif
