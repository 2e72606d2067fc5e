#include "practicemodel.h"

#include "presentation.h"
#include "statusview.h"
#include "trayicons.h"

#include <QCoreApplication>
#include <QIcon>

namespace Stethoscope::Desktop {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PracticeModel)
};

// A group row has internal id 0; a practice row carries its group's row + 1.
constexpr quintptr groupRowId = 0;

std::optional<PracticeModel::Group> groupOf(Core::PracticeStatus status)
{
    switch (status) {
    case Core::PracticeStatus::Warn:
        return PracticeModel::Group::Critical;
    case Core::PracticeStatus::Nudge:
        return PracticeModel::Group::Suggested;
    case Core::PracticeStatus::Ok:
        return PracticeModel::Group::Done;
    case Core::PracticeStatus::Unknown:
        return PracticeModel::Group::Unknown;
    case Core::PracticeStatus::NotApplicable:
        break;
    }
    return std::nullopt;
}

Core::PracticeStatus statusOf(PracticeModel::Group group)
{
    switch (group) {
    case PracticeModel::Group::Critical:
        return Core::PracticeStatus::Warn;
    case PracticeModel::Group::Suggested:
        return Core::PracticeStatus::Nudge;
    case PracticeModel::Group::Done:
        return Core::PracticeStatus::Ok;
    case PracticeModel::Group::Unknown:
        break;
    }
    return Core::PracticeStatus::Unknown;
}

QString groupTitle(PracticeModel::Group group, int count)
{
    switch (group) {
    case PracticeModel::Group::Critical:
        return Text::tr("Critical (%n)", "practices that must be fixed", count);
    case PracticeModel::Group::Suggested:
        return Text::tr("Suggested (%n)", "practices worth fixing", count);
    case PracticeModel::Group::Done:
        return Text::tr("Done (%n)", "practices followed", count);
    case PracticeModel::Group::Unknown:
        break;
    }
    return Text::tr("Unknown (%n)", "practices that could not be checked", count);
}

QString provenance(const Core::PracticeResult &result, const QDateTime &now)
{
    const QString source = App::sourceDisplayName(result.source);
    if (!result.lastUpdated)
        return source;
    // The device's own reading of a moment ago.
    if (result.source == u"local" && qAbs(result.lastUpdated->secsTo(now)) < 60)
        return Text::tr("%1 · now", "this device · now").arg(source);
    const QString when = App::relativeTime(*result.lastUpdated, now);
    if (source.isEmpty())
        return Text::tr("reported %1").arg(when);
    return Text::tr("%1 · reported %2", "Jamf · reported 2 h ago").arg(source, when);
}

} // namespace

PracticeModel::PracticeModel(const Core::PracticeCatalog &catalog, const Core::Clock &clock,
                             QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
    , m_clock(clock)
{ }

void PracticeModel::setDevice(const std::optional<Core::Device> &device)
{
    QList<GroupRows> groups;
    for (const Group group : {Group::Critical, Group::Suggested, Group::Done, Group::Unknown})
        groups.append(GroupRows {group, {}});
    if (device) {
        const auto append = [&groups](const QString &key, const Core::PracticeResult &result) {
            if (const auto group = groupOf(result.status))
                groups[int(*group)].rows.append(Row {key, result});
        };
        // The catalog's order first (the most important practices lead), then any others.
        for (const Core::Practice &practice : m_catalog.practices()) {
            const auto found = device->practices.constFind(practice.key);
            if (found != device->practices.constEnd())
                append(practice.key, *found);
        }
        for (auto it = device->practices.constBegin(); it != device->practices.constEnd(); ++it) {
            if (!m_catalog.find(it.key()))
                append(it.key(), *it);
        }
    }
    groups.removeIf([](const GroupRows &group) { return group.rows.isEmpty(); });

    // The same device with the same practices in the same groups (a refresh): update in place
    // so that views keep their focus and scroll position.
    const auto sameShape = [&groups, this] {
        if (groups.size() != m_groups.size())
            return false;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const GroupRows &a = groups.at(g);
            const GroupRows &b = m_groups.at(g);
            if (a.group != b.group || a.rows.size() != b.rows.size())
                return false;
            for (qsizetype r = 0; r < a.rows.size(); ++r) {
                if (a.rows.at(r).key != b.rows.at(r).key)
                    return false;
            }
        }
        return true;
    };
    if (device && m_device && device->id == m_device->id && !groups.isEmpty() && sameShape()) {
        m_device = device;
        m_groups = std::move(groups);
        const int last = int(m_groups.size()) - 1;
        emit dataChanged(index(0, 0), index(last, 0));
        for (int g = 0; g <= last; ++g) {
            const QModelIndex parent = index(g, 0);
            emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, 0, parent));
        }
        return;
    }

    beginResetModel();
    m_device = device;
    m_groups = std::move(groups);
    endResetModel();
}

QModelIndex PracticeModel::indexOfPractice(const QString &key) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Row> &rows = m_groups.at(g).rows;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows.at(r).key == key)
                return createIndex(r, 0, quintptr(g) + 1);
        }
    }
    return {};
}

QModelIndex PracticeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PracticeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRowId);
}

int PracticeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupRowId)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int PracticeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant PracticeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    Q_ASSERT(checkIndex(index));

    if (index.internalId() == groupRowId) {
        const GroupRows &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return groupTitle(group.group, int(group.rows.size()));
        case PracticeKeyRole:
        case NameRole:
            return QString();
        case StatusRole:
            return int(statusOf(group.group));
        case GroupRole:
            return int(group.group);
        default:
            return {};
        }
    }

    const qsizetype groupRow = qsizetype(index.internalId() - 1);
    const GroupRows &group = m_groups.at(groupRow);
    const Row &row = group.rows.at(index.row());
    const Core::Practice *practice = m_catalog.find(row.key);
    const std::optional<Core::Platform> platform = m_device ? m_device->platform : std::nullopt;
    const auto direction = [&]() -> Core::Direction {
        if (!practice || !platform)
            return {};
        return practice->directions.value(*platform);
    };

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return App::practiceTitle(practice, row.key, row.result.status);
    case Qt::DecorationRole:
        return practiceStatusIcon(row.result.status);
    case Qt::ToolTipRole:
        return practice ? practice->why : QString();
    case PracticeKeyRole:
        return row.key;
    case NameRole:
        return practice ? practice->name : row.key;
    case StatusRole:
        return int(row.result.status);
    case WhyRole:
        return practice ? practice->why : QString();
    case DetailsRole:
        return row.result.details;
    case DirectionsRole:
        return direction().text;
    case LinkRole:
        return direction().link;
    case LinkEnabledRole:
        return platform.has_value() && platform == currentPlatform();
    case ProvenanceRole:
        return provenance(row.result, m_clock.now());
    case GroupRole:
        return int(group.group);
    case DisagreementRole:
        return App::disagreementText(practice, row.key, row.result, platform, m_clock.now());
    default:
        return {};
    }
}

QHash<int, QByteArray> PracticeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PracticeKeyRole, "practiceKey");
    names.insert(NameRole, "name");
    names.insert(StatusRole, "status");
    names.insert(WhyRole, "why");
    names.insert(DetailsRole, "details");
    names.insert(DirectionsRole, "directions");
    names.insert(LinkRole, "link");
    names.insert(LinkEnabledRole, "linkEnabled");
    names.insert(ProvenanceRole, "provenance");
    names.insert(GroupRole, "group");
    names.insert(DisagreementRole, "disagreement");
    return names;
}

} // namespace Stethoscope::Desktop
