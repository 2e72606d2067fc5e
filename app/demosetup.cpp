#include "demosetup.h"

namespace Stethoscope::App {

void useDemoBackends(AppSettings &settings, const Sources::Demo::DemoBackends &demo)
{
    // The demo company is made up: this computer joins it only when asked for explicitly
    // ([local] enabled = true), and then the demo backends know it too (see main.cpp).
    if (!settings.isSet(Keys::localEnabled))
        settings.setOverride(Keys::localEnabled, false);
    settings.setOverride(Keys::jamfEnabled, true);
    settings.setOverride(Keys::jamfUrl, demo.jamfUrl().toString());
    settings.setOverride(Keys::jamfAuth, QStringLiteral("client-credentials"));
    settings.setOverride(Keys::jamfClientId, demo.jamfClientId());
    settings.setOverride(Keys::googleEnabled, true);
    settings.setOverride(Keys::googleApiUrl, demo.googleUrl().toString());
    settings.setOverride(Keys::googleAuth, QStringLiteral("service-account"));
    settings.setOverride(Keys::googleServiceAccountFile, QString());
    settings.setOverride(Keys::googleSubject, demo.googleSubject());
    settings.setOverride(Keys::landeskEnabled, true);
    settings.setOverride(Keys::landeskUrl, demo.landeskUrl().toString());
    settings.setOverride(Keys::landeskAuth, QStringLiteral("ntlm"));
    settings.setOverride(Keys::landeskUsername, demo.landeskUser());
    settings.setOverride(Keys::landeskTimezone,
                         QString::fromUtf8(Sources::Demo::DemoLandesk::timeZone().id()));
    if (!settings.isSet(Keys::landeskFilter) && !settings.isSet(Keys::landeskQuery))
        settings.setOverride(Keys::landeskFilter,
                             QStringLiteral("\"Computer\".\"Primary Owner\" = '{username}'"));
    // "This isn't my device" goes to the demo's feedback endpoint, which records it.
    if (!settings.isSet(Keys::feedbackUrl))
        settings.setOverride(Keys::feedbackUrl, demo.feedbackUrl().toString());
    // Sign-in goes to the demo provider when asked for (stethoscope --demo --sign-in).
    settings.setOverride(Keys::authIssuer, demo.oidcIssuer().toString());
    settings.setOverride(Keys::authClientId, demo.oidcClientId());
    if (settings.email().isEmpty())
        settings.setOverride(Keys::identityEmail, QStringLiteral("alice@example.com"));
    if (settings.policyFile().isEmpty())
        settings.setOverride(Keys::policyFile, QStringLiteral(":/stethoscope/demo/policy.json"));
}

} // namespace Stethoscope::App
