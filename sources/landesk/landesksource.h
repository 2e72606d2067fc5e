#pragma once

#include "clock.h"
#include "landeskparser.h"
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
    // (the part of the e-mail before @) placeholders, or, when set, the name of a saved query
    // (RunQuery) whose rows are kept where a cell names the employee.
    QString filterTemplate = QStringLiteral(R"("Computer"."Primary Owner" = '{username}')");
    QString queryName;
    ColumnNames columns = ColumnNames::defaults(); // asked of GetMachineData
    VulnerabilityIds vulnerabilities; // ST000202 screen lock, ST000003v2 automatic updates
    QTimeZone timeZone = QTimeZone::utc(); // of the naive dates the core server sends

    static LandeskConfig withDefaults(); // the column names of a stock EPM install
};

// The LANDESK source: lists the employee's machines, then asks each for its data and its
// vulnerabilities (the HTTP client caps how many are in flight). Speaks the HTTP-GET binding
// and falls back to SOAP 1.1, remembered, where a server has GET switched off. Auth is
// NTLM/Negotiate or Basic through the HTTP client's credentials, or the employee's own token
// (sso) through a token provider.
class LandeskSource final : public QObject, public Core::Source
{
    Q_OBJECT

public:
    // `tokens` is only for sso; null otherwise.
    LandeskSource(Net::HttpClient &http, LandeskConfig config, const Core::Clock &clock,
                  Net::TokenProvider *tokens = nullptr, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("landesk"); }
    QFuture<Core::SourceResult> fetch(const QString &email) override;

    // Whether the server turned out to have the HTTP-GET binding off (remembered).
    bool usesSoap() const { return m_soap; }

private:
    friend class LandeskFetch;
    Net::HttpClient &m_http;
    LandeskConfig m_config;
    const Core::Clock &m_clock;
    Net::TokenProvider *m_tokens;
    bool m_soap = false;
    bool m_getWorked
        = false; // a GET answered once: a later fault is the server's, not the binding's
};

} // namespace Stethoscope::Sources::Landesk
