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

// "reported to IT — not yours", "reported to IT — no longer used".
QString reportedLine(const std::optional<Core::DeviceReport> &report)
{
    if (!report)
        return Text::tr("reported to IT");
    switch (report->reason) {
    case Core::DeviceReport::Reason::NotMine:
        return Text::tr("reported to IT — not yours");
    case Core::DeviceReport::Reason::NoLongerUsed:
        return Text::tr("reported to IT — no longer used");
    }
    return Text::tr("reported to IT");
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

template<typename Row> QStringList idsOf(const QList<Row> &rows)
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const Row &row : rows)
        ids.append(row.device.id);
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
    // The reported devices after all others: they no longer count, stale or not.
    QList<Core::Device> reported;
    for (const Core::Device &device : view.reported) {
        const bool listed = std::any_of(devices.begin(), devices.end(),
                                        [&device](const auto &d) { return d.id == device.id; });
        if (!listed)
            reported.append(device);
    }
    std::stable_sort(
        reported.begin(), reported.end(), [](const Core::Device &a, const Core::Device &b) {
            const int byName = QString::localeAwareCompare(displayName(a), displayName(b));
            return byName != 0 ? byName < 0 : a.id < b.id;
        });

    QList<Row> rows;
    rows.reserve(devices.size() + reported.size());
    for (Core::Device &device : devices)
        rows.append({std::move(device), false, std::nullopt});
    for (Core::Device &device : reported) {
        const auto report
            = std::find_if(view.reports.begin(), view.reports.end(),
                           [&device](const auto &report) { return report.deviceId == device.id; });
        rows.append({std::move(device), true,
                     report == view.reports.end() ? std::nullopt : std::optional(*report)});
    }

    // The same devices in the same order (most refreshes): update in place, so that views keep
    // their selection and scroll position.
    if (!rows.isEmpty() && idsOf(rows) == idsOf(m_rows)) {
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QModelIndex DeviceListModel::indexOfDevice(const QString &deviceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).device.id == deviceId)
            return index(row);
    }
    return {};
}

const DeviceListModel::Row *DeviceListModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid()
        || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

const Core::Device *DeviceListModel::device(const QModelIndex &index) const
{
    const Row *row = this->row(index);
    return row ? &row->device : nullptr;
}

const Core::DeviceReport *DeviceListModel::report(const QModelIndex &index) const
{
    const Row *row = this->row(index);
    return row && row->report ? &*row->report : nullptr;
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    const Row *row = this->row(index);
    if (!row)
        return {};
    const Core::Device *device = &row->device;
    switch (role) {
    case Qt::DisplayRole:
        return displayName(*device);
    case Qt::DecorationRole:
        return platformIcon(device->platform);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (row->reported) {
            return Text::tr("%1: %2. It does not count towards your status.")
                .arg(displayName(*device), reportedLine(row->report));
        }
        return description(*device, m_clock.now());
    case DeviceIdRole:
        return device->id;
    case RatingRole:
        return int(device->rating);
    case PlatformRole:
        return device->platform ? Core::platformName(*device->platform) : QString();
    case SubtitleRole:
        return row->reported ? reportedLine(row->report) : subtitle(*device, m_clock.now());
    case StaleRole:
        return device->stale;
    case ReportedRole:
        return row->reported;
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
    names.insert(ReportedRole, "reported");
    return names;
}

} // namespace Stethoscope::Desktop
