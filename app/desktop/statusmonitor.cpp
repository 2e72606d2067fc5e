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

// Reads one state file with `restore`; a missing file keeps `target` as it is, a damaged one
// is set aside.
template<typename T, typename Restore>
void restoreFile(const QString &path, T &target, Restore restore)
{
    QFile file(path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcMonitor).noquote() << "Cannot read" << path << ":" << file.errorString();
        return;
    }
    auto restored = restore(file.readAll());
    file.close();
    if (restored)
        target = std::move(restored).value();
    else
        setAside(path, restored.error().message);
}

} // namespace

StatusMonitor::StatusMonitor(const Core::Clock &clock, Files files, Core::AlertRules rules,
                             Core::InboxRules inboxRules, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_files(std::move(files))
    , m_rules(rules)
    , m_inboxRules(inboxRules)
    , m_cache(m_files.snapshot)
    , m_tracker(rules)
    , m_inbox(inboxRules)
{ }

void StatusMonitor::restore()
{
    restoreFile(m_files.alerts, m_tracker, [this](const QByteArray &json) {
        return Core::AlertTracker::restoreState(json, m_rules);
    });
    restoreFile(m_files.inbox, m_inbox, [this](const QByteArray &json) {
        return Core::AlertInbox::restoreState(json, m_inboxRules);
    });
    restoreFile(m_files.reported, m_reported,
                [](const QByteArray &json) { return Core::ReportedDevices::restoreState(json); });

    auto cached = m_cache.load();
    if (!cached) {
        setAside(m_files.snapshot, cached.error().message);
        return;
    }
    if (!cached->has_value())
        return;
    m_full = std::move(**cached);
    m_view.fromCache = true;
    rebuildView();
    emit changed(m_view);
}

void StatusMonitor::rebuildView()
{
    m_view.snapshot = Core::withoutReported(m_full, m_reported);
    m_view.reports = m_reported.reports();
    m_view.reported.clear();
    for (const Core::Device &device : std::as_const(m_full.devices)) {
        if (m_reported.isReported(device.id))
            m_view.reported.append(device);
    }
    m_view.alerts = m_inbox.alerts();
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
    m_full = m_full.generatedAt.isValid() ? Core::keepLastKnown(fresh, m_full) : fresh;
    m_view.fromCache = false;
    m_view.checking = false;
    if (auto error = m_cache.save(m_full))
        qCWarning(lcMonitor).noquote() << "The status cannot be cached:" << error->message;

    const QByteArray reportsBefore = m_reported.saveState();
    rebuildView(); // drops the reports of devices whose data changed
    const QDateTime now = m_clock.now();
    const QList<Core::Notification> notifications = m_tracker.update(m_view.snapshot, now);
    const Core::InboxUpdate inbox = m_inbox.update(m_view.snapshot, now);
    m_view.alerts = m_inbox.alerts();

    saveState(m_files.alerts, m_tracker.saveState(), "alert state");
    if (!inbox.isEmpty())
        saveState(m_files.inbox, m_inbox.saveState(), "alerts inbox");
    const QByteArray reportsAfter = m_reported.saveState();
    if (reportsAfter != reportsBefore)
        saveState(m_files.reported, reportsAfter, "reported devices");

    emit changed(m_view);
    if (!notifications.isEmpty())
        emit notify(notifications);
    if (!inbox.resolved.isEmpty())
        emit recovered(inbox.resolved);
}

void StatusMonitor::snoozeUntil(const QDateTime &until)
{
    m_tracker.snoozeUntil(until.isValid() ? until : m_clock.now());
    if (until.isValid() || !m_view.hasSnapshot()) {
        saveState(m_files.alerts, m_tracker.saveState(), "alert state");
        return;
    }
    // Resumed: what was held back during the snooze is told now, if still true.
    const QList<Core::Notification> notifications
        = m_tracker.update(m_view.snapshot, m_clock.now());
    saveState(m_files.alerts, m_tracker.saveState(), "alert state");
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

bool StatusMonitor::snoozeAlert(const QString &alertId, const QDateTime &until)
{
    if (!m_inbox.snooze(alertId, until, m_clock.now()))
        return false;
    saveState(m_files.inbox, m_inbox.saveState(), "alerts inbox");
    m_view.alerts = m_inbox.alerts();
    emit changed(m_view);
    return true;
}

bool StatusMonitor::dismissAlert(const QString &alertId)
{
    if (!m_inbox.dismiss(alertId, m_clock.now()))
        return false;
    saveState(m_files.inbox, m_inbox.saveState(), "alerts inbox");
    m_view.alerts = m_inbox.alerts();
    emit changed(m_view);
    return true;
}

std::optional<Core::Device> StatusMonitor::reportDevice(const QString &deviceId,
                                                        Core::DeviceReport::Reason reason)
{
    const auto device = std::find_if(m_full.devices.cbegin(), m_full.devices.cend(),
                                     [&](const Core::Device &d) { return d.id == deviceId; });
    if (device == m_full.devices.cend())
        return std::nullopt;
    m_reported.report(*device, reason, m_clock.now());
    m_inbox.forgetDevice(deviceId);
    saveState(m_files.reported, m_reported.saveState(), "reported devices");
    saveState(m_files.inbox, m_inbox.saveState(), "alerts inbox");
    rebuildView();
    emit changed(m_view);
    return *device;
}

void StatusMonitor::saveState(const QString &path, const QByteArray &state, const char *what)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(state) < 0 || !file.commit())
        qCWarning(lcMonitor).noquote() << "The" << what << "cannot be saved:" << file.errorString();
}

} // namespace Stethoscope::Desktop
