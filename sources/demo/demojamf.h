#pragma once

#include "demohttpserver.h"
#include "samplefleet.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace Stethoscope::Sources::Demo {

// The Jamf Pro API of the demo company, as a pure request → response function over the sample
// fleet (no sockets: DemoHttpServer carries it). Speaks the real wire format:
//   POST /api/oauth/token                (client credentials, form-encoded)
//   POST /api/v1/auth/token              (Basic) → {"token", "expires"}
//   POST /api/v1/auth/keep-alive, POST /api/v1/auth/invalidate-token
//   GET  /api/v3/computers-inventory     (section=…, filter=userAndLocation.email=="…",
//   GET  /api/v1/computers-inventory      page, page-size, → {"totalCount", "results"})
//   GET  /api/v2/mobile-devices/detail   (section=…, filter=emailAddress=="…", paged the same way)
// Every API call needs a valid bearer token; expired or unknown tokens get 401.
class DemoJamf
{
public:
    static constexpr auto clientId = "stethoscope-demo";
    static constexpr auto clientSecret = "demo-client-secret";
    static constexpr auto username = "demo-admin";
    static constexpr auto password = "demo-password";

    explicit DemoJamf(SampleFleet fleet);

    DemoResponse handle(const DemoRequest &request);

    // Test controls.
    void setTokenLifetime(int seconds); // default 1200
    void expireAllTokens();
    void setComputersV3Available(bool available); // false: /api/v3/… answers 404
    void setClock(std::function<QDateTime()> now); // default: current UTC time

private:
    DemoResponse oauthToken(const DemoRequest &request);
    DemoResponse basicToken(const DemoRequest &request);
    static DemoResponse methodNotAllowed();
    DemoResponse inventory(const DemoRequest &request, bool computers) const;
    std::pair<QString, QDateTime> issueToken();
    // The request's bearer token if it is known and not expired.
    std::optional<QString> bearer(const DemoRequest &request) const;

    SampleFleet m_fleet;
    QHash<QString, QDateTime> m_tokens; // bearer token → expiry
    int m_tokenLifetime = 1200;
    bool m_v3 = true;
    std::function<QDateTime()> m_now;
    quint64 m_nextToken = 1;
};

} // namespace Stethoscope::Sources::Demo
