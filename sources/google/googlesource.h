#pragma once

#include "clock.h"
#include "source.h"

#include "net/httpclient.h"
#include "net/tokenprovider.h"

#include <QObject>
#include <QUrl>

namespace Stethoscope::Sources::Google {

struct GoogleConfig
{
    QUrl apiUrl = QUrl(QStringLiteral("https://admin.googleapis.com"));
    QString customer = QStringLiteral("my_customer");
    int pageSize = 100; // maxResults; Google allows at most 100 (mobile) and 300 (ChromeOS)
};

// The Google Workspace source: the employee's mobile devices (Directory API
// customer/{customer}/devices/mobile?query=email:…) and Chromebooks (devices/chromeos?
// query=recent_user:…), side by side, following nextPageToken; Google's fuzzy search is
// narrowed to devices that really belong to the employee.
class GoogleSource final : public QObject, public Core::Source
{
    Q_OBJECT

public:
    GoogleSource(Net::HttpClient &http, Net::TokenProvider &tokens, GoogleConfig config,
                 const Core::Clock &clock, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("google"); }
    QFuture<Core::SourceResult> fetch(const QString &email) override;

private:
    friend class GoogleFetch;
    Net::HttpClient &m_http;
    Net::TokenProvider &m_tokens;
    GoogleConfig m_config;
    const Core::Clock &m_clock;
};

} // namespace Stethoscope::Sources::Google
