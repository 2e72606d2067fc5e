#pragma once

#include "demohttpserver.h"
#include "samplefleet.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Stethoscope::Sources::Demo {

// The demo company's Google: an OAuth token endpoint that verifies service-account JWTs with
// the public half of the demo key, and the Admin SDK Directory API (mobile devices,
// Chromebooks) over the sample fleet, with Google's paging and fuzzy search. Wire format:
//   POST /token  grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<JWT>
//                → {"access_token", "expires_in", "token_type": "Bearer"}
//                  or 400/401 {"error", "error_description"} as Google words them
//   GET  /admin/directory/v1/customer/{customer}/devices/mobile?query=email:…
//   GET  /admin/directory/v1/customer/{customer}/devices/chromeos?query=recent_user:…
//        (projection, maxResults, pageToken) → {"kind", "mobiledevices"|"chromeosdevices",
//        "nextPageToken"}; the array is left out when nothing matched, as Google does.
class DemoGoogle
{
public:
    explicit DemoGoogle(SampleFleet fleet);

    DemoResponse handle(const DemoRequest &request);

    // The demo service-account key file (JSON), pointing its token_uri at `tokenUri`.
    static QByteArray serviceAccountJson(const QUrl &tokenUri);
    static constexpr auto adminSubject = "admin@example.com";
    static constexpr auto clientEmail = "stethoscope-demo@example-project.iam.gserviceaccount.com";

    void setClock(std::function<QDateTime()> now);
    void setPageSize(int maxResults); // the largest page the server gives, default 100
    void expireAllTokens();

private:
    DemoResponse token(const DemoRequest &request);
    DemoResponse devices(const DemoRequest &request, bool mobile) const;
    bool authorized(const DemoRequest &request) const;
    QJsonObject renderMobile(const QJsonObject &device) const;
    QJsonObject renderChromeOs(const QJsonObject &device) const;

    SampleFleet m_fleet;
    std::function<QDateTime()> m_now;
    int m_maxPage = 100;
    QByteArray m_publicKeyPem; // the demo key's public half: all the token endpoint needs
    QHash<QByteArray, QDateTime> m_tokens; // access token → expiry
    quint64 m_nextToken = 1;
};

} // namespace Stethoscope::Sources::Demo
