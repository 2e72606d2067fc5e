// Jamf Pro API answers: the computer inventory and mobile device pages.
#include "fuzzsupport.h"

#include "jamf/jamfparser.h"

using namespace Stethoscope;

STETHOSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json = Fuzz::bytes(data, size);
    const auto computers = Sources::Jamf::parseComputersPage(json);
    if (computers && computers->totalCount < 0)
        Fuzz::broken("negative computer count");
    const auto mobiles = Sources::Jamf::parseMobileDevicesPage(json);
    if (mobiles && mobiles->totalCount < 0)
        Fuzz::broken("negative mobile device count");
    return 0;
}
