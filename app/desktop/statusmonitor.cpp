#include "statusmonitor.h"

#include "lastknown.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcMonitor, "stethoscope.desktop.status", QtWarningMsg)

namespace Stethoscope::Desktop {

namespace {

// Keeps a damaged file for a bug report, out of the way of the next save.
void setAside(const QString &path, const QString &why)
{
    const QString aside = path + QStringLiteral(".damaged");
    QFile::remove(aside);
    if (QFile::rename(path, aside))
        qCWarning(lcMonitor).noquote() << why << "— set aside as" << aside;
    else
        qCWarning(lcMonitor).noquote() << why << "— and it cannot be moved aside";
}

} // namespace

StatusMonitor::StatusMonitor(const Core::Clock &clock, Files files, Core::AlertRules rules,
                             QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_files(std::move(files))
    , m_rules(rules)
    , m_cache(m_files.snapshot)
    , m_tracker(rules)
{ }

void StatusMonitor::restore()
{
    QFile alerts(m_files.alerts);
    if (alerts.exists()) {
        if (alerts.open(QIODevice::ReadOnly)) {
            auto restored = Core::AlertTracker::restoreState(alerts.readAll(), m_rules);
            alerts.close();
            if (restored)
                m_tracker = std::move(restored).value();
            else
                setAside(m_files.alerts, restored.error().message);
        } else {
            qCWarning(lcMonitor).noquote()
                << "The alert state cannot be read:" << alerts.errorString();
        }
    }

    auto cached = m_cache.load();
    if (!cached) {
        setAside(m_files.snapshot, cached.error().message);
        return;
    }
    if (!cached->has_value())
        return;
    m_view.snapshot = std::move(**cached);
    m_view.fromCache = true;
    emit changed(m_view);
}

void StatusMonitor::setChecking(bool checking)
{
    if (m_view.checking == checking)
        return;
    m_view.checking = checking;
    emit changed(m_view);
}

void StatusMonitor::refreshed(const Core::Snapshot &fresh)
{
    m_view.snapshot = m_view.hasSnapshot() ? Core::keepLastKnown(fresh, m_view.snapshot) : fresh;
    m_view.fromCache = false;
    m_view.checking = false;
    if (auto error = m_cache.save(m_view.snapshot))
        qCWarning(lcMonitor).noquote() << "The status cannot be cached:" << error->message;

    const QList<Core::Notification> notifications
        = m_tracker.update(m_view.snapshot, m_clock.now());
    saveAlerts();
    emit changed(m_view);
    if (!notifications.isEmpty())
        emit notify(notifications);
}

void StatusMonitor::snoozeUntil(const QDateTime &until)
{
    m_tracker.snoozeUntil(until.isValid() ? until : m_clock.now());
    if (until.isValid() || !m_view.hasSnapshot()) {
        saveAlerts();
        return;
    }
    // Resumed: what was held back during the snooze is told now, if still true.
    const QList<Core::Notification> notifications
        = m_tracker.update(m_view.snapshot, m_clock.now());
    saveAlerts();
    if (!notifications.isEmpty())
        emit notify(notifications);
}

std::optional<QDateTime> StatusMonitor::snoozedUntil() const
{
    const auto until = m_tracker.snoozedUntil();
    if (until && *until > m_clock.now())
        return until;
    return std::nullopt;
}

void StatusMonitor::saveAlerts()
{
    QDir().mkpath(QFileInfo(m_files.alerts).absolutePath());
    QSaveFile file(m_files.alerts);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_tracker.saveState()) < 0 || !file.commit())
        qCWarning(lcMonitor).noquote() << "The alert state cannot be saved:" << file.errorString();
}

} // namespace Stethoscope::Desktop
