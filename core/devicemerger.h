#pragma once

#include "device.h"

#include <QDateTime>
#include <QList>

namespace Stethoscope::Core {

struct MergeOptions
{
    QDateTime now; // for staleness; injected so tests control time
    int staleAfterDays = 30; // a device not seen for longer is listed as stale
    // The source whose one record is the computer running the app, read live. When that
    // record shares no identifier with any other, it may join by its host name (see
    // core/README.md, "Merge rules"). Empty: no record joins by name.
    QString thisComputerSource = QStringLiteral("local");
};

// Joins the records that describe the same physical device (see core/README.md, "Merge
// rules"): records sharing an identifier join, transitively, unless the join would give one
// device two serial numbers or two UDIDs. Per practice the freshest known verdict wins and
// keeps its provenance; where another source's verdict differs, the freshest of those is kept
// with it as its disagreement. The result does not depend on the order of `records`: devices come
// out sorted by name, then id.
QList<Device> mergeDevices(QList<EvaluatedRecord> records, const MergeOptions &options);

// Serial numbers that inventory tools report for boards without one ("To be filled by
// O.E.M.", "0", "Not Available" …) must never join two devices.
bool isIdentitySerial(QStringView serial);

// The part of a device or host name by which the computer running the app may join a
// backend's record ("Alice-MBP.corp.example.com" → "alice-mbp"); empty for names that say
// nothing about which computer it is ("localhost", blank).
QString hostNameKey(QStringView name);

} // namespace Stethoscope::Core
