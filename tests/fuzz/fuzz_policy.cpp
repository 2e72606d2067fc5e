// The policy file IT writes: levels, OS version floors, required software.
#include "fuzzsupport.h"

#include "policy.h"
#include "practicecatalog.h"

using namespace Stethoscope;

STETHOSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto policy = Core::Policy::fromJson(Fuzz::bytes(data, size));
    if (!policy)
        return 0;
    if (policy->staleAfterDays <= 0)
        Fuzz::broken("a policy was accepted with a non-positive stale_after_days");
    Core::PracticeCatalog catalog = Core::PracticeCatalog::builtin();
    policy->extendCatalog(catalog);
    return 0;
}
