// The snapshot cache file: what a restart shows before the first refresh.
#include "fuzzsupport.h"

#include "snapshot.h"

using namespace Stethoscope;

STETHOSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto snapshot = Core::Snapshot::fromJson(Fuzz::bytes(data, size));
    if (!snapshot)
        return 0;
    // What was accepted once is written back by the next save, and must read again.
    const QByteArray saved = snapshot->toJson();
    const auto again = Core::Snapshot::fromJson(saved);
    if (!again)
        Fuzz::broken("a snapshot that was read could not be read again after saving");
    if (again->toJson() != saved)
        Fuzz::broken("a snapshot changed between two saves");
    return 0;
}
