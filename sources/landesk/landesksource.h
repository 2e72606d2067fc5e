#pragma once

#include "clock.h"
#include "source.h"

#include "net/httpclient.h"
#include "net/tokenprovider.h"

#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace Stethoscope::Sources::Landesk {

// How the LANDESK / Ivanti EPM MBSDK web service is reached and read. Everything that is
// site-specific (how machines are tied to people, column names, vulnerability ids, the time
// zone the core server writes its dates in) is configurable.
struct LandeskConfig
{
    QUrl url; // https://epm.example.com/MBSDKService/MsgSDK.asmx
    // Finding the employee's machines: a ListMachines filter with {email} and {username}
    // placeholders, or the name of a saved query (RunQuery). One of the two.
    QString filterTemplate;
    QString queryName;
    // Column definitions asked of GetMachineData, by what they mean.
    QString bitlockerStatusColumn;
    QString bitlockerPercentColumn;
    QString firewallColumn;
    QString osVersionColumn;
    QString osBuildColumn;
    QString serialColumn;
    QString modelColumn;
    QString lastInventoryColumn;
    // Vulnerability ids that stand for settings rather than missing patches.
    QString screenLockVulnerability = QStringLiteral("ST000202");
    QString autoUpdateVulnerability = QStringLiteral("ST000003v2");
    QTimeZone timeZone = QTimeZone::utc(); // of the naive dates the core server sends

    static LandeskConfig withDefaults(); // the column names of a stock EPM install
};

// The LANDESK source: lists the employee's machines, then asks each for its data and its
// vulnerabilities. Auth is NTLM/Negotiate or Basic through the HTTP client's credentials, or
// the employee's own token (sso) through a token provider.
class LandeskSource final : public QObject, public Core::Source
{
    Q_OBJECT

public:
    // `tokens` is only for sso; null otherwise.
    LandeskSource(Net::HttpClient &http, LandeskConfig config, const Core::Clock &clock,
                  Net::TokenProvider *tokens = nullptr, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("landesk"); }
    QFuture<Core::SourceResult> fetch(const QString &email) override;

private:
    Net::HttpClient &m_http;
    LandeskConfig m_config;
    const Core::Clock &m_clock;
    Net::TokenProvider *m_tokens;
};

} // namespace Stethoscope::Sources::Landesk
