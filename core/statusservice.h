#pragma once

#include "clock.h"
#include "evaluator.h"
#include "snapshot.h"
#include "source.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace Stethoscope::Core {

// Runs one refresh: starts every enabled source at once, waits for all of them, and turns
// their answers into a snapshot. A refresh asked for while one runs joins it rather than
// starting a second one.
class StatusService : public QObject
{
    Q_OBJECT

public:
    StatusService(const Evaluator &evaluator, const Clock &clock, QObject *parent = nullptr);

    // The sources are not owned. `disabled` names backends that are configured off.
    void setSources(QList<Source *> sources, QStringList disabled = {});
    void setUser(const QString &email) { m_user = email; }

    void refresh();
    // Asks only the sources named in `ids` again and keeps every other source's last answer:
    // after the employee fixed a setting, the local source re-reads this computer at once
    // while the backends, which cannot know yet, are left alone. Without a last answer to
    // keep, every source is asked. Ignored while a refresh runs, like refresh().
    void refreshOnly(const QStringList &ids);
    bool isRefreshing() const { return m_running; }
    // The raw answers of the last refresh (for the exit code of the headless report).
    const QList<SourceResult> &lastResults() const { return m_lastResults; }

signals:
    void refreshed(const Stethoscope::Core::Snapshot &snapshot);

private:
    void start(const QStringList &only);

    const Evaluator &m_evaluator;
    const Clock &m_clock;
    QList<Source *> m_sources;
    QStringList m_disabled;
    QString m_user;
    bool m_running = false;
    QList<SourceResult> m_lastResults;
};

} // namespace Stethoscope::Core
