#pragma once

#include "error.h"
#include "sourceresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stethoscope::Sources {

// The demo company's devices (resources/demo/fleet.json), described neutrally: the settings
// each device has and which backends know it. resultsFor() answers as the backends would,
// each reporting only what that backend can see on that platform.
class SampleFleet
{
public:
    static Core::Result<SampleFleet> fromJson(QByteArrayView json);
    static SampleFleet builtin();

    QStringList employees() const;

    // Adds the computer running the demo (its identity: name, platform, MACs, serial) as one
    // of `owner`'s devices, known to the backend that manages its platform (Jamf for a Mac,
    // LANDESK otherwise) as of its last inventory three days ago, so that the local source's
    // record of it merges with the backend's. What that backend last reported: FileVault off
    // and the firewall on for a Mac, BitLocker off and the firewall on for a PC, the screen
    // lock off for Linux — so that a computer set up well shows the live reading correcting
    // the backend's. Adds nothing and returns false when the computer has neither a platform
    // nor anything records may merge by (a serial, a hardware MAC, a host name other than
    // "localhost"): a second, unmerged copy would only confuse.
    bool addThisComputer(const Core::DeviceRecord &identity, const QString &owner);
    // One result per backend ("jamf", "landesk", "google"), in that order.
    QList<Core::SourceResult> resultsFor(const QString &email, const QDateTime &now) const;

    // For the demo backends, which render the fleet in their own wire format: the raw device
    // objects of fleet.json that `backend` knows (those with "seen_by.<backend>"), in file order.
    QList<QJsonObject> devicesSeenBy(const QString &backend) const;
    // The employee's display name ("Alice Martin"); empty for an unknown e-mail.
    QString employeeName(const QString &email) const;

private:
    QJsonArray m_employees;
    QJsonArray m_devices;
};

} // namespace Stethoscope::Sources
