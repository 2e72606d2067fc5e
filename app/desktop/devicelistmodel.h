#pragma once

#include "clock.h"
#include "statusview.h"

#include <QAbstractListModel>

namespace Stethoscope::Desktop {

// The devices of the current status, worst first, for the details window's list; then the
// devices the employee reported to IT, which no longer count towards the status.
class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        DeviceIdRole = Qt::UserRole + 1, // QString
        RatingRole, // int(Core::Rating)
        PlatformRole, // QString platform name, empty when unknown
        SubtitleRole, // "MacBook Pro · reported by Jamf 2 h ago" / "stale — last seen 34 days ago"
                      // / "reported to IT — not yours"
        StaleRole, // bool
        ReportedRole, // bool: reported to IT ("This isn't my device", "I no longer use …")
    };

    explicit DeviceListModel(const Core::Clock &clock, QObject *parent = nullptr);

    void setStatus(const StatusView &view);
    QModelIndex indexOfDevice(const QString &deviceId) const;
    const Core::Device *device(const QModelIndex &index) const;
    // Why and when the device was reported to IT; null for a device that was not.
    const Core::DeviceReport *report(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Core::Device device;
        bool reported = false;
        std::optional<Core::DeviceReport> report; // why and when, when known
    };

    const Row *row(const QModelIndex &index) const;

    const Core::Clock &m_clock;
    QList<Row> m_rows;
};

} // namespace Stethoscope::Desktop
