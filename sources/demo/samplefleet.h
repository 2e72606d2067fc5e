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
