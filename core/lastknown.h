#pragma once

#include "snapshot.h"

namespace Stethoscope::Core {

// Keeps what a backend reported last time when it fails now, so that an outage never turns a
// known status into a blank (or, worse, a green) one:
// - a backend that failed (Error) but answered in `previous` becomes Stale, keeping its error
//   and the time of its last report (`reportedAt`);
// - its devices from `previous` come back: a device also in `fresh` (same id) gets back the
//   stale backend's verdicts that `fresh` lacks or does not know; a device only in `previous`
//   is added as it was;
// - ratings and the overall rating are computed again.
// A backend that never answered stays an Error. Pure: the cache and the clock stay outside.
Snapshot keepLastKnown(Snapshot fresh, const Snapshot &previous);

} // namespace Stethoscope::Core
