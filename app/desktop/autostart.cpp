#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace Stethoscope::Desktop {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)
};

QString defaultLocation()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/org.stethoscope.desktop.plist");
#else
    // The same name as the entry the package installs for every user in /etc/xdg/autostart:
    // by the XDG autostart rules, the user's entry then overrides the system's.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/stethoscope-autostart.desktop");
#endif
}

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
// The per-machine entry IT installed (the .deb's), if any.
QString systemEntry()
{
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    for (const QString &dir : dirs.split(u':', Qt::SkipEmptyParts)) {
        const QString path = dir + QStringLiteral("/autostart/stethoscope-autostart.desktop");
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

bool isHidden(const QString &entry)
{
    QFile file(entry);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    return text.contains("\nHidden=true") || text.contains("\nX-GNOME-Autostart-enabled=false");
}
#endif

// Quotes an argument for a desktop entry's Exec key.
QString execQuoted(const QString &program)
{
    QString quoted = program;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + quoted + u'"';
}

QByteArray entryFor(const QString &program)
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\"><dict>\n"
                          "<key>Label</key><string>org.stethoscope.desktop</string>\n"
                          "<key>ProgramArguments</key><array><string>%1</string></array>\n"
                          "<key>RunAtLoad</key><true/>\n"
                          "</dict></plist>\n")
        .arg(program.toHtmlEscaped())
        .toUtf8();
#else
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Stethoscope\n"
                          "Comment=%1\n"
                          "Exec=%2\n"
                          "Icon=org.stethoscope.Stethoscope\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(Text::tr("Shows whether your devices follow your company's security practices"),
             execQuoted(program))
        .toUtf8();
#endif
}

} // namespace

Autostart::Autostart(QString program, QString location)
    : m_program(std::move(program))
    , m_location(location.isEmpty() ? defaultLocation() : std::move(location))
{ }

bool Autostart::isMachineWide() const
{
#if defined(Q_OS_WIN)
    return QSettings(QStringLiteral(
                         "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
                     QSettings::NativeFormat)
        .contains(QStringLiteral("Stethoscope"));
#elif defined(Q_OS_MACOS)
    return QFileInfo::exists(
        QStringLiteral("/Library/LaunchAgents/org.stethoscope.desktop.agent.plist"));
#else
    return false;
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    return isMachineWide()
        || QSettings(m_location, QSettings::NativeFormat).contains(QStringLiteral("Stethoscope"));
#elif defined(Q_OS_MACOS)
    return isMachineWide() || QFileInfo::exists(m_location);
#else
    // The user's entry decides; without one, the machine's (IT's package) does.
    if (QFileInfo::exists(m_location))
        return !isHidden(m_location);
    return !systemEntry().isEmpty();
#endif
}

std::optional<Core::Error> Autostart::setEnabled(bool enabled)
{
#if defined(Q_OS_WIN)
    QSettings run(m_location, QSettings::NativeFormat);
    if (enabled)
        run.setValue(QStringLiteral("Stethoscope"),
                     u'"' + QDir::toNativeSeparators(m_program) + u'"');
    else
        run.remove(QStringLiteral("Stethoscope"));
    run.sync();
    if (run.status() != QSettings::NoError)
        return Core::Error::config(Text::tr("Start at login cannot be changed here."));
    return std::nullopt;
#else
#if !defined(Q_OS_MACOS)
    // Switched off while IT's package starts it for everyone: a hidden user entry of the same
    // name switches it off for this user alone.
    if (!enabled && !systemEntry().isEmpty()) {
        QDir().mkpath(QFileInfo(m_location).absolutePath());
        QSaveFile hidden(m_location);
        if (!hidden.open(QIODevice::WriteOnly)
            || hidden.write("[Desktop Entry]\nType=Application\nName=Stethoscope\nHidden=true\n")
                < 0
            || !hidden.commit()) {
            return Core::Error::config(Text::tr("Start at login cannot be switched off: %1 (%2).")
                                           .arg(m_location, hidden.errorString()));
        }
        return std::nullopt;
    }
#endif
    if (!enabled) {
        if (QFileInfo::exists(m_location) && !QFile::remove(m_location)) {
            return Core::Error::config(
                Text::tr("Start at login cannot be switched off: %1 cannot be removed.")
                    .arg(m_location));
        }
        return std::nullopt;
    }
    QDir().mkpath(QFileInfo(m_location).absolutePath());
    QSaveFile file(m_location);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryFor(m_program)) < 0 || !file.commit()) {
        return Core::Error::config(Text::tr("Start at login cannot be switched on: %1 (%2).")
                                       .arg(m_location, file.errorString()));
    }
    return std::nullopt;
#endif
}

} // namespace Stethoscope::Desktop
