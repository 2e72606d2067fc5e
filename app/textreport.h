#pragma once

#include "practicecatalog.h"
#include "snapshot.h"

#include <QDateTime>
#include <QString>

namespace Stethoscope::App {

// The snapshot as plain text for a terminal: the worst devices first, within a device the
// practices that need action first, stale devices and the backends' state at the end.
QString renderTextReport(const Core::Snapshot &snapshot, const Core::PracticeCatalog &catalog,
                         const QDateTime &now);

} // namespace Stethoscope::App
