#pragma once

#include "clock.h"
#include "jamfparser.h"
#include "source.h"

#include "net/httpclient.h"
#include "net/tokenprovider.h"

#include <QObject>
#include <QUrl>

namespace Stethoscope::Sources::Jamf {

struct JamfConfig
{
    QUrl server; // https://example.jamfcloud.com
    int pageSize = 100;
    // The RSQL field that holds a mobile device user's e-mail in /api/v2/mobile-devices/detail.
    QString mobileEmailField = QStringLiteral("emailAddress");
    ExtensionAttributeNames attributes = ExtensionAttributeNames::defaults();
};

// The Jamf Pro source: the employee's computers (GET /api/v3/computers-inventory, falling back
// to /api/v1/… on servers that predate v3) and mobile devices (GET /api/v2/mobile-devices/
// detail), both filtered by e-mail and paged until totalCount, fetched side by side.
class JamfSource final : public QObject, public Core::Source
{
    Q_OBJECT

public:
    JamfSource(Net::HttpClient &http, Net::TokenProvider &tokens, JamfConfig config,
               const Core::Clock &clock, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("jamf"); }
    QFuture<Core::SourceResult> fetch(const QString &email) override;

    // Whether the server turned out to lack the v3 computer inventory (remembered).
    bool usesComputersV1() const { return m_computersV1; }

private:
    friend class JamfFetch;
    Net::HttpClient &m_http;
    Net::TokenProvider &m_tokens;
    JamfConfig m_config;
    const Core::Clock &m_clock;
    bool m_computersV1 = false;
};

} // namespace Stethoscope::Sources::Jamf
