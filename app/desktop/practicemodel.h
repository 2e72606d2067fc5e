#pragma once

#include "clock.h"
#include "device.h"
#include "practicecatalog.h"

#include <QAbstractItemModel>

#include <optional>

namespace Stethoscope::Desktop {

// One device's practices as a two-level tree: the groups Critical, Suggested, Done and Unknown
// (only those that have practices), each with its practices. Not-applicable practices are left
// out.
class PracticeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Group
    {
        Critical, // warn
        Suggested, // nudge
        Done, // ok
        Unknown, // unknown
    };
    Q_ENUM(Group)

    enum Role
    {
        PracticeKeyRole = Qt::UserRole + 1, // QString; empty on a group row
        NameRole, // the neutral name ("Disk encryption"), else the key; empty on a group row
        StatusRole, // int(Core::PracticeStatus)
        WhyRole, // why it matters
        DetailsRole, // the verdict's details text
        DirectionsRole, // how to fix it on the device's platform
        LinkRole, // QUrl deep link, may be empty
        LinkEnabledRole, // bool: the device's platform is the one the app runs on
        ProvenanceRole, // "Jamf · reported 2 h ago"
        GroupRole, // int(Group)
        // When a backend's last report and this device's live reading differ: "Jamf last
        // reported “Firewall is off” 3 days ago; this Mac reports “Firewall is on” now — …".
        // Empty otherwise.
        DisagreementRole,
    };

    PracticeModel(const Core::PracticeCatalog &catalog, const Core::Clock &clock,
                  QObject *parent = nullptr);

    // The display role of a practice is its title in passing or failing wording.
    void setDevice(const std::optional<Core::Device> &device);
    QModelIndex indexOfPractice(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString key;
        Core::PracticeResult result;
    };
    struct GroupRows
    {
        Group group;
        QList<Row> rows;
    };

    const Core::PracticeCatalog &m_catalog;
    const Core::Clock &m_clock;
    std::optional<Core::Device> m_device;
    QList<GroupRows> m_groups;
};

} // namespace Stethoscope::Desktop
