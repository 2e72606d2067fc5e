// The tray app's other state files: the alert inbox, the alert tracker and the reported
// devices. The first byte chooses the reader, so one corpus covers all three.
#include "fuzzsupport.h"

#include "alertinbox.h"
#include "alerttracker.h"
#include "reporteddevices.h"

using namespace Stethoscope;

STETHOSCOPE_FUZZ_INIT

namespace {

template<typename State> void roundTrip(QByteArrayView json, const char *what)
{
    const auto state = State::restoreState(json);
    if (!state)
        return;
    const QByteArray saved = state->saveState();
    const auto again = State::restoreState(saved);
    if (!again)
        Fuzz::broken(what);
    if (again->saveState() != saved)
        Fuzz::broken(what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView json = Fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        roundTrip<Core::AlertInbox>(json, "alert inbox state does not survive a save");
        break;
    case 1:
        roundTrip<Core::AlertTracker>(json, "alert tracker state does not survive a save");
        break;
    default:
        roundTrip<Core::ReportedDevices>(json, "reported devices do not survive a save");
        break;
    }
    return 0;
}
