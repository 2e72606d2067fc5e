#pragma once

#include "clock.h"
#include "statusview.h"

#include <QAbstractListModel>

namespace Stethoscope::Desktop {

// The devices of the current status, worst first, for the details window's list.
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
        StaleRole, // bool
    };

    explicit DeviceListModel(const Core::Clock &clock, QObject *parent = nullptr);

    void setStatus(const StatusView &view);
    QModelIndex indexOfDevice(const QString &deviceId) const;
    const Core::Device *device(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Core::Clock &m_clock;
    QList<Core::Device> m_devices;
};

} // namespace Stethoscope::Desktop
