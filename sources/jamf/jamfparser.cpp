#include "jamfparser.h"

namespace Stethoscope::Sources::Jamf {

// Placeholder until the parser lands; every call is an error, never a fake success.
ExtensionAttributeNames ExtensionAttributeNames::defaults()
{
    return {};
}

Core::Result<Page> parseComputersPage(QByteArrayView, const ExtensionAttributeNames &)
{
    return Core::Error::parse(QStringLiteral("The Jamf computer parser is not available."));
}

Core::Result<Page> parseMobileDevicesPage(QByteArrayView)
{
    return Core::Error::parse(QStringLiteral("The Jamf mobile device parser is not available."));
}

} // namespace Stethoscope::Sources::Jamf
