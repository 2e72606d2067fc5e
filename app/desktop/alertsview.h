#pragma once

#include "clock.h"
#include "reporteddevices.h"

#include <QDateTime>
#include <QList>
#include <QScrollArea>

class QLabel;

namespace Stethoscope::Desktop {
class AlertListModel;
}

namespace Stethoscope::Desktop::Details {

class AlertCard;

// The alerts inbox as cards, newest first: a view over AlertListModel. Each open or snoozed
// alert offers its actions right on its card (show me how to fix, check again, snooze, dismiss,
// and for its device: not mine, no longer used); resolved and dismissed ones are only listed.
// Every button is named "<action>:<alert id>" for scripts, and for screen readers by what it
// does to which device.
class AlertsView : public QScrollArea
{
    Q_OBJECT

public:
    AlertsView(const Core::Clock &clock, QWidget *parent);
    ~AlertsView() override;

    void setModel(AlertListModel *model);
    // Gives the first alert's first action the focus, or the view itself without one.
    void focusFirstAlert();

signals:
    void fixRequested(const QString &deviceId, const QString &practice);
    void checkAgainRequested(const QString &deviceId);
    void snoozeRequested(const QString &alertId, const QDateTime &until);
    void dismissRequested(const QString &alertId);
    void reportRequested(const QString &deviceId, Core::DeviceReport::Reason reason);

private:
    friend class AlertCard;

    void rebuild();
    void refresh();
    const Core::Clock &clock() const { return m_clock; }

    const Core::Clock &m_clock;
    AlertListModel *m_model = nullptr;
    QList<AlertCard *> m_cards;
};

} // namespace Stethoscope::Desktop::Details
