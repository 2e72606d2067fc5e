#pragma once

#include "clock.h"
#include "practicecatalog.h"
#include "statusview.h"

#include <QWidget>

namespace Stethoscope::Desktop {

class DeviceListModel;
class PracticeModel;

// The details window: a header with the summary and Check now, a banner per backend that
// failed, and two tabs. Devices: the devices on the left, the selected device's practices on
// the right (grouped Critical / Suggested / Done / Unknown, with why, details, directions and
// provenance). Alerts: the alerts inbox with each alert's actions. A view over DeviceListModel,
// PracticeModel and AlertListModel; closing it hides it (the app lives on in the tray).
class DetailsWindow : public QWidget
{
    Q_OBJECT

public:
    DetailsWindow(const Core::PracticeCatalog &catalog, const Core::Clock &clock,
                  QWidget *parent = nullptr);
    ~DetailsWindow() override;

    void setStatus(const StatusView &view);
    // Switches to the Devices tab, selects the device (and scrolls to the practice, when
    // given), then shows, raises and activates the window. An unknown id shows the window on
    // the first device.
    void showDevice(const QString &deviceId, const QString &practice = {});
    // Switches to the Alerts tab (every alert raised, newest first, with its actions), then
    // shows, raises and activates the window.
    void showAlerts();
    QString currentDeviceId() const;
    QString currentPractice() const; // the practice that has the focus, if any

signals:
    void checkNowRequested();
    // The employee followed a "how to fix" link: check again when they come back.
    void fixLinkOpened();
    // The alerts' actions ("Show me how to fix" is handled inside the window).
    void checkAgainRequested(const QString &deviceId);
    void alertSnoozeRequested(const QString &alertId, const QDateTime &until);
    void alertDismissRequested(const QString &alertId);
    void deviceReportRequested(const QString &deviceId, Core::DeviceReport::Reason reason);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Parts;
    std::unique_ptr<Parts> d;
};

} // namespace Stethoscope::Desktop
