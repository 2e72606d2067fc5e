#pragma once

#include "demohttpserver.h"
#include "samplefleet.h"

#include <functional>
#include <QDateTime>

namespace Stethoscope::Sources::Demo {

// The demo company's Google: an OAuth token endpoint that verifies service-account JWTs with
// the public half of the demo key, and the Admin SDK Directory API (mobile devices,
// Chromebooks) over the sample fleet, with Google's paging and fuzzy search.
class DemoGoogle
{
public:
    explicit DemoGoogle(SampleFleet fleet);

    DemoResponse handle(const DemoRequest &request);

    // The demo service-account key file (JSON), pointing its token_uri at `tokenUri`.
    static QByteArray serviceAccountJson(const QUrl &tokenUri);
    static constexpr auto adminSubject = "admin@example.com";

    void setClock(std::function<QDateTime()> now);
    void setPageSize(int maxResults); // the largest page the server gives, default 100

private:
    SampleFleet m_fleet;
    std::function<QDateTime()> m_now;
    int m_maxPage = 100;
};

} // namespace Stethoscope::Sources::Demo
