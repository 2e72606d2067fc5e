#include "devicelistmodel.h"

#include "presentation.h"
#include "trayicons.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Stethoscope::Desktop {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeviceListModel)
};

// Stale devices go last whatever their rating; among the others the worst comes first.
bool showsBefore(const Core::Device &a, const Core::Device &b)
{
    if (a.stale != b.stale)
        return !a.stale;
    if (a.rating != b.rating)
        return a.rating > b.rating;
    const int byName = QString::localeAwareCompare(a.name.value_or(a.model.value_or(QString())),
                                                   b.name.value_or(b.model.value_or(QString())));
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

QString displayName(const Core::Device &device)
{
    if (device.name && !device.name->isEmpty())
        return *device.name;
    if (device.model && !device.model->isEmpty())
        return *device.model;
    return Text::tr("Unnamed device");
}

// The model, unless it is already the name shown above it.
QString modelLine(const Core::Device &device)
{
    if (!device.model || device.model->isEmpty() || *device.model == displayName(device))
        return {};
    return *device.model;
}

QString reportedBy(const Core::Device &device, const QDateTime &now)
{
    QStringList names;
    for (const QString &source : device.sources)
        names.append(App::sourceDisplayName(source));
    const QString sources = QLocale().createSeparatedList(names);
    if (device.lastSync && sources.isEmpty())
        return Text::tr("reported %1").arg(App::relativeTime(*device.lastSync, now));
    if (device.lastSync)
        return Text::tr("reported by %1 %2").arg(sources, App::relativeTime(*device.lastSync, now));
    if (!sources.isEmpty())
        return Text::tr("reported by %1").arg(sources);
    return {};
}

QString staleLine(const Core::Device &device, const QDateTime &now)
{
    if (device.lastSync)
        return Text::tr("stale — last seen %1").arg(App::relativeTime(*device.lastSync, now));
    return Text::tr("stale — not seen for a long time");
}

QString subtitle(const Core::Device &device, const QDateTime &now)
{
    if (device.stale)
        return staleLine(device, now);
    QStringList parts {modelLine(device), reportedBy(device, now)};
    parts.removeAll(QString());
    return parts.join(Text::tr(" · ", "separates the model from who reported the device"));
}

// One sentence for tooltips and screen readers, without the middle dot of the subtitle.
QString description(const Core::Device &device, const QDateTime &now)
{
    QString name = displayName(device);
    if (const QString model = modelLine(device); !model.isEmpty())
        name = Text::tr("%1 (%2)", "device name (model)").arg(name, model);
    const QString rating = App::ratingTitle(device.rating);
    if (device.stale) {
        return Text::tr("%1: %2. Last known status: %3.").arg(name, staleLine(device, now), rating);
    }
    const QString reported = reportedBy(device, now);
    if (reported.isEmpty())
        return Text::tr("%1: %2.").arg(name, rating);
    return Text::tr("%1: %2, %3.").arg(name, rating, reported);
}

QStringList idsOf(const QList<Core::Device> &devices)
{
    QStringList ids;
    ids.reserve(devices.size());
    for (const Core::Device &device : devices)
        ids.append(device.id);
    return ids;
}

} // namespace

DeviceListModel::DeviceListModel(const Core::Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{ }

void DeviceListModel::setStatus(const StatusView &view)
{
    QList<Core::Device> devices = view.snapshot.devices;
    std::stable_sort(devices.begin(), devices.end(), &showsBefore);

    // The same devices in the same order (most refreshes): update in place, so that views keep
    // their selection and scroll position.
    if (!devices.isEmpty() && idsOf(devices) == idsOf(m_devices)) {
        m_devices = std::move(devices);
        emit dataChanged(index(0), index(int(m_devices.size()) - 1));
        return;
    }
    beginResetModel();
    m_devices = std::move(devices);
    endResetModel();
}

QModelIndex DeviceListModel::indexOfDevice(const QString &deviceId) const
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_devices.at(row).id == deviceId)
            return index(row);
    }
    return {};
}

const Core::Device *DeviceListModel::device(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid()
        || index.row() >= m_devices.size())
        return nullptr;
    return &m_devices.at(index.row());
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    const Core::Device *device = this->device(index);
    if (!device)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayName(*device);
    case Qt::DecorationRole:
        return platformIcon(device->platform);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return description(*device, m_clock.now());
    case DeviceIdRole:
        return device->id;
    case RatingRole:
        return int(device->rating);
    case PlatformRole:
        return device->platform ? Core::platformName(*device->platform) : QString();
    case SubtitleRole:
        return subtitle(*device, m_clock.now());
    case StaleRole:
        return device->stale;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DeviceIdRole, "deviceId");
    names.insert(RatingRole, "rating");
    names.insert(PlatformRole, "platform");
    names.insert(SubtitleRole, "subtitle");
    names.insert(StaleRole, "stale");
    return names;
}

} // namespace Stethoscope::Desktop
